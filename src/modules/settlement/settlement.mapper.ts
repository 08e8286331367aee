import { fenToYuan } from './settlement-export.js';
import type { SettlementLedger, SettlementLine } from './settlement.model.js';
import type { Ledger, LedgerRow } from './settlement.service.js';
import { SettlementLineKind, SettlementLineStatus, type LineRecord } from './settlement.record.js';

/** How a line's amount was reached, in words (shown on the statement and in its exports). */
export function lineBasis(l: LineRecord): string {
  const d = l.details;
  switch (l.kind) {
    case SettlementLineKind.HOME_CARE_VISIT:
      return `visit ${d.service}: subsidy ${fenToYuan(d.subsidyFen)} of price ${fenToYuan(d.priceFen)} yuan`
        + (d.bookedPriceFen !== d.priceFen ? ` (booked ${fenToYuan(d.bookedPriceFen)}, short visit)` : '');
    case SettlementLineKind.INSTITUTIONAL_SUPPORT:
      return `${d.days} of ${d.monthDays} bed-days × ${fenToYuan(d.monthlyRateFen)} yuan/month (${d.careLevel})`;
    case SettlementLineKind.STAR_SUBSIDY:
      return `${d.stars}★ for ${d.days} of ${d.monthDays} days: ${d.occupiedBedDays} occupied bed-days × ${fenToYuan(d.perOccupiedBedMonthlyFen)} yuan/month`
        + ` + ${fenToYuan(d.flatMonthlyFen)} yuan/month flat`;
    case SettlementLineKind.HOME_BED:
      return `${d.days} of ${d.monthDays} days × ${fenToYuan(d.monthlyRateFen)} yuan/month`;
    case SettlementLineKind.ADJUSTMENT:
      return `adjustment of a ${d.originalKind} line of ${d.originalMonth}: ${d.reason}`;
    default:
      return '';
  }
}

export function toLineModel(l: LineRecord): SettlementLine {
  const d = l.details;
  const visit =
    l.kind === SettlementLineKind.HOME_CARE_VISIT
      ? {
          bookedStartsAt: new Date(d.bookedStartsAt),
          bookedEndsAt: new Date(d.bookedEndsAt),
          checkedInAt: d.checkedInAt ? new Date(d.checkedInAt) : null,
          checkedOutAt: d.checkedOutAt ? new Date(d.checkedOutAt) : null,
          bookedMinutes: d.bookedMinutes,
          actualMinutes: d.actualMinutes ?? null,
          checkInDistanceMeters: d.checkInDistanceMeters ?? null,
          checkOutDistanceMeters: d.checkOutDistanceMeters ?? null,
          checkInFlagged: d.checkInFlagged ?? null,
          checkOutFlagged: d.checkOutFlagged ?? null,
          priceFen: d.priceFen,
          bookedPriceFen: d.bookedPriceFen,
          subsidyFen: d.subsidyFen,
          copayFen: d.copayFen,
          caregiverId: d.caregiverId ?? null,
        }
      : null;
  return {
    id: l.id,
    kind: l.kind,
    lineKind: l.kind,
    status: l.status,
    holdReasons: l.holdReasons,
    amountFen: l.amountFen,
    orderId: l.orderId,
    elderId: l.elderId,
    reservationId: l.reservationId,
    homeBedId: l.homeBedId,
    ratingAssessmentId: l.ratingAssessmentId,
    adjustsLineId: l.adjustsLineId,
    days: typeof d.days === 'number' ? d.days : null,
    basis: lineBasis(l),
    visit,
    decision:
      l.decidedAt && l.decidedBy && l.decisionNote
        ? { accepted: l.status === SettlementLineStatus.INCLUDED, note: l.decisionNote, at: l.decidedAt, decidedBy: l.decidedBy }
        : null,
  };
}

/** The ledger's totals by source, provider and month, from its rows. */
export function toLedgerModel(l: Ledger): SettlementLedger {
  const group = <K extends string>(key: (r: LedgerRow) => K) => {
    const m = new Map<K, number>();
    for (const r of l.rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.totalFen);
    return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  return {
    regionCode: l.regionCode,
    from: l.from,
    to: l.to,
    totalFen: l.totalFen,
    approvedStatementsTotalFen: l.approvedStatementsTotalFen,
    bySource: group((r) => r.fundingSource).map(([fundingSource, totalFen]) => ({ fundingSource, totalFen })),
    byProvider: group((r) => r.providerId).map(([providerId, totalFen]) => ({ providerId, totalFen })),
    byMonth: group((r) => r.month).map(([month, totalFen]) => ({ month, totalFen })),
    rows: l.rows,
  };
}
