import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { proratedByDays, starSubsidyFen } from './settlement-amount.policy.js';
import { actualMinutes, bookedMinutes, holdReasons, type VisitEvidence } from './settlement-integrity.policy.js';
import { daysInMonth, stayDayNumbers, type SettlementMonth } from './settlement-month.policy.js';
import { SettlementLineKind, type LineSpec } from './settlement.record.js';
import type { SettlementRules } from './settlement.rules.js';

const CARE_LEVEL_FALLBACK = 'INTACT';

/**
 * Reads one provider's month of facts (visits, stays, grades, home beds, adjustments) and computes the statement
 * lines, every funding source together. A fixed number of queries however many visits: the checks run in memory.
 *
 * It reads other modules' tables directly: settlement is a read over the month's history of visits, admissions,
 * grades and home beds, and doing it set-wise is what keeps a month of 10,000 visits to a handful of statements.
 */
@Injectable()
export class SettlementLinesBuilder {
  constructor(private readonly uow: UnitOfWork) {}

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
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT o.id, o.elder_id, o.caregiver_id, o.service, o.starts_at, o.ends_at, o.checked_in_at, o.checked_out_at,
              o.check_in_distance_m, o.check_out_distance_m, o.check_in_flagged, o.check_out_flagged, o.visit_latitude, o.visit_longitude,
              o.price_fen, o.subsidy_fen, o.copay_fen, o.booked_price_fen, o.subsidy_funding_source,
              (o.starts_at >= $2 AND o.starts_at < $3) AS in_month
         FROM home_care_orders o
        WHERE o.provider_id = $1 AND o.status IN ('COMPLETED','IN_PROGRESS')
          AND o.starts_at >= $2::timestamptz - interval '1 day' AND o.starts_at < $3::timestamptz + interval '1 day'
        ORDER BY o.starts_at, o.id`,
      [providerId, month.start, month.end],
    );
    const evidence: VisitEvidence[] = rows.map((r) => ({
      id: r.id,
      caregiverId: r.caregiver_id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      checkedInAt: r.checked_in_at,
      checkedOutAt: r.checked_out_at,
      checkInFlagged: r.check_in_flagged,
      checkOutFlagged: r.check_out_flagged,
      latitude: r.visit_latitude,
      longitude: r.visit_longitude,
    }));
    const holds = holdReasons(evidence, { shortVisitShareBp: rules.shortVisitShareBp, maxTravelKmh: rules.maxTravelKmh });
    return rows
      .map((r, i) => ({ r, v: evidence[i] }))
      .filter(({ r }) => r.in_month && r.subsidy_fen > 0)
      .map(({ r, v }) => ({
        fundingSource: r.subsidy_funding_source,
        kind: SettlementLineKind.HOME_CARE_VISIT,
        sourceKey: `visit:${r.id}`,
        holdReasons: holds.get(r.id) ?? [],
        amountFen: r.subsidy_fen,
        orderId: r.id,
        elderId: r.elder_id,
        details: {
          service: r.service,
          caregiverId: r.caregiver_id,
          bookedStartsAt: v.startsAt.toISOString(),
          bookedEndsAt: v.endsAt.toISOString(),
          checkedInAt: v.checkedInAt?.toISOString() ?? null,
          checkedOutAt: v.checkedOutAt?.toISOString() ?? null,
          bookedMinutes: bookedMinutes(v),
          actualMinutes: actualMinutes(v),
          checkInDistanceMeters: r.check_in_distance_m,
          checkOutDistanceMeters: r.check_out_distance_m,
          checkInFlagged: r.check_in_flagged,
          checkOutFlagged: r.check_out_flagged,
          priceFen: r.price_fen,
          bookedPriceFen: r.booked_price_fen ?? r.price_fen,
          subsidyFen: r.subsidy_fen,
          copayFen: r.copay_fen,
        },
      }));
  }

  /** Residents' stays that touch the month (every resident: occupied bed-days count them all). */
  private async stays(providerId: string, month: SettlementMonth) {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT r.id, r.elder_id, r.category, r.admitted_at, r.ended_at, r.government_supported, e.care_level
         FROM bed_reservations r JOIN elders e ON e.id = r.elder_id
        WHERE r.provider_id = $1 AND r.status IN ('ADMITTED','DISCHARGED') AND r.admitted_at < $3 AND (r.ended_at IS NULL OR r.ended_at >= $2)
        ORDER BY r.admitted_at, r.id`,
      [providerId, month.start, month.end],
    );
    return rows.map((r) => ({
      id: r.id as string,
      elderId: r.elder_id as string,
      category: r.category as string,
      admittedAt: r.admitted_at as Date,
      endedAt: r.ended_at as Date | null,
      governmentSupported: r.government_supported as boolean,
      careLevel: (r.care_level ?? CARE_LEVEL_FALLBACK) as keyof SettlementRules['supportMonthlyFenByCareLevel'],
      days: daysInMonth(month, r.admitted_at, r.ended_at),
    }));
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
    const grades: Array<{ id: string; stars: number; published_at: Date; ends_at: Date }> = await this.uow.manager.query(
      `SELECT a.id, a.stars, a.published_at, LEAST(a.valid_until, COALESCE(a.superseded_at, a.valid_until)) AS ends_at
         FROM rating_assessments a
        WHERE a.provider_id = $1 AND a.status IN ('PUBLISHED','SUPERSEDED') AND a.stars > 0
          AND a.published_at < $3 AND LEAST(a.valid_until, COALESCE(a.superseded_at, a.valid_until)) > $2
        ORDER BY a.published_at`,
      [provider.id, month.start, month.end],
    );
    if (grades.length === 0) return [];
    const tiers: Array<{ stars: number; per_bed: number; flat: number; funding_source: string }> = await this.uow.manager.query(
      `SELECT DISTINCT ON (stars) stars, per_occupied_bed_monthly_fen AS per_bed, flat_monthly_fen AS flat, funding_source
         FROM rating_subsidy_tiers WHERE kind = $1 AND $2 LIKE region_prefix || '%'
        ORDER BY stars, length(region_prefix) DESC`,
      [provider.kind, provider.regionCode],
    );
    const occupied = new Map<number, number>();
    for (const s of stays) {
      for (const d of stayDayNumbers(month, s.admittedAt, s.endedAt)) occupied.set(d, (occupied.get(d) ?? 0) + 1);
    }
    const lines: LineSpec[] = [];
    for (const g of grades) {
      const tier = tiers.find((t) => t.stars === g.stars);
      const days = stayDayNumbers(month, g.published_at, g.ends_at, false);
      if (!tier || days.length === 0) continue;
      const beds = days.map((d) => occupied.get(d) ?? 0);
      const amountFen = starSubsidyFen({ perOccupiedBedMonthlyFen: tier.per_bed, flatMonthlyFen: tier.flat }, beds, month.days);
      if (amountFen === 0) continue;
      lines.push({
        fundingSource: tier.funding_source,
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
          perOccupiedBedMonthlyFen: tier.per_bed,
          flatMonthlyFen: tier.flat,
          gradeFrom: g.published_at.toISOString(),
          gradeUntil: g.ends_at.toISOString(),
        },
      });
    }
    return lines;
  }

  /** Home beds (家庭养老床位) active in the month: the monthly subsidy prorated by days. */
  private async homeBedLines(providerId: string, month: SettlementMonth, rules: SettlementRules): Promise<LineSpec[]> {
    const rows: Array<{ id: string; elder_id: string; created_at: Date; ended_at: Date | null }> = await this.uow.manager.query(
      `SELECT id, elder_id, created_at, ended_at FROM home_beds
        WHERE provider_id = $1 AND created_at < $3 AND (ended_at IS NULL OR ended_at >= $2) ORDER BY created_at, id`,
      [providerId, month.start, month.end],
    );
    return rows
      .map((r) => ({ r, days: daysInMonth(month, r.created_at, r.ended_at) }))
      .filter(({ days }) => days > 0 && rules.homeBedMonthlySubsidyFen > 0)
      .map(({ r, days }) => ({
        fundingSource: rules.homeBedFundingSource,
        kind: SettlementLineKind.HOME_BED,
        sourceKey: `home-bed:${r.id}`,
        holdReasons: [],
        amountFen: proratedByDays(rules.homeBedMonthlySubsidyFen, days, month.days),
        elderId: r.elder_id,
        homeBedId: r.id,
        details: { days, monthDays: month.days, monthlyRateFen: rules.homeBedMonthlySubsidyFen, from: r.created_at.toISOString(), until: r.ended_at?.toISOString() ?? null },
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
