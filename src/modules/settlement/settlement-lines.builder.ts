import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { BedReservationService, type StayRecord } from '../bed/bed-reservation.service.js';
import { ElderService } from '../elder/elder.service.js';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { RatingService } from '../rating/rating.service.js';
import { proratedByDays, starSubsidyFen } from './settlement-amount.policy.js';
import { actualMinutes, bookedMinutes, holdReasons, type VisitEvidence } from './settlement-integrity.policy.js';
import { daysInMonth, stayDayNumbers, type SettlementMonth } from './settlement-month.policy.js';
import { SettlementLineKind, type LineSpec } from './settlement.record.js';
import type { SettlementRules } from './settlement.rules.js';

const CARE_LEVEL_FALLBACK = 'INTACT';
const DAY_MS = 86_400_000;

type CareLevelKey = keyof SettlementRules['supportMonthlyFenByCareLevel'];

/**
 * Reads one provider's month of facts (visits, stays, grades, home beds, adjustments) and computes the statement
 * lines, every funding source together. A fixed number of queries however many visits: the checks run in memory.
 *
 * The month's facts come from their owners' services (visits and home beds from home care, stays from beds, care
 * levels from elders, grades and tiers from rating), each one set-wise query per provider and month, so that a month
 * of 10,000 visits stays a handful of queries; the adjustments are settlement's own.
 */
@Injectable()
export class SettlementLinesBuilder {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly visits: HomeCareOrderReads,
    private readonly beds: BedReservationService,
    private readonly elders: ElderService,
    private readonly ratings: RatingService,
  ) {}

  async build(provider: ProviderEntity, month: SettlementMonth, rules: SettlementRules): Promise<LineSpec[]> {
    const visits = await this.visitLines(provider.id, month, rules);
    const stays = await this.stays(provider.id, month);
    const support = this.supportLines(stays, month, rules);
    const star = await this.starLines(provider, month, stays);
    const homeBeds = await this.homeBedLines(provider.id, month, rules);
    const adjustments = await this.adjustmentLines(provider.id, month);
    return [...visits, ...support, ...star, ...homeBeds, ...adjustments];
  }

  /** A line per subsidised visit that started in the month (China time), with the integrity checks' hold reasons. */
  private async visitLines(providerId: string, month: SettlementMonth, rules: SettlementRules): Promise<LineSpec[]> {
    // A day either side, so that overlaps and travel across the month's edges are seen.
    const rows = await this.visits.settlementVisits(providerId, new Date(month.start.getTime() - DAY_MS), new Date(month.end.getTime() + DAY_MS));
    const evidence: VisitEvidence[] = rows.map((r) => ({
      id: r.id,
      caregiverId: r.caregiverId,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      checkedInAt: r.checkedInAt,
      checkedOutAt: r.checkedOutAt,
      checkInFlagged: r.checkInFlagged,
      checkOutFlagged: r.checkOutFlagged,
      latitude: r.visitLatitude,
      longitude: r.visitLongitude,
    }));
    const holds = holdReasons(evidence, { shortVisitShareBp: rules.shortVisitShareBp, maxTravelKmh: rules.maxTravelKmh });
    return rows
      .map((r, i) => ({ r, v: evidence[i] }))
      .filter(({ r }) => r.startsAt >= month.start && r.startsAt < month.end && r.subsidyFen > 0)
      .map(({ r, v }) => ({
        fundingSource: r.subsidyFundingSource,
        kind: SettlementLineKind.HOME_CARE_VISIT,
        sourceKey: `visit:${r.id}`,
        holdReasons: holds.get(r.id) ?? [],
        amountFen: r.subsidyFen,
        orderId: r.id,
        elderId: r.elderId,
        details: {
          service: r.service,
          caregiverId: r.caregiverId,
          bookedStartsAt: v.startsAt.toISOString(),
          bookedEndsAt: v.endsAt.toISOString(),
          checkedInAt: v.checkedInAt?.toISOString() ?? null,
          checkedOutAt: v.checkedOutAt?.toISOString() ?? null,
          bookedMinutes: bookedMinutes(v),
          actualMinutes: actualMinutes(v),
          checkInDistanceMeters: r.checkInDistanceM,
          checkOutDistanceMeters: r.checkOutDistanceM,
          checkInFlagged: r.checkInFlagged,
          checkOutFlagged: r.checkOutFlagged,
          priceFen: r.priceFen,
          bookedPriceFen: r.bookedPriceFen ?? r.priceFen,
          subsidyFen: r.subsidyFen,
          copayFen: r.copayFen,
        },
      }));
  }

  /** Residents' stays that touch the month (every resident: occupied bed-days count them all), with their care level. */
  private async stays(providerId: string, month: SettlementMonth) {
    const stays = await this.beds.staysAt(providerId, month.start, month.end);
    const careLevels = await this.careLevelsOf(stays);
    return stays.map((r) => ({
      id: r.id,
      elderId: r.elderId,
      category: r.category,
      admittedAt: r.admittedAt,
      endedAt: r.endedAt,
      governmentSupported: r.governmentSupported,
      careLevel: (careLevels.get(r.elderId) ?? CARE_LEVEL_FALLBACK) as CareLevelKey,
      days: daysInMonth(month, r.admittedAt, r.endedAt),
    }));
  }

  /** The residents' current care levels, one query for all of them. */
  private async careLevelsOf(stays: readonly StayRecord[]): Promise<Map<string, string | null>> {
    if (stays.length === 0) return new Map();
    const elders = await this.elders.findByIds([...new Set(stays.map((s) => s.elderId))]);
    return new Map(elders.map((e) => [e.id, e.careLevel]));
  }

  /** Institutional care of government-supported residents (特困集中供养): bed-days × the monthly rate of the care level. */
  private supportLines(stays: Awaited<ReturnType<SettlementLinesBuilder['stays']>>, month: SettlementMonth, rules: SettlementRules): LineSpec[] {
    return stays
      .filter((s) => s.governmentSupported && s.days > 0)
      .map((s) => {
        const rate = rules.supportMonthlyFenByCareLevel[s.careLevel] ?? rules.supportMonthlyFenByCareLevel[CARE_LEVEL_FALLBACK];
        return {
          fundingSource: rules.institutionalSupportFundingSource,
          kind: SettlementLineKind.INSTITUTIONAL_SUPPORT,
          sourceKey: `support:${s.id}`,
          holdReasons: [],
          amountFen: proratedByDays(rate, s.days, month.days),
          elderId: s.elderId,
          reservationId: s.id,
          details: {
            days: s.days,
            monthDays: month.days,
            careLevel: s.careLevel,
            monthlyRateFen: rate,
            admittedAt: s.admittedAt.toISOString(),
            dischargedAt: s.endedAt?.toISOString() ?? null,
          },
        };
      });
  }

  /**
   * The star-tier operating subsidy: for each grade in force during the month (a grade stops paying on the day it
   * expires or is superseded), its days × (flat + per-bed × beds occupied that day) ÷ days of the month.
   */
  private async starLines(provider: ProviderEntity, month: SettlementMonth, stays: Awaited<ReturnType<SettlementLinesBuilder['stays']>>): Promise<LineSpec[]> {
    const grades = await this.ratings.gradesInForce(provider.id, month.start, month.end);
    if (grades.length === 0) return [];
    const tiers = await this.ratings.tiersApplying(provider.kind, provider.regionCode);
    const occupied = new Map<number, number>();
    for (const s of stays) {
      for (const d of stayDayNumbers(month, s.admittedAt, s.endedAt)) occupied.set(d, (occupied.get(d) ?? 0) + 1);
    }
    const lines: LineSpec[] = [];
    for (const g of grades) {
      const tier = tiers.find((t) => t.stars === g.stars);
      const days = stayDayNumbers(month, g.publishedAt, g.endsAt, false);
      if (!tier || days.length === 0) continue;
      const beds = days.map((d) => occupied.get(d) ?? 0);
      const amountFen = starSubsidyFen({ perOccupiedBedMonthlyFen: tier.perOccupiedBedMonthlyFen, flatMonthlyFen: tier.flatMonthlyFen }, beds, month.days);
      if (amountFen === 0) continue;
      lines.push({
        fundingSource: tier.fundingSource,
        kind: SettlementLineKind.STAR_SUBSIDY,
        sourceKey: `star:${g.id}`,
        holdReasons: [],
        amountFen,
        ratingAssessmentId: g.id,
        details: {
          stars: g.stars,
          days: days.length,
          monthDays: month.days,
          occupiedBedDays: beds.reduce((a, b) => a + b, 0),
          perOccupiedBedMonthlyFen: tier.perOccupiedBedMonthlyFen,
          flatMonthlyFen: tier.flatMonthlyFen,
          gradeFrom: g.publishedAt.toISOString(),
          gradeUntil: g.endsAt.toISOString(),
        },
      });
    }
    return lines;
  }

  /** Home beds (家庭养老床位) active in the month: the monthly subsidy prorated by days. */
  private async homeBedLines(providerId: string, month: SettlementMonth, rules: SettlementRules): Promise<LineSpec[]> {
    const rows = await this.visits.homeBedsActiveBetween(providerId, month.start, month.end);
    return rows
      .map((r) => ({ r, days: daysInMonth(month, r.createdAt, r.endedAt) }))
      .filter(({ days }) => days > 0 && rules.homeBedMonthlySubsidyFen > 0)
      .map(({ r, days }) => ({
        fundingSource: rules.homeBedFundingSource,
        kind: SettlementLineKind.HOME_BED,
        sourceKey: `home-bed:${r.id}`,
        holdReasons: [],
        amountFen: proratedByDays(rules.homeBedMonthlySubsidyFen, days, month.days),
        elderId: r.elderId,
        homeBedId: r.id,
        details: { days, monthDays: month.days, monthlyRateFen: rules.homeBedMonthlySubsidyFen, from: r.createdAt.toISOString(), until: r.endedAt?.toISOString() ?? null },
      }));
  }

  /** Corrections of lines of approved statements, booked into this month. */
  private async adjustmentLines(providerId: string, month: SettlementMonth): Promise<LineSpec[]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT a.id, a.original_line_id, a.funding_source, a.amount_fen, a.reason, l.order_id, l.elder_id, l.kind AS original_kind,
              to_char(s.month, 'YYYY-MM') AS original_month
         FROM settlement_adjustments a
         JOIN settlement_lines l ON l.id = a.original_line_id
         JOIN settlement_statements s ON s.id = l.statement_id
        WHERE a.provider_id = $1 AND a.month = $2 ORDER BY a.created_at, a.id`,
      [providerId, month.firstDay],
    );
    return rows.map((r) => ({
      fundingSource: r.funding_source,
      kind: SettlementLineKind.ADJUSTMENT,
      sourceKey: `adjustment:${r.id}`,
      holdReasons: [],
      amountFen: r.amount_fen,
      orderId: r.order_id,
      elderId: r.elder_id,
      adjustmentId: r.id,
      adjustsLineId: r.original_line_id,
      details: { reason: r.reason, originalMonth: r.original_month, originalKind: r.original_kind },
    }));
  }
}
