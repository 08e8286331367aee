import { evidenceHash, GENESIS_HASH, verifyChain, type StoredEvidence } from './evidence-chain.policy.js';

function chain(n: number): StoredEvidence[] {
  const out: StoredEvidence[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content = {
      providerId: 'p',
      seq: i,
      orderId: `o${Math.ceil(i / 2)}`,
      kind: (i % 2 ? 'CHECK_IN' : 'CHECK_OUT') as 'CHECK_IN' | 'CHECK_OUT',
      caregiverId: 'c',
      at: new Date(Date.UTC(2026, 3, 1, 1, i)),
      latitude: 35.41,
      longitude: 116.58,
      distanceM: 12.5 * i,
      flagged: false,
    };
    const recordHash = evidenceHash(prev, content);
    out.push({ ...content, id: String(i), prevHash: prev, recordHash, matchesOrder: true });
    prev = recordHash;
  }
  return out;
}

describe('evidence chain', () => {
  it('an untouched chain verifies', () => {
    expect(verifyChain(null, chain(6))).toEqual({ ok: true, checkedRecords: 6, firstBrokenRecordId: null, reason: null });
  });

  it('a changed record is named', () => {
    const c = chain(6);
    c[3] = { ...c[3], distanceM: 1 };
    expect(verifyChain(null, c)).toMatchObject({ ok: false, firstBrokenRecordId: '4', reason: 'HASH_MISMATCH' });
  });

  it('a record rehashed after a change breaks the link of the next', () => {
    const c = chain(6);
    const edited = { ...c[2], distanceM: 1 };
    c[2] = { ...edited, recordHash: evidenceHash(edited.prevHash, edited) };
    expect(verifyChain(null, c)).toMatchObject({ ok: false, firstBrokenRecordId: '4', reason: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('a removed record is a gap', () => {
    const c = chain(6);
    c.splice(2, 1);
    expect(verifyChain(null, c)).toMatchObject({ ok: false, firstBrokenRecordId: '4', reason: 'SEQUENCE_GAP' });
  });

  it('a run continues from the record before it, and an order edited after the fact is caught', () => {
    const c = chain(6);
    expect(verifyChain(c[2], c.slice(3)).ok).toBe(true);
    c[4] = { ...c[4], matchesOrder: false };
    expect(verifyChain(c[2], c.slice(3))).toMatchObject({ ok: false, firstBrokenRecordId: '5', reason: 'ORDER_CHANGED' });
  });
});
