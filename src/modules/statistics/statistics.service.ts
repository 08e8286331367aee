import { gradeInForceSql } from '../provider/provider-grade.policy.js';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { Actor } from '../../core/auth/actor.js';
import { regionPrefixPattern } from '../../core/access/region-code.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { BedCategory, CARE_LEVELS_IN_ORDER, CareLevel, ProviderKind } from '../../core/domain/enums.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import type { RegionStatistics } from './statistics.model.js';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/**
 * Regional figures for officers. A reporting read model: it aggregates other modules' tables in SQL
 * (one statement per table family, filtered by the region prefix on indexed columns) rather than loading rows.
 */
@Injectable()
export class StatisticsService {
  constructor(private readonly uow: UnitOfWork) {}

  async forRegion(actor: Actor, regionCode: string): Promise<RegionStatistics> {
    if (!/^\d{0,12}$/.test(regionCode)) {
      throw badInput('regionCode must be up to 12 digits', [{ path: 'regionCode', message: 'a region-code prefix of digits ("" is the whole country)' }]);
    }
    // An officer reads its own scope or any region inside it; a wider region is as invisible as a foreign one.
    if (!actsOnRegion(actor, regionCode)) {
      throw notFound('Region');
    }
    const prefix = regionPrefixPattern(regionCode);
    const [providers, beds, homeBeds, elders, levels, poverty, orders] = await Promise.all([
      this.uow.manager.query(
        `SELECT kind, count(*)::int AS count,
                count(${gradeInForceSql('p')})::int AS rated,
                array_agg(${gradeInForceSql('p')}) FILTER (WHERE ${gradeInForceSql('p')} IS NOT NULL) AS stars
           FROM providers p WHERE region_code LIKE $1 GROUP BY kind`,
        [prefix],
      ),
      this.uow.manager.query(
        `SELECT bc.category, sum(bc.total)::int AS total, sum(bc.occupied)::int AS occupied, sum(bc.reserved)::int AS reserved
           FROM bed_capacity bc JOIN providers p ON p.id = bc.provider_id
          WHERE p.region_code LIKE $1 GROUP BY bc.category`,
        [prefix],
      ),
      this.uow.manager.query(
        `SELECT count(*)::int AS count FROM home_beds hb JOIN providers p ON p.id = hb.provider_id
          WHERE hb.status = 'ACTIVE' AND p.region_code LIKE $1`,
        [prefix],
      ),
      this.uow.manager.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE care_level IS NULL)::int AS not_assessed FROM elders WHERE region_code LIKE $1`,
        [prefix],
      ),
      this.uow.manager.query(
        `SELECT care_level, count(*)::int AS count FROM elders WHERE region_code LIKE $1 AND care_level IS NOT NULL GROUP BY care_level`,
        [prefix],
      ),
      this.uow.manager.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE e.support_form = 'CENTRALIZED')::int AS centralized,
                count(*) FILTER (WHERE e.self_care_class = 'FULLY_DEPENDENT' OR e.care_level IN ('SEVERE','TOTAL'))::int AS dependent,
                count(*) FILTER (WHERE (e.self_care_class = 'FULLY_DEPENDENT' OR e.care_level IN ('SEVERE','TOTAL'))
                                   AND e.support_form = 'CENTRALIZED')::int AS dependent_centralized
           FROM elders e
          WHERE e.region_code LIKE $1
            AND EXISTS (SELECT 1 FROM elder_categories c WHERE c.elder_id = e.id AND c.category = 'EXTREME_POVERTY' AND c.verified_at IS NOT NULL)`,
        [prefix],
      ),
      this.uow.manager.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
                count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
                count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_show
           FROM home_care_orders WHERE elder_region_code LIKE $1`,
        [prefix],
      ),
    ]);

    const kindCount = new Map<string, number>(providers.map((r: { kind: string; count: number }) => [r.kind, r.count]));
    const stars = new Map<number, number>();
    let rated = 0;
    for (const row of providers as Array<{ rated: number; stars: number[] | null }>) {
      rated += row.rated;
      for (const s of row.stars ?? []) stars.set(s, (stars.get(s) ?? 0) + 1);
    }
    const bedRows = new Map<string, { total: number; occupied: number; reserved: number }>(beds.map((r: any) => [r.category, r]));
    const bedTotals = [BedCategory.SELF_CARE, BedCategory.NURSING, BedCategory.DEMENTIA].map((category) => ({
      category,
      total: bedRows.get(category)?.total ?? 0,
      occupied: bedRows.get(category)?.occupied ?? 0,
      reserved: bedRows.get(category)?.reserved ?? 0,
    }));
    const allBeds = bedTotals.reduce((sum, b) => sum + b.total, 0);
    const occupied = bedTotals.reduce((sum, b) => sum + b.occupied, 0);
    const nursing = bedTotals.find((b) => b.category === BedCategory.NURSING)!.total;
    const levelCount = new Map<string, number>(levels.map((r: { care_level: string; count: number }) => [r.care_level, r.count]));
    const totalProviders = [...kindCount.values()].reduce((a, b) => a + b, 0);
    const p = poverty[0];
    return {
      regionCode,
      providersByKind: Object.values(ProviderKind).map((kind) => ({ kind, count: kindCount.get(kind) ?? 0 })),
      beds: bedTotals,
      nursingBedShare: ratio(nursing, allBeds),
      occupancyRate: ratio(occupied, allBeds),
      homeBeds: homeBeds[0].count,
      starDistribution: [1, 2, 3, 4, 5].map((s) => ({ stars: s, count: stars.get(s) ?? 0 })),
      unrated: totalProviders - rated,
      elders: elders[0].total,
      eldersByCareLevel: CARE_LEVELS_IN_ORDER.map((level: CareLevel) => ({ level, count: levelCount.get(level) ?? 0 })),
      eldersNotAssessed: elders[0].not_assessed,
      extremePoverty: {
        total: p.total,
        centralized: p.centralized,
        dependent: p.dependent,
        dependentCentralized: p.dependent_centralized,
        dependentCentralizedRate: ratio(p.dependent_centralized, p.dependent),
      },
      homeCareOrders: { total: orders[0].total, completed: orders[0].completed, cancelled: orders[0].cancelled, noShow: orders[0].no_show },
    };
  }
}
