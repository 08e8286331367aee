import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CareLevel } from '../../core/domain/enums.js';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { ElderStatementLineKind, PaymentMethod } from './family-statement.service.js';
import { HoldReason } from './settlement-integrity.policy.js';
import { ExportFormat } from './settlement-export.js';
import { SettlementStatus } from './settlement-workflow.state.js';
import { SettlementLineKind, SettlementLineStatus } from './settlement.record.js';

registerEnumType(SettlementStatus, {
  name: 'SettlementStatus',
  description: 'Lifecycle of a settlement statement (结算单): DRAFT -> SUBMITTED -> APPROVED -> PAID; a rejection returns it to DRAFT.',
  valuesMap: {
    DRAFT: { description: 'Being prepared; generating again rebuilds it.' },
    SUBMITTED: { description: 'Submitted by the provider\'s staff for review.' },
    APPROVED: { description: 'Approved by an officer in scope; immutable, its ledger entries written.' },
    PAID: { description: 'Payment recorded by the officer (reference and date).' },
  },
});
registerEnumType(SettlementLineStatus, {
  name: 'SettlementLineStatus',
  description: 'Whether a line counts in the statement\'s total.',
  valuesMap: {
    INCLUDED: { description: 'Counts in the total (no hold, or a hold accepted by an officer).' },
    HELD: { description: 'Held by an integrity check: counts in no total until an officer accepts or rejects it.' },
    REJECTED: { description: 'Rejected by an officer: not paid.' },
  },
});
registerEnumType(HoldReason, {
  name: 'SettlementHoldReason',
  description: 'Why an integrity check held a visit line.',
  valuesMap: {
    CHECK_IN_FLAGGED: { description: 'The check-in was beyond the geofence around the home.' },
    CHECK_OUT_FLAGGED: { description: 'The check-out was beyond the geofence around the home.' },
    CHECK_MISSING: { description: 'The check-in or the check-out is missing.' },
    SHORT_VISIT: { description: 'The actual length is under the regional share (default 50%) of the booked length.' },
    IMPOSSIBLE_TRAVEL: { description: 'The caregiver could not have got here from the previous visit in time (straight line over the regional speed, default 60 km/h).' },
    OVERLAPPING_VISITS: { description: 'Two of the caregiver\'s visits overlap in actual time (both are held).' },
    CHECKED_OUT_BEFORE_START: { description: 'Checked out before the booked start (or before the check-in).' },
  },
});
registerEnumType(SettlementLineKind, {
  name: 'SettlementLineKind',
  description: 'What a settlement line pays for (the same value as the line\'s `kind` text).',
  valuesMap: {
    HOME_CARE_VISIT: { description: 'The subsidy share of a completed government-purchased home-care visit (政府购买服务).' },
    INSTITUTIONAL_SUPPORT: { description: 'Institutional care of a government-supported resident (特困集中供养): bed-days × monthly rate of the care level.' },
    STAR_SUBSIDY: { description: 'Star-tier operating subsidy (运营补贴) for the days a grade was in force, by occupied bed-days.' },
    HOME_BED: { description: 'Home-bed subsidy (家庭养老床位) prorated by days.' },
    ADJUSTMENT: { description: 'A correction of a line of an earlier, approved statement.' },
  },
});
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a family paid.',
  valuesMap: {
    CASH: { description: 'Cash (现金).' },
    WECHAT: { description: 'WeChat Pay (微信支付).' },
    ALIPAY: { description: 'Alipay (支付宝).' },
    BANK: { description: 'Bank transfer or card (银行).' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(ElderStatementLineKind, {
  name: 'ElderStatementLineKind',
  description: 'What a line of a family statement is.',
  valuesMap: {
    VISIT_COPAY: { description: 'The co-payment (自付) of a completed home-care visit.' },
    BED_FEE: { description: 'Bed fee (床位费) for the days of a stay at the published monthly price.' },
    PAYMENT: { description: 'A payment recorded by the provider (a refund is a negative payment).' },
  },
});
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'File format of an export.',
  valuesMap: { XLSX: { description: 'Excel workbook (Chinese headers).' }, CSV: { description: 'UTF-8 CSV with a byte-order mark, CRLF lines (Chinese headers).' } },
});

@ObjectType({ description: 'The visit behind a HOME_CARE_VISIT line, as it stood when the statement was generated.' })
export class SettlementLineVisit {
  @Field({ description: 'Booked start.' }) bookedStartsAt: Date;
  @Field({ description: 'Booked end.' }) bookedEndsAt: Date;
  @Field(() => Date, { nullable: true, description: 'Check-in time; null when missing.' }) checkedInAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Check-out time; null when missing.' }) checkedOutAt: Date | null;
  @Field(() => Float, { description: 'Booked length in minutes.' }) bookedMinutes: number;
  @Field(() => Float, { nullable: true, description: 'Actual length (check-in to check-out) in minutes.' }) actualMinutes: number | null;
  @Field(() => Float, { nullable: true, description: 'Check-in distance from the home, metres.' }) checkInDistanceMeters: number | null;
  @Field(() => Float, { nullable: true, description: 'Check-out distance from the home, metres.' }) checkOutDistanceMeters: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Check-in beyond the geofence.' }) checkInFlagged: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Check-out beyond the geofence.' }) checkOutFlagged: boolean | null;
  @Field(() => Int, { description: 'Price of the visit in fen (for the minutes worked when it was short).' }) priceFen: number;
  @Field(() => Int, { description: 'Price as booked, fen.' }) bookedPriceFen: number;
  @Field(() => Int, { description: 'Subsidy share, fen: the line\'s amount.' }) subsidyFen: number;
  @Field(() => Int, { description: 'The family\'s co-payment, fen.' }) copayFen: number;
  @Field(() => ID, { nullable: true, description: 'The caregiver.' }) caregiverId: string | null;
}

@ObjectType({ description: 'An officer\'s decision on a held line.' })
export class SettlementLineDecision {
  @Field({ description: 'Accepted into the total (true) or rejected (false).' }) accepted: boolean;
  @Field({ description: 'The officer\'s note.' }) note: string;
  @Field({ description: 'When.' }) at: Date;
  @Field(() => ID, { description: 'The officer.' }) decidedBy: string;
}

@ObjectType({ description: 'One line of a settlement statement.' })
export class SettlementLine {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'What it pays for: HOME_CARE_VISIT, INSTITUTIONAL_SUPPORT, STAR_SUBSIDY, HOME_BED or ADJUSTMENT (see lineKind).' }) kind: string;
  @Field(() => SettlementLineKind, { description: 'The same as kind, as an enum.' }) lineKind: SettlementLineKind;
  @Field(() => SettlementLineStatus, { description: 'Whether it counts in the total.' }) status: SettlementLineStatus;
  @Field(() => [HoldReason], { description: 'Integrity checks it failed (kept after a decision); empty when none.' }) holdReasons: HoldReason[];
  @Field(() => Int, { description: 'Amount in fen (negative for a claw-back adjustment).' }) amountFen: number;
  @Field(() => ID, { nullable: true, description: 'The home-care visit (also for an adjustment of a visit line).' }) orderId: string | null;
  @Field(() => ID, { nullable: true, description: 'The elder concerned, when there is one.' }) elderId: string | null;
  @Field(() => ID, { nullable: true, description: 'The bed reservation (stay) of an INSTITUTIONAL_SUPPORT line.' }) reservationId: string | null;
  @Field(() => ID, { nullable: true, description: 'The home bed of a HOME_BED line.' }) homeBedId: string | null;
  @Field(() => ID, { nullable: true, description: 'The grade (rating assessment) of a STAR_SUBSIDY line.' }) ratingAssessmentId: string | null;
  @Field(() => ID, { nullable: true, description: 'For an ADJUSTMENT: the original line it corrects.' }) adjustsLineId: string | null;
  @Field(() => Int, { nullable: true, description: 'Days counted (bed-days, grade days, home-bed days) for day-based lines.' }) days: number | null;
  @Field({ description: 'How the amount was reached, in words.' }) basis: string;
  @Field(() => SettlementLineVisit, { nullable: true, description: 'The visit\'s times, distances and money, for HOME_CARE_VISIT lines.' }) visit: SettlementLineVisit | null;
  @Field(() => SettlementLineDecision, { nullable: true, description: 'The officer\'s decision on a held line.' }) decision: SettlementLineDecision | null;
}

@ObjectType({ description: 'One recorded step of a statement\'s workflow (or a decision on one of its lines).' })
export class SettlementEvent {
  @Field({ description: 'When.' }) at: Date;
  @Field({ description: 'GENERATE, REGENERATE, DECIDE_LINE, SUBMIT, APPROVE, REJECT or MARK_PAID.' }) action: string;
  @Field(() => SettlementStatus, { nullable: true, description: 'Status before.' }) fromStatus: SettlementStatus | null;
  @Field(() => SettlementStatus, { description: 'Status after.' }) toStatus: SettlementStatus;
  @Field(() => ID, { description: 'Who.' }) actorId: string;
  @Field({ description: 'Their role.' }) actorRole: string;
  @Field(() => String, { nullable: true, description: 'Note or reason.' }) note: string | null;
  @Field(() => ID, { nullable: true, description: 'The line decided, for DECIDE_LINE.' }) lineId: string | null;
}

@ObjectType({ description: 'A provider\'s monthly settlement statement (结算单) for one funding source.' })
export class SettlementStatement {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => ID, { description: 'The provider paid.' }) providerId: string;
  @Field({ description: 'The month, "YYYY-MM" (China time).' }) month: string;
  @Field({ description: 'Funding source (资金来源) that pays it.' }) fundingSource: string;
  @Field(() => SettlementStatus, { description: 'Where it is in the workflow.' }) status: SettlementStatus;
  @Field(() => Int, { description: 'Sum of the INCLUDED lines, fen.' }) totalFen: number;
  @Field(() => Int, { description: 'Number of lines.' }) lineCount: number;
  @Field(() => Int, { description: 'Lines still held (approval needs 0).' }) heldCount: number;
  @Field({ description: 'When it was last generated.' }) generatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was submitted.' }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was approved.' }) approvedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the payment was recorded.' }) paidAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The payment reference.' }) paymentReference: string | null;
  @Field(() => String, { nullable: true, description: 'The day it was paid, YYYY-MM-DD.' }) paidOn: string | null;
}

export const SettlementStatementConnection = ConnectionType(SettlementStatement, 'SettlementStatementConnection');

@ObjectType({ description: 'A ledger total for one funding source.' })
export class LedgerSourceTotal {
  @Field({ description: 'Funding source (资金来源).' }) fundingSource: string;
  @Field(() => Float, { description: 'Total in whole fen (a Float: a region\'s total over months can exceed the 32-bit Int).' }) totalFen: number;
}

@ObjectType({ description: 'A ledger total for one provider.' })
export class LedgerProviderTotal {
  @Field(() => ID, { description: 'The provider.' }) providerId: string;
  @Field(() => Float, { description: 'Total in whole fen.' }) totalFen: number;
}

@ObjectType({ description: 'A ledger total for one month.' })
export class LedgerMonthTotal {
  @Field({ description: '"YYYY-MM".' }) month: string;
  @Field(() => Float, { description: 'Total in whole fen.' }) totalFen: number;
}

@ObjectType('LedgerRow', { description: 'A ledger total for one funding source, provider and month.' })
export class LedgerRowModel {
  @Field({ description: 'Funding source.' }) fundingSource: string;
  @Field(() => ID, { description: 'The provider.' }) providerId: string;
  @Field({ description: '"YYYY-MM".' }) month: string;
  @Field(() => Float, { description: 'Total in whole fen.' }) totalFen: number;
}

@ObjectType({ description: 'Totals of the immutable ledger written on approvals, for a region over a range of months.' })
export class SettlementLedger {
  @Field({ description: 'The region prefix.' }) regionCode: string;
  @Field({ description: 'First month, "YYYY-MM".' }) from: string;
  @Field({ description: 'Last month, "YYYY-MM" (inclusive).' }) to: string;
  @Field(() => Float, { description: 'Everything, in whole fen.' }) totalFen: number;
  @Field(() => Float, { description: 'The sum of the approved and paid statements of the same region and months; always equals totalFen.' }) approvedStatementsTotalFen: number;
  @Field(() => [LedgerSourceTotal], { description: 'By funding source.' }) bySource: LedgerSourceTotal[];
  @Field(() => [LedgerProviderTotal], { description: 'By provider.' }) byProvider: LedgerProviderTotal[];
  @Field(() => [LedgerMonthTotal], { description: 'By month.' }) byMonth: LedgerMonthTotal[];
  @Field(() => [LedgerRowModel], { description: 'By funding source, provider and month.' }) rows: LedgerRowModel[];
}

@ObjectType({ description: 'A payment recorded by a provider (a refund is negative).' })
export class Payment {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => ID, { description: 'The elder it is for.' }) elderId: string;
  @Field(() => ID, { description: 'The provider paid.' }) providerId: string;
  @Field(() => Int, { description: 'Amount in fen; negative for a refund.' }) amountFen: number;
  @Field(() => PaymentMethod, { description: 'How it was paid.' }) method: PaymentMethod;
  @Field(() => String, { nullable: true, description: 'Receipt or transaction number.' }) reference: string | null;
  @Field({ description: 'When it was paid.' }) paidAt: Date;
  @Field({ description: 'Where it was recorded: MANUAL (the desk) or a payment integration\'s code.' }) channel: string;
}

@ObjectType('ElderStatementLine', { description: 'One line of a family statement.' })
export class ElderStatementLineModel {
  @Field(() => ElderStatementLineKind, { description: 'Co-pay, bed fee or payment.' }) kind: ElderStatementLineKind;
  @Field({ description: 'When (the visit\'s start, the stay\'s first day in the month, the payment\'s time).' }) at: Date;
  @Field(() => ID, { description: 'The provider.' }) providerId: string;
  @Field(() => ID, { nullable: true, description: 'The visit of a co-pay.' }) orderId: string | null;
  @Field(() => ID, { nullable: true, description: 'The stay of a bed fee.' }) reservationId: string | null;
  @Field(() => ID, { nullable: true, description: 'The payment.' }) paymentId: string | null;
  @Field({ description: 'What it is, in words.' }) description: string;
  @Field(() => Int, { nullable: true, description: 'Days charged, for a bed fee.' }) days: number | null;
  @Field(() => Int, { description: 'Effect on the balance, fen: charges positive, payments negative.' }) amountFen: number;
}

@ObjectType('ElderStatement', { description: 'What a family owes and paid for one elder in one month (China time).' })
export class ElderStatementModel {
  @Field(() => ID, { description: 'The elder.' }) elderId: string;
  @Field({ description: '"YYYY-MM".' }) month: string;
  @Field(() => ID, { nullable: true, description: 'Only this provider\'s part (always the caller\'s own provider for staff); null: every provider.' }) providerId: string | null;
  @Field(() => Int, { description: 'Co-payments of completed visits, fen.' }) copayFen: number;
  @Field(() => Int, { description: 'Bed fees, fen.' }) bedFeesFen: number;
  @Field(() => Int, { description: 'Payments recorded in the month, fen (refunds deducted).' }) paymentsFen: number;
  @Field(() => Int, { description: 'copayFen + bedFeesFen - paymentsFen: positive is owed by the family.' }) balanceFen: number;
  @Field(() => [ElderStatementLineModel], { description: 'Every charge and payment, by time.' }) lines: ElderStatementLineModel[];
}

@ObjectType({ description: 'The result of recomputing a provider\'s check-in/check-out evidence chain for a month.' })
export class EvidenceCheck {
  @Field({ description: 'Every record matches its hash, its predecessor and its order.' }) ok: boolean;
  @Field(() => Int, { description: 'Records checked up to and including the first broken one.' }) checkedRecords: number;
  @Field(() => ID, { nullable: true, description: 'The first record that does not match; null when ok.' }) firstBrokenRecordId: string | null;
  @Field(() => String, { nullable: true, description: 'HASH_MISMATCH, PREVIOUS_HASH_MISMATCH, SEQUENCE_GAP or ORDER_CHANGED; null when ok.' }) reason: string | null;
}

@ObjectType({ description: 'An exported file, inline (base64).' })
export class SettlementExportFile {
  @Field({ description: 'Suggested file name.' }) fileName: string;
  @Field({ description: 'MIME type.' }) contentType: string;
  @Field({ description: 'The file\'s bytes, base64.' }) contentBase64: string;
}

@ObjectType({ description: 'The monthly support for one care level.' })
export class SupportRate {
  @Field(() => CareLevel, { description: 'The care level.' }) careLevel: CareLevel;
  @Field(() => Int, { description: 'Monthly support per government-supported resident, fen.' }) monthlyFen: number;
}

@ObjectType('SettlementRules', { description: 'The settlement numbers in force for a region (regional settings, key settlement.rules).' })
export class SettlementRulesModel {
  @Field({ description: 'The region code asked for.' }) regionCode: string;
  @Field(() => [SupportRate], { description: 'Monthly support by care level (特困集中供养); never assessed pays INTACT.' }) supportRates: SupportRate[];
  @Field(() => Int, { description: 'Monthly subsidy per active home bed, fen.' }) homeBedMonthlySubsidyFen: number;
  @Field(() => Int, { description: 'A visit under this share of its booked length is held, basis points.' }) shortVisitShareBp: number;
  @Field(() => Int, { description: 'Travel faster than this between a caregiver\'s visits is held, km/h.' }) maxTravelKmh: number;
  @Field({ description: 'Funding source of institutional support.' }) institutionalSupportFundingSource: string;
  @Field({ description: 'Funding source of the home-bed subsidy.' }) homeBedFundingSource: string;
}
