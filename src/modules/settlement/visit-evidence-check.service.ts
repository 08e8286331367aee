import { Injectable } from '@nestjs/common';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import { verifyChain, type ChainCheck, type StoredEvidence } from '../home-care/evidence-chain.policy.js';
import type { SettlementMonth } from './settlement-month.policy.js';
import { VisitEvidenceService } from '../home-care/visit-evidence.service.js';

const sameTime = (a: Date | null, b: Date) => a !== null && a.getTime() === b.getTime();

/**
 * The month's check of a provider's evidence chain. Apart from the writer (VisitEvidenceService, which home care calls
 * at check-in), because it compares each record with the visit's check as home care now stores it, read through home
 * care's service: one query for the month's records, one for their visits.
 */
@Injectable()
export class VisitEvidenceCheck {
  constructor(
    private readonly evidence: VisitEvidenceService,
    private readonly orders: HomeCareOrderReads,
  ) {}

  /**
   * Recomputes the provider's chain over the records written in the month (China time), from the record before the
   * month's first, and names the first record that does not match: its content, its link to the previous record, a
   * missing record (gap in the sequence), or the order's own check-in/check-out no longer saying the same.
   */
  async verify(providerId: string, month: SettlementMonth): Promise<ChainCheck> {
    const { lo, records: stored } = await this.evidence.monthRecords(providerId, month);
    if (stored.length === 0) return { ok: true, checkedRecords: 0, firstBrokenRecordId: null, reason: null };
    const checks = await this.orders.checkRecords(stored.map((r) => r.orderId));
    const records: StoredEvidence[] = stored.map((r) => {
      const check = checks.get(r.orderId)?.[r.kind];
      const matchesOrder = !!check && sameTime(check.at, r.at) && check.distanceM === r.distanceM && check.flagged === r.flagged;
      return { ...r, matchesOrder };
    });
    // The record before the month's first belongs to the previous month's check: here only its stored hash is the anchor.
    const anchor = records[0].seq === lo - 1 ? records[0] : null;
    const run = anchor ? records.slice(1) : records;
    if (!anchor && lo !== 1) {
      // The month's first record is not the chain's first, and the one before it is gone.
      return { ok: false, checkedRecords: 1, firstBrokenRecordId: run[0].id, reason: 'SEQUENCE_GAP' };
    }
    return verifyChain(anchor, run);
  }
}
