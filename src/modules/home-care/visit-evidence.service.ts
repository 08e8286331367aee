import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { evidenceHash, GENESIS_HASH, type EvidenceContent, type StoredEvidence } from './evidence-chain.policy.js';

/** A record to chain: its content without the sequence number, which the chain's head gives. */
export type EvidenceInput = Omit<EvidenceContent, 'seq'>;

/** A visit's check as its owner (home care) stored it; nulls when it is not recorded. */
export interface CheckToSeal {
  orderId: string;
  kind: 'CHECK_IN' | 'CHECK_OUT';
  providerId: string;
  caregiverId: string | null;
  at: Date | null;
  distanceM: number | null;
  flagged: boolean | null;
}

/**
 * The hash chain of check-in and check-out records per provider. Written inside the check-in/check-out transaction
 * (the ambient unit of work), so a visit's evidence exists exactly when its check-in or check-out committed.
 */
@Injectable()
export class VisitEvidenceService {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Chains a visit's check-in or check-out as it now stands (home care reads it back right after writing it, in the same
   * unit of work); `location` is where the caregiver was.
   */
  async recordCheck(check: CheckToSeal, location: { latitude: number; longitude: number }): Promise<void> {
    if (!check.at || check.distanceM === null || check.flagged === null) throw new Error(`The ${check.kind} of order ${check.orderId} is not recorded`);
    await this.record({
      providerId: check.providerId,
      orderId: check.orderId,
      kind: check.kind,
      caregiverId: check.caregiverId,
      at: check.at,
      latitude: location.latitude,
      longitude: location.longitude,
      distanceM: check.distanceM,
      flagged: check.flagged,
    });
  }

  /**
   * Appends a record to the provider's chain. The head row is taken with an upsert, which locks it until commit: two
   * check-ins of one provider queue here and never fork the chain.
   */
  async record(input: EvidenceInput): Promise<void> {
    const m = this.uow.manager;
    // Milliseconds: what a JavaScript Date holds, so that the stored time hashes back to the same text.
    const at = new Date(input.at.getTime());
    const [head] = await m.query(
      `INSERT INTO visit_evidence_heads AS h (provider_id, seq, record_hash) VALUES ($1, 0, $2)
       ON CONFLICT (provider_id) DO UPDATE SET seq = h.seq RETURNING seq, record_hash`,
      [input.providerId, GENESIS_HASH],
    );
    const seq = Number(head.seq) + 1;
    const content = { ...input, at, seq };
    const recordHash = evidenceHash(head.record_hash, content);
    await m.query(
      `INSERT INTO visit_evidence (provider_id, seq, order_id, kind, caregiver_id, at, latitude, longitude, distance_m, flagged, prev_hash, record_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [input.providerId, seq, input.orderId, input.kind, input.caregiverId, at, input.latitude, input.longitude, input.distanceM, input.flagged, head.record_hash, recordHash],
    );
    await m.query(`UPDATE visit_evidence_heads SET seq = $2, record_hash = $3 WHERE provider_id = $1`, [input.providerId, seq, recordHash]);
  }

  /**
   * The provider's records written in the month (China time), with the record before the month's first (the anchor of
   * the month's check) when it still exists, by sequence; `lo` is the sequence number of the month's first record.
   */
  async monthRecords(providerId: string, month: { start: Date; end: Date }): Promise<{ lo: number; records: Array<Omit<StoredEvidence, 'matchesOrder'>> }> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `WITH bounds AS (
         SELECT min(seq) AS lo, max(seq) AS hi FROM visit_evidence WHERE provider_id = $1 AND at >= $2 AND at < $3)
       SELECT bounds.lo, e.id, e.provider_id, e.seq, e.order_id, e.kind, e.caregiver_id, e.at, e.latitude, e.longitude, e.distance_m,
              e.flagged, e.prev_hash, e.record_hash
         FROM bounds, visit_evidence e
        WHERE e.provider_id = $1 AND e.seq BETWEEN bounds.lo - 1 AND bounds.hi
        ORDER BY e.seq`,
      [providerId, month.start, month.end],
    );
    const records = rows.map((r) => ({
      id: String(r.id),
      providerId: r.provider_id,
      seq: Number(r.seq),
      orderId: r.order_id,
      kind: r.kind,
      caregiverId: r.caregiver_id,
      at: r.at,
      latitude: r.latitude,
      longitude: r.longitude,
      distanceM: r.distance_m,
      flagged: r.flagged,
      prevHash: r.prev_hash,
      recordHash: r.record_hash,
    }));
    return { lo: rows.length ? Number(rows[0].lo) : 0, records };
  }
}
