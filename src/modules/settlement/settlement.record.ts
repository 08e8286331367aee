import type { HoldReason } from './settlement-integrity.policy.js';
import type { SettlementStatus } from './settlement-workflow.state.js';

export enum SettlementLineStatus {
  INCLUDED = 'INCLUDED',
  HELD = 'HELD',
  REJECTED = 'REJECTED',
}

export enum SettlementLineKind {
  HOME_CARE_VISIT = 'HOME_CARE_VISIT',
  INSTITUTIONAL_SUPPORT = 'INSTITUTIONAL_SUPPORT',
  STAR_SUBSIDY = 'STAR_SUBSIDY',
  HOME_BED = 'HOME_BED',
  ADJUSTMENT = 'ADJUSTMENT',
}

export interface StatementRecord {
  id: string;
  providerId: string;
  providerRegionCode: string;
  /** "YYYY-MM" */
  month: string;
  fundingSource: string;
  status: SettlementStatus;
  totalFen: number;
  lineCount: number;
  heldCount: number;
  generatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  paidAt: Date | null;
  paymentReference: string | null;
  /** "YYYY-MM-DD" */
  paidOn: string | null;
}

export const STATEMENT_COLUMNS = `s.id, s.provider_id, s.provider_region_code, to_char(s.month, 'YYYY-MM') AS month, s.funding_source, s.status,
  s.total_fen, s.line_count, s.held_count, s.generated_at, s.submitted_at, s.approved_at, s.approved_by, s.paid_at, s.payment_reference,
  s.paid_on::text AS paid_on`;

export const toStatement = (r: Record<string, any>): StatementRecord => ({
  id: r.id,
  providerId: r.provider_id,
  providerRegionCode: r.provider_region_code,
  month: r.month,
  fundingSource: r.funding_source,
  status: r.status,
  totalFen: r.total_fen,
  lineCount: r.line_count,
  heldCount: r.held_count,
  generatedAt: r.generated_at,
  submittedAt: r.submitted_at,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
  paidAt: r.paid_at,
  paymentReference: r.payment_reference,
  paidOn: r.paid_on,
});

export interface LineRecord {
  id: string;
  statementId: string;
  position: number;
  kind: SettlementLineKind;
  sourceKey: string;
  status: SettlementLineStatus;
  holdReasons: HoldReason[];
  amountFen: number;
  orderId: string | null;
  elderId: string | null;
  reservationId: string | null;
  homeBedId: string | null;
  ratingAssessmentId: string | null;
  adjustmentId: string | null;
  adjustsLineId: string | null;
  details: Record<string, any>;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}

export const LINE_COLUMNS = `l.id, l.statement_id, l.position, l.kind, l.source_key, l.status, l.hold_reasons, l.amount_fen, l.order_id, l.elder_id,
  l.reservation_id, l.home_bed_id, l.rating_assessment_id, l.adjustment_id, l.adjusts_line_id, l.details, l.decided_by, l.decided_at, l.decision_note`;

export const toLine = (r: Record<string, any>): LineRecord => ({
  id: r.id,
  statementId: r.statement_id,
  position: r.position,
  kind: r.kind,
  sourceKey: r.source_key,
  status: r.status,
  holdReasons: r.hold_reasons,
  amountFen: r.amount_fen,
  orderId: r.order_id,
  elderId: r.elder_id,
  reservationId: r.reservation_id,
  homeBedId: r.home_bed_id,
  ratingAssessmentId: r.rating_assessment_id,
  adjustmentId: r.adjustment_id,
  adjustsLineId: r.adjusts_line_id,
  details: r.details ?? {},
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
});

export interface EventRecord {
  id: string;
  statementId: string;
  lineId: string | null;
  at: Date;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: string;
  actorRole: string;
  note: string | null;
}

/** A line as computed from the month's facts, before it is stored. */
export interface LineSpec {
  fundingSource: string;
  kind: SettlementLineKind;
  sourceKey: string;
  holdReasons: HoldReason[];
  amountFen: number;
  orderId?: string | null;
  elderId?: string | null;
  reservationId?: string | null;
  homeBedId?: string | null;
  ratingAssessmentId?: string | null;
  adjustmentId?: string | null;
  adjustsLineId?: string | null;
  details: Record<string, unknown>;
}
