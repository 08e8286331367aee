import { createHash } from 'node:crypto';

/**
 * The evidence chain (pure): each check-in and check-out record of a provider stores the hash of its content and of
 * the previous record, so a record changed, removed or inserted afterwards breaks the chain from there on.
 */

export const GENESIS_HASH = '0'.repeat(64);

export interface EvidenceContent {
  providerId: string;
  seq: number;
  orderId: string;
  kind: 'CHECK_IN' | 'CHECK_OUT';
  caregiverId: string | null;
  at: Date;
  latitude: number;
  longitude: number;
  distanceM: number;
  flagged: boolean;
}

/** sha256 over the previous hash and the record's content in a fixed order (hex). */
export function evidenceHash(prevHash: string, c: EvidenceContent): string {
  const canonical = JSON.stringify([
    prevHash,
    c.providerId,
    c.seq,
    c.orderId,
    c.kind,
    c.caregiverId,
    c.at.toISOString(),
    c.latitude,
    c.longitude,
    c.distanceM,
    c.flagged,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface StoredEvidence extends EvidenceContent {
  id: string;
  prevHash: string;
  recordHash: string;
  /** The order's own record of the same event still says the same (at, distance, flag); false when it was edited. */
  matchesOrder: boolean;
}

export type BrokenReason = 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'SEQUENCE_GAP' | 'ORDER_CHANGED';

export interface ChainCheck {
  ok: boolean;
  checkedRecords: number;
  firstBrokenRecordId: string | null;
  reason: BrokenReason | null;
}

/**
 * Recomputes a run of the chain in sequence order. `before` is the record just before the run (null when the run
 * starts the chain): its stored hash is what the first record must point to.
 */
export function verifyChain(before: Pick<StoredEvidence, 'seq' | 'recordHash'> | null, records: readonly StoredEvidence[]): ChainCheck {
  let prevHash = before?.recordHash ?? GENESIS_HASH;
  let prevSeq = before?.seq ?? 0;
  let checked = 0;
  for (const r of records) {
    checked++;
    const broken = (reason: BrokenReason): ChainCheck => ({ ok: false, checkedRecords: checked, firstBrokenRecordId: r.id, reason });
    if (r.seq !== prevSeq + 1) return broken('SEQUENCE_GAP');
    if (r.prevHash !== prevHash) return broken('PREVIOUS_HASH_MISMATCH');
    if (evidenceHash(r.prevHash, r) !== r.recordHash) return broken('HASH_MISMATCH');
    if (!r.matchesOrder) return broken('ORDER_CHANGED');
    prevHash = r.recordHash;
    prevSeq = r.seq;
  }
  return { ok: true, checkedRecords: checked, firstBrokenRecordId: null, reason: null };
}
