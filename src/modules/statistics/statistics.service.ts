import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { Actor } from '../../core/auth/actor.js';
import type { RegionSlice } from '../../core/access/region-code.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { BedCategory, CARE_LEVELS_IN_ORDER, CareLevel, ProviderKind } from '../../core/domain/enums.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { CapabilityAssessmentService } from '../assessment/capability-assessment.service.js';
import { BedReservationService } from '../bed/bed-reservation.service.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { ElderService } from '../elder/elder.service.js';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { RegionService } from '../region/region.service.js';
import { AGENCY_RADIUS_SQL, careGapsQuery } from './care-gaps.query.js';
import type { CareGap, MonthlyFigures, PolicyIndicator, RegionStatistics } from './statistics.model.js';
import { DEFAULT_POLICY_TARGETS, monthWindow, policyIndicators, rankCareGaps, type MonthWindow, type PolicyTargets } from './statistics.policy.js';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** Setting (per region prefix): how far (km) a nursing-type bed counts as within reach of an elder's home. */
export const CARE_GAP_REACH_KM_SETTING = 'statistics.careGapReachKm';
export const DEFAULT_CARE_GAP_REACH_KM = 10;
/** Setting (per region prefix): the policy targets the indicators are set against. */
export const POLICY_TARGETS_SETTING = 'statistics.policyTargets';

/** Sums of one region group: counters by name, so that groups can be added (a parent's unassigned part). */
type Raw = Map<string, number>;

const add = (into: Raw, key: string, n: number) => into.set(key, (into.get(key) ?? 0) + n);
const get = (raw: Raw, key: string) => raw.get(key) ?? 0;

/** The length of a region's children's codes: province → city → county → township; townships have none loaded. */
function childCodeLength(code: string): number | null {
  return ({ 0: 2, 2: 4, 4: 6, 6: 9 } as Record<number, number>)[code.length] ?? null;
}

/**
 * Regional figures for officers, composed of the owners' aggregates: each module counts its own rows under a region
 * (one statement per table family, filtered by the region prefix on indexed columns, grouped by child region when the
 * children are asked for) and this service adds them up; only the care gaps are a query of its own
 * (care-gaps.query.ts, its declared read model).
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly regions: RegionService,
    private readonly settings: SettingsService,
    private readonly providers: ProviderService,
    private readonly capacity: CapacityService,
    private readonly elders: ElderService,
    private readonly homeCare: HomeCareOrderReads,
    private readonly beds: BedReservationService,
    private readonly assessments: CapabilityAssessmentService,
  ) {}

  async forRegion(actor: Actor, regionCode: string, from?: string | null, to?: string | null): Promise<RegionStatistics> {
    if (!/^\d{0,12}$/.test(regionCode)) {
      throw badInput('regionCode must be up to 12 digits', [{ path: 'regionCode', message: 'a region-code prefix of digits ("" is the whole country)' }]);
    }
    const { window, problems } = monthWindow(from, to, new Date());
    if (problems.length) throw badInput('Invalid period', problems);
    await this.regions.requirePrefix(regionCode, 'regionCode', true);
    // An officer reads its own scope or any region inside it; a wider region is as invisible as a foreign one.
    if (!actsOnRegion(actor, regionCode.padEnd(12, '0'))) throw notFound('Region');
    const groups = await this.rawFigures(regionCode, regionCode.length, window!);
    return this.toModel(regionCode, await this.regions.nameOf(regionCode), false, groups.get(regionCode) ?? new Map(), window!);
  }

  /**
   * The same figures for each child region (every child listed, zeros included), plus, when some records carry the
   * parent's own code or a code no child has, an `unassigned` entry for them: the children add up to the parent.
   */
  async children(parent: RegionStatistics): Promise<RegionStatistics[]> {
    if (parent.unassigned) return [];
    const length = childCodeLength(parent.regionCode);
    if (length === null) return [];
    const [groups, known] = await Promise.all([this.rawFigures(parent.regionCode, length, parent.window), this.regions.children(parent.regionCode)]);
    const children = known.map((child) => this.toModel(child.code, child.name, false, groups.get(child.code) ?? new Map(), parent.window));
    const knownCodes = new Set(known.map((c) => c.code));
    const rest: Raw = new Map();
    for (const [code, raw] of groups) if (!knownCodes.has(code)) for (const [k, v] of raw) add(rest, k, v);
    if ([...rest.values()].some((v) => v !== 0)) {
      const unassigned = this.toModel(parent.regionCode, `${parent.name}（未分到下级）`, true, rest, parent.window);
      unassigned.excludedChildren = [...knownCodes];
      children.push(unassigned);
    }
    return children;
  }

  /** Counters per group of `groupLength`-digit code prefixes under the region (group '' for the whole country). */
  private async rawFigures(prefix: string, groupLength: number, window: MonthWindow): Promise<Map<string, Raw>> {
    const dates = window.explicit ? { fromDate: window.fromDate, untilDate: window.untilDate } : null;
    const [providers, beds, homeBeds, elders, orders] = await Promise.all([
      this.providers.regionFigures(prefix, groupLength),
      this.capacity.regionBeds(prefix, groupLength),
      this.homeCare.activeHomeBeds(prefix, groupLength),
      this.elders.regionFigures(prefix, groupLength),
      this.homeCare.regionOrderCounts(prefix, groupLength, dates),
    ]);
    const { totals, levels, poverty } = elders;
    const out = new Map<string, Raw>();
    const raw = (group: string) => {
      let r = out.get(group);
      if (!r) out.set(group, (r = new Map()));
      return r;
    };
    for (const row of providers) {
      const r = raw(row.g);
      add(r, `kind:${row.kind}`, row.count);
      add(r, 'rated', row.rated);
      if (row.kind === ProviderKind.NURSING_HOME) {
        add(r, 'institutions', row.count);
        add(r, 'gradedInstitutions', row.rated);
        add(r, 'threeStarsOrMore', row.three_plus);
      }
      for (const s of (row.stars as number[] | null) ?? []) add(r, `stars:${s}`, 1);
    }
    for (const row of beds) for (const k of ['total', 'occupied', 'reserved'] as const) add(raw(row.g), `beds:${row.category}:${k}`, row[k]);
    for (const row of homeBeds) add(raw(row.g), 'homeBeds', row.count);
    for (const row of totals) {
      add(raw(row.g), 'elders', row.total);
      add(raw(row.g), 'notAssessed', row.not_assessed);
    }
    for (const row of levels) add(raw(row.g), `level:${row.care_level}`, row.count);
    for (const row of poverty) for (const k of ['total', 'centralized', 'dependent', 'dependent_centralized'] as const) add(raw(row.g), `poverty:${k}`, row[k]);
    for (const row of orders) for (const k of ['total', 'completed', 'cancelled', 'no_show'] as const) add(raw(row.g), `orders:${k}`, row[k]);
    return out;
  }

  private toModel(regionCode: string, name: string, unassigned: boolean, r: Raw, window: MonthWindow): RegionStatistics {
    const bedTotals = [BedCategory.SELF_CARE, BedCategory.NURSING, BedCategory.DEMENTIA].map((category) => ({
      category,
      total: get(r, `beds:${category}:total`),
      occupied: get(r, `beds:${category}:occupied`),
      reserved: get(r, `beds:${category}:reserved`),
    }));
    const allBeds = bedTotals.reduce((sum, b) => sum + b.total, 0);
    const occupied = bedTotals.reduce((sum, b) => sum + b.occupied, 0);
    const providersByKind = Object.values(ProviderKind).map((kind) => ({ kind, count: get(r, `kind:${kind}`) }));
    const totalProviders = providersByKind.reduce((a, b) => a + b.count, 0);
    return {
      regionCode,
      name,
      unassigned,
      providersByKind,
      beds: bedTotals,
      nursingBedShare: ratio(get(r, `beds:${BedCategory.NURSING}:total`), allBeds),
      occupancyRate: ratio(occupied, allBeds),
      homeBeds: get(r, 'homeBeds'),
      starDistribution: [1, 2, 3, 4, 5].map((s) => ({ stars: s, count: get(r, `stars:${s}`) })),
      unrated: totalProviders - get(r, 'rated'),
      elders: get(r, 'elders'),
      eldersByCareLevel: CARE_LEVELS_IN_ORDER.map((level: CareLevel) => ({ level, count: get(r, `level:${level}`) })),
      eldersNotAssessed: get(r, 'notAssessed'),
      extremePoverty: {
        total: get(r, 'poverty:total'),
        centralized: get(r, 'poverty:centralized'),
        dependent: get(r, 'poverty:dependent'),
        dependentCentralized: get(r, 'poverty:dependent_centralized'),
        dependentCentralizedRate: ratio(get(r, 'poverty:dependent_centralized'), get(r, 'poverty:dependent')),
      },
      homeCareOrders: { total: get(r, 'orders:total'), completed: get(r, 'orders:completed'), cancelled: get(r, 'orders:cancelled'), noShow: get(r, 'orders:no_show') },
      institutions: get(r, 'institutions'),
      gradedInstitutions: get(r, 'gradedInstitutions'),
      threeStarsOrMore: get(r, 'threeStarsOrMore'),
      window,
    };
  }

  /** The records of these figures: the region's prefix and, for an unassigned entry, none of the known children. */
  private sliceOf(stats: RegionStatistics): RegionSlice {
    return { prefix: stats.regionCode, excludedChildren: stats.excludedChildren ?? [] };
  }

  /** The month-by-month series of the window (China months), from each owner's monthly counts. */
  async monthly(stats: RegionStatistics): Promise<MonthlyFigures[]> {
    const slice = this.sliceOf(stats);
    const dates = { fromDate: stats.window.fromDate, untilDate: stats.window.untilDate };
    const [orders, stays, assessments, occupancy] = await Promise.all([
      this.homeCare.monthlyOrderCounts(slice, dates),
      this.beds.monthlyStays(slice, dates),
      this.assessments.monthlyCounts(slice, dates),
      this.capacity.monthlyOccupancy(slice, dates),
    ]);
    const { admissions, discharges } = stays;
    const byMonth = <T>(rows: Array<T & { m: string }>) => new Map(rows.map((r) => [r.m, r]));
    const o = byMonth<{ total: number; completed: number; cancelled: number; no_show: number }>(orders);
    const ad = byMonth<{ n: number }>(admissions);
    const di = byMonth<{ n: number }>(discharges);
    const as = byMonth<{ n: number }>(assessments);
    const oc = byMonth<{ total: number; occupied: number }>(occupancy);
    return stats.window.months.map((m) => ({
      month: m,
      homeCareOrders: { total: o.get(m)?.total ?? 0, completed: o.get(m)?.completed ?? 0, cancelled: o.get(m)?.cancelled ?? 0, noShow: o.get(m)?.no_show ?? 0 },
      admissions: ad.get(m)?.n ?? 0,
      discharges: di.get(m)?.n ?? 0,
      beds: oc.get(m)?.total ?? 0,
      occupiedBeds: oc.get(m)?.occupied ?? 0,
      occupancyRate: ratio(oc.get(m)?.occupied ?? 0, oc.get(m)?.total ?? 0),
      assessments: as.get(m)?.n ?? 0,
    }));
  }

  /** Townships of the region ranked by unmet need of dependent elders (see CareGap). */
  async careGaps(stats: RegionStatistics): Promise<CareGap[]> {
    const reachKm = await this.settings.get<number>(CARE_GAP_REACH_KM_SETTING, DEFAULT_CARE_GAP_REACH_KM, stats.regionCode);
    // Agencies are searched in a box of the largest radius any agency has (at most the 200 km the table allows).
    const [{ radius }] = await this.uow.manager.query(AGENCY_RADIUS_SQL);
    const query = careGapsQuery(this.sliceOf(stats), Number(radius), reachKm);
    const rows: Array<{ township: string; dependent: number; reached: number; beds: number }> = await this.uow.manager.query(query.sql, query.params);
    const names = await this.regions.namesOf(rows.map((r) => r.township));
    return rankCareGaps(
      rows.map((r) => ({ regionCode: r.township, name: names.get(r.township) ?? r.township, dependentElders: r.dependent, homeCareReach: r.reached, nursingBedsInReach: r.beds })),
      reachKm,
    );
  }

  /** The policy indicators of the region beside the targets set for it. */
  async indicators(stats: RegionStatistics): Promise<PolicyIndicator[]> {
    const targets = { ...DEFAULT_POLICY_TARGETS, ...(await this.settings.get<Partial<PolicyTargets>>(POLICY_TARGETS_SETTING, {}, stats.regionCode)) };
    return policyIndicators(
      {
        nursingBedShare: stats.nursingBedShare,
        dependentCentralizedRate: stats.extremePoverty.dependentCentralizedRate,
        gradedInstitutionShare: ratio(stats.gradedInstitutions, stats.institutions),
        threeStarsOrMoreShare: ratio(stats.threeStarsOrMore, stats.gradedInstitutions),
      },
      targets,
    );
  }
}
