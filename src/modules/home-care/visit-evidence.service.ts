import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { evidenceHash, GENESIS_HASH, verifyChain, type ChainCheck, type EvidenceContent, type StoredEvidence } from './evidence-chain.policy.js';

/** A record to chain: its content without the sequence number, which the chain's head gives. */
export type EvidenceInput = Omit<EvidenceContent, 'seq'>;

/**
 * The hash chain of check-in and check-out records per provider. Written inside the check-in/check-out transaction
 * (the ambient unit of work), so a visit's evidence exists exactly when its check-in or check-out committed.
 */
@Injectable()
export class VisitEvidenceService {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Chains the order's check-in or check-out as it now stands (call right after writing it, in the same unit of work);
   * `location` is where the caregiver was.
   */
  async recordCheck(orderId: string, kind: 'CHECK_IN' | 'CHECK_OUT', location: { latitude: number; longitude: number }): Promise<void> {
    const [o] = await this.uow.manager.query(
      kind === 'CHECK_IN'
        ? `SELECT provider_id, caregiver_id, checked_in_at AS at, check_in_distance_m AS distance_m, check_in_flagged AS flagged FROM home_care_orders WHERE id = $1`
        : `SELECT provider_id, caregiver_id, checked_out_at AS at, check_out_distance_m AS distance_m, check_out_flagged AS flagged FROM home_care_orders WHERE id = $1`,
      [orderId],
    );
    await this.record({
      providerId: o.provider_id,
      orderId,
      kind,
      caregiverId: o.caregiver_id,
      at: o.at,
      latitude: location.latitude,
      longitude: location.longitude,
      distanceM: o.distance_m,
      flagged: o.flagged,
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
   * Recomputes the provider's chain over the records written in the month (China time), from the record before the
   * month's first, and names the first record that does not match: its content, its link to the previous record, a
   * missing record (gap in the sequence), or the order's own check-in/check-out no longer saying the same.
   */
  async verify(providerId: string, month: { start: Date; end: Date }): Promise<ChainCheck> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `WITH bounds AS (
         SELECT min(seq) AS lo, max(seq) AS hi FROM visit_evidence WHERE provider_id = $1 AND at >= $2 AND at < $3)
       SELECT bounds.lo, e.id, e.provider_id, e.seq, e.order_id, e.kind, e.caregiver_id, e.at, e.latitude, e.longitude, e.distance_m,
              e.flagged, e.prev_hash, e.record_hash,
              CASE e.kind
                WHEN 'CHECK_IN' THEN date_trunc('milliseconds', o.checked_in_at) IS NOT DISTINCT FROM e.at
                  AND o.check_in_distance_m IS NOT DISTINCT FROM e.distance_m AND o.check_in_flagged IS NOT DISTINCT FROM e.flagged
                ELSE date_trunc('milliseconds', o.checked_out_at) IS NOT DISTINCT FROM e.at
                  AND o.check_out_distance_m IS NOT DISTINCT FROM e.distance_m AND o.check_out_flagged IS NOT DISTINCT FROM e.flagged
              END AS matches_order
         FROM bounds, visit_evidence e LEFT JOIN home_care_orders o ON o.id = e.order_id
        WHERE e.provider_id = $1 AND e.seq BETWEEN bounds.lo - 1 AND bounds.hi
        ORDER BY e.seq`,
      [providerId, month.start, month.end],
    );
    const records: StoredEvidence[] = rows.map((r) => ({
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
      matchesOrder: r.matches_order === true,
    }));
    if (records.length === 0) return { ok: true, checkedRecords: 0, firstBrokenRecordId: null, reason: null };
    // The record before the month's first belongs to the previous month's check: here only its stored hash is the anchor.
    const lo = Number(rows[0].lo);
    const anchor = records[0].seq === lo - 1 ? records[0] : null;
    const run = anchor ? records.slice(1) : records;
    if (!anchor && lo !== 1) {
      // The month's first record is not the chain's first, and the one before it is gone.
      return { ok: false, checkedRecords: 1, firstBrokenRecordId: run[0].id, reason: 'SEQUENCE_GAP' };
    }
    return verifyChain(anchor, run);
  }
}
