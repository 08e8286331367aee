import { gradeInForceSql } from '../provider/provider-grade.policy.js';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { Actor } from '../../core/auth/actor.js';
import { regionPrefixPattern } from '../../core/access/region-code.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { BedCategory, CARE_LEVELS_IN_ORDER, CareLevel, ProviderKind } from '../../core/domain/enums.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { RegionService } from '../region/region.service.js';
import type { CareGap, MonthlyFigures, PolicyIndicator, RegionStatistics } from './statistics.model.js';
import { DEFAULT_POLICY_TARGETS, monthWindow, policyIndicators, rankCareGaps, type MonthWindow, type PolicyTargets } from './statistics.policy.js';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** Setting (per region prefix): how far (km) a nursing-type bed counts as within reach of an elder's home. */
export const CARE_GAP_REACH_KM_SETTING = 'statistics.careGapReachKm';
export const DEFAULT_CARE_GAP_REACH_KM = 10;
/** Setting (per region prefix): the policy targets the indicators are set against. */
export const POLICY_TARGETS_SETTING = 'statistics.policyTargets';
/** Home-care agencies serve at most this far (the providers table's CHECK). */
const MAX_SERVICE_RADIUS_KM = 200;

/** Sums of one region group: counters by name, so that groups can be added (a parent's unassigned part). */
type Raw = Map<string, number>;

const add = (into: Raw, key: string, n: number) => into.set(key, (into.get(key) ?? 0) + n);
const get = (raw: Raw, key: string) => raw.get(key) ?? 0;

/** The length of a region's children's codes: province → city → county → township; townships have none loaded. */
function childCodeLength(code: string): number | null {
  return ({ 0: 2, 2: 4, 4: 6, 6: 9 } as Record<number, number>)[code.length] ?? null;
}

/**
 * Regional figures for officers. A reporting read model: it aggregates other modules' tables in SQL
 * (one statement per table family, filtered by the region prefix on indexed columns, grouped by child region when the
 * children are asked for) rather than loading rows.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly regions: RegionService,
    private readonly settings: SettingsService,
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
    const like = regionPrefixPattern(prefix);
    const g = (column: string) => `left(${column}, ${groupLength})`;
    const orderWindow = window.explicit
      ? `AND starts_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AND starts_at < ($3::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`
      : '';
    const [providers, beds, homeBeds, elders, levels, poverty, orders] = await Promise.all([
      this.uow.manager.query(
        `SELECT ${g('region_code')} AS g, kind, count(*)::int AS count,
                count(${gradeInForceSql('p')})::int AS rated,
                count(*) FILTER (WHERE ${gradeInForceSql('p')} >= 3)::int AS three_plus,
                array_agg(${gradeInForceSql('p')}) FILTER (WHERE ${gradeInForceSql('p')} IS NOT NULL) AS stars
           FROM providers p WHERE region_code LIKE $1 GROUP BY 1, kind`,
        [like],
      ),
      this.uow.manager.query(
        `SELECT ${g('p.region_code')} AS g, bc.category, sum(bc.total)::int AS total, sum(bc.occupied)::int AS occupied, sum(bc.reserved)::int AS reserved
           FROM bed_capacity bc JOIN providers p ON p.id = bc.provider_id
          WHERE p.region_code LIKE $1 GROUP BY 1, bc.category`,
        [like],
      ),
      this.uow.manager.query(
        `SELECT ${g('p.region_code')} AS g, count(*)::int AS count FROM home_beds hb JOIN providers p ON p.id = hb.provider_id
          WHERE hb.status = 'ACTIVE' AND p.region_code LIKE $1 GROUP BY 1`,
        [like],
      ),
      this.uow.manager.query(
        `SELECT ${g('region_code')} AS g, count(*)::int AS total, count(*) FILTER (WHERE care_level IS NULL)::int AS not_assessed
           FROM elders WHERE region_code LIKE $1 GROUP BY 1`,
        [like],
      ),
      this.uow.manager.query(
        `SELECT ${g('region_code')} AS g, care_level, count(*)::int AS count FROM elders WHERE region_code LIKE $1 AND care_level IS NOT NULL GROUP BY 1, care_level`,
        [like],
      ),
      this.uow.manager.query(
        `SELECT ${g('e.region_code')} AS g, count(*)::int AS total,
                count(*) FILTER (WHERE e.support_form = 'CENTRALIZED')::int AS centralized,
                count(*) FILTER (WHERE e.self_care_class = 'FULLY_DEPENDENT' OR e.care_level IN ('SEVERE','TOTAL'))::int AS dependent,
                count(*) FILTER (WHERE (e.self_care_class = 'FULLY_DEPENDENT' OR e.care_level IN ('SEVERE','TOTAL'))
                                   AND e.support_form = 'CENTRALIZED')::int AS dependent_centralized
           FROM elders e
          WHERE e.region_code LIKE $1
            AND EXISTS (SELECT 1 FROM elder_categories c WHERE c.elder_id = e.id AND c.category = 'EXTREME_POVERTY' AND c.verified_at IS NOT NULL)
          GROUP BY 1`,
        [like],
      ),
      this.uow.manager.query(
        `SELECT ${g('elder_region_code')} AS g, count(*)::int AS total,
                count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
                count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
                count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_show
           FROM home_care_orders WHERE elder_region_code LIKE $1 ${orderWindow} GROUP BY 1`,
        window.explicit ? [like, window.fromDate, window.untilDate] : [like],
      ),
    ]);
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
    for (const row of beds) for (const k of ['total', 'occupied', 'reserved']) add(raw(row.g), `beds:${row.category}:${k}`, row[k]);
    for (const row of homeBeds) add(raw(row.g), 'homeBeds', row.count);
    for (const row of elders) {
      add(raw(row.g), 'elders', row.total);
      add(raw(row.g), 'notAssessed', row.not_assessed);
    }
    for (const row of levels) add(raw(row.g), `level:${row.care_level}`, row.count);
    for (const row of poverty) for (const k of ['total', 'centralized', 'dependent', 'dependent_centralized']) add(raw(row.g), `poverty:${k}`, row[k]);
    for (const row of orders) for (const k of ['total', 'completed', 'cancelled', 'no_show']) add(raw(row.g), `orders:${k}`, row[k]);
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

  /**
   * The SQL condition on a region-code column for these figures ($1 the prefix pattern, $4 the children left out):
   * the prefix, and for an unassigned entry, none of the known children.
   */
  private regionCondition(stats: RegionStatistics, column: string): string {
    // Without children to leave out, $4 is an empty list and the second condition holds for every row.
    const length = stats.excludedChildren?.length ? stats.excludedChildren[0].length : 0;
    return `${column} LIKE $1 AND left(${column}, ${length}) <> ALL($4::text[])`;
  }

  /** The month-by-month series of the window (China months). */
  async monthly(stats: RegionStatistics): Promise<MonthlyFigures[]> {
    const code = regionPrefixPattern(stats.regionCode);
    const own = (column: string) => this.regionCondition(stats, column);
    const { fromDate, untilDate } = stats.window;
    const inWindow = (column: string) =>
      `${column} >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AND ${column} < ($3::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`;
    const month = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
    const params = [code, fromDate, untilDate, stats.excludedChildren ?? []];
    const [orders, admissions, discharges, assessments, occupancy] = await Promise.all([
      this.uow.manager.query(
        `SELECT ${month('starts_at')} AS m, count(*)::int AS total,
                count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
                count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
                count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_show
           FROM home_care_orders WHERE ${own('elder_region_code')} AND ${inWindow('starts_at')} GROUP BY 1`,
        params,
      ),
      this.uow.manager.query(
        `SELECT ${month('admitted_at')} AS m, count(*)::int AS n FROM bed_reservations
          WHERE ${own('provider_region_code')} AND admitted_at IS NOT NULL AND ${inWindow('admitted_at')} GROUP BY 1`,
        params,
      ),
      this.uow.manager.query(
        `SELECT ${month('ended_at')} AS m, count(*)::int AS n FROM bed_reservations
          WHERE ${own('provider_region_code')} AND status = 'DISCHARGED' AND ${inWindow('ended_at')} GROUP BY 1`,
        params,
      ),
      this.uow.manager.query(
        `SELECT ${month('a.assessed_at')} AS m, count(*)::int AS n FROM capability_assessments a JOIN elders e ON e.id = a.elder_id
          WHERE ${own('e.region_code')} AND ${inWindow('a.assessed_at')} GROUP BY 1`,
        params,
      ),
      // The counts at each month's end, of the providers registered by then: the last change before it, or (none yet)
      // the state before the first change after it, or (never changed since) the counts now.
      this.uow.manager.query(
        `WITH months AS (
           SELECT to_char(m, 'YYYY-MM') AS m, (m + interval '1 month') AT TIME ZONE 'Asia/Shanghai' AS month_end
             FROM generate_series($2::date::timestamp, $3::date::timestamp - interval '1 month', interval '1 month') AS m)
         SELECT months.m, coalesce(sum(s.total), 0)::int AS total, coalesce(sum(s.occupied), 0)::int AS occupied
           FROM months
           LEFT JOIN (bed_capacity bc JOIN providers p ON p.id = bc.provider_id AND ${own('p.region_code')}) ON p.created_at < months.month_end
           LEFT JOIN LATERAL (
             SELECT coalesce(last.total_after, first.total_before, bc.total) AS total,
                    coalesce(last.occupied_after, first.occupied_before, bc.occupied) AS occupied
               FROM (SELECT 1) one
               LEFT JOIN LATERAL (SELECT h.total_after, h.occupied_after FROM bed_capacity_history h
                                   WHERE h.provider_id = bc.provider_id AND h.category = bc.category AND h.changed_at < months.month_end
                                   ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) last ON true
               LEFT JOIN LATERAL (SELECT h.total_before, h.occupied_before FROM bed_capacity_history h
                                   WHERE h.provider_id = bc.provider_id AND h.category = bc.category AND h.changed_at >= months.month_end
                                   ORDER BY h.changed_at, h.id LIMIT 1) first ON true
              WHERE bc.provider_id IS NOT NULL) s ON true
          GROUP BY months.m`,
        params,
      ),
    ]);
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
    const code = regionPrefixPattern(stats.regionCode);
    // Agencies are searched in a box of the largest radius any agency has (at most the 200 km the table allows).
    const [{ radius }] = await this.uow.manager.query(
      `SELECT coalesce(max(service_radius_km), 0)::float8 AS radius FROM providers WHERE kind = 'HOME_CARE_AGENCY'`,
    );
    // The box (GiST index on providers) around the elder's home, then the distance as matching measures it (core/database/geo).
    const near = (home: string, row: string, km: string) =>
      `earth_box(ll_to_earth(${home}.latitude, ${home}.longitude), ${km}::float8 * 1002) @> ll_to_earth(${row}.latitude, ${row}.longitude)
       AND ((point(${home}.longitude, ${home}.latitude) <@> point(${row}.longitude, ${row}.latitude)) * 1.609344)`;
    const rows: Array<{ township: string; dependent: number; reached: number; beds: number }> = await this.uow.manager.query(
      `WITH d AS (
         SELECT e.id, left(e.region_code, 9) AS township, e.latitude, e.longitude,
                EXISTS (SELECT 1 FROM providers a
                         WHERE a.kind = 'HOME_CARE_AGENCY' AND a.service_radius_km > 0
                           AND ${near('e', 'a', '$2')} <= a.service_radius_km) AS reached
           FROM elders e
          WHERE ${this.regionCondition(stats, 'e.region_code')} AND e.care_level IN ('SEVERE','TOTAL')
            AND NOT EXISTS (SELECT 1 FROM bed_reservations r WHERE r.elder_id = e.id AND r.status = 'ADMITTED')),
       beds AS (
         SELECT township, sum(free)::int AS free FROM (
           SELECT DISTINCT d.township, p.id, GREATEST(bc.total - bc.occupied - bc.reserved, 0) AS free
             FROM d JOIN providers p ON ${near('d', 'p', '$3')} <= $3::float8
             JOIN bed_capacity bc ON bc.provider_id = p.id AND bc.category = 'NURSING'
            WHERE NOT d.reached) x
          GROUP BY township)
       SELECT d.township, count(*)::int AS dependent, count(*) FILTER (WHERE d.reached)::int AS reached, coalesce(max(b.free), 0)::int AS beds
         FROM d LEFT JOIN beds b ON b.township = d.township
        GROUP BY d.township`,
      [code, Math.min(MAX_SERVICE_RADIUS_KM, Number(radius)), reachKm, stats.excludedChildren ?? []],
    );
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
