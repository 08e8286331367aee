// The one candidate query of matchProviders. The geo index (GiST on kind and ll_to_earth) finds providers of the
// setting's kinds inside the search box, the great-circle distance trims the box to the circle, every hard filter runs in SQL, and the same weighted score as
// match.policy orders the rows so that LIMIT keeps the best. The application then re-checks and re-scores the short
// list with match.policy, which is the rule of record and writes the explanations: the SQL score only has to rank
// the best `first` inside the short list, and the e2e tests pin that both agree.

import { gradeInForceSql } from '../provider/provider-grade.policy.js';
import { regionalScalarSql } from '../../core/settings/regional.js';
import { boxContainsSql, boxRadiusMetres, distanceKmSql } from '../../core/database/geo.js';
import type { BedCategory, CandidateBeds, MatchCandidate, MatchParams, ResolvedNeed } from './match.policy.js';
import { KINDS_BY_SETTING } from './match.policy.js';

/** The bed module's setting for the reserved share (per region prefix of the provider), read as reserveBed reads it. */
export const RESERVED_SHARE_SETTING = 'bed.reservedSharePercent';

export interface CandidateQuery {
  sql: string;
  params: unknown[];
}

export function candidateQuery(need: ResolvedNeed, params: MatchParams, limit: number): CandidateQuery {
  const values: unknown[] = [];
  const p = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const w = params.weights;
  const lat = p(need.location.latitude);
  const lon = p(need.location.longitude);
  // The box on the GiST index, a little larger than the circle (core/database/geo).
  const boxRadiusM = p(boxRadiusMetres(need.maxDistanceKm));
  const residential = need.setting === 'RESIDENTIAL' && need.bedCategory != null;
  const services = need.services.length > 0;
  // Day and home care cost the requested services (match.policy estimateMonthlyCost); a residential place costs a bed.
  const pricedServices = services && need.setting !== 'RESIDENTIAL';

  // Inner query: the box on the GiST index and the filters on the provider's own columns; the distance is computed
  // there once per row (OFFSET 0 keeps the planner from copying the expression into every later use).
  const inner: string[] = [
    boxContainsSql(lat, lon, boxRadiusM),
    // One equality per kind (not = ANY): each can use the (kind, location) GiST index on its own, in a BitmapOr.
    `(${KINDS_BY_SETTING[need.setting].map((kind) => `p.kind = ${p(kind)}::text`).join(' OR ')})`,
  ];
  if (need.regionCode) inner.push(`p.region_code LIKE ${p(need.regionCode + '%')}`);
  if (need.careLevel) inner.push(`${p(need.careLevel)}::text = ANY(p.accepts_care_levels)`);
  if (need.needsDementiaCare) inner.push(`p.dementia_care`);
  if (need.setting === 'HOME_CARE') {
    inner.push(`p.service_radius_km IS NOT NULL`);
    // A nursing home serves homes only when it offers home services.
    inner.push(`(p.kind <> 'NURSING_HOME' OR p.service_offers <> '{}'::jsonb)`);
  }
  // Every requested service is offered: providers.service_offers (kept by triggers from provider_services) on the row.
  if (services) inner.push(`p.service_offers ?& ${p(need.services)}::text[]`);

  // The distance trims the box's corners to the true circle.
  const where: string[] = [`p.km <= ${p(need.maxDistanceKm)}::float8`];
  if (need.setting === 'HOME_CARE') {
    where.push(`p.km <= p.service_radius_km`);
  }
  if (need.minStars > 0) where.push(`coalesce(p.stars, 0) >= ${p(need.minStars)}`);

  let joins = '';
  // Every placeholder must be used, or PostgreSQL cannot type it: values are bound only once a branch is chosen.
  let bedColumns = `NULL::int AS total, NULL::int AS occupied, NULL::int AS held, NULL::int AS monthly_price_fen, NULL::int AS available,
    NULL::int AS share_percent, NULL::int AS supported_in_use`;
  let capacityValue: string;
  if (!residential) {
    capacityValue = `${p(params.untrackedCapacityValue)}::float8`;
  } else {
    const category = p(need.bedCategory);
    joins += ` JOIN bed_capacity b ON b.provider_id = p.id AND b.category = ${category}`;
    let kept = '0';
    if (!need.governmentSupported) {
      // The unused part of a public-built private-run home's reserved share (bed/reserved-share.policy:
      // ceil(total * pct / 100) minus the beds supported elders hold or occupy) is not offered to this elder. The share
      // is the provider's regional setting and the count comes from bed reservations, exactly as reserveBed sees them.
      // CASE keeps both lookups to those homes (a lateral WHERE on the ownership ran them for every row), and OFFSET 0
      // keeps the planner from copying them into each later use of pct and in_use.
      joins += ` CROSS JOIN LATERAL (
          SELECT CASE WHEN p.ownership = 'PUBLIC_BUILT_PRIVATE_RUN' THEN
                   coalesce(${regionalScalarSql(p(RESERVED_SHARE_SETTING), 'p.region_code', 'int')}, ${p(params.reservedSharePercent)}::int) END AS pct,
                 CASE WHEN p.ownership = 'PUBLIC_BUILT_PRIVATE_RUN' THEN
                   (SELECT count(*)::int FROM bed_reservations r
                     WHERE r.provider_id = p.id AND r.category = ${category} AND r.government_supported
                       AND r.status IN ('HELD','ADMITTED')) END AS in_use
          OFFSET 0) sh`;
      kept = `coalesce(greatest(0, (b.total * sh.pct + 99) / 100 - sh.in_use), 0)`;
    }
    joins += ` CROSS JOIN LATERAL (SELECT greatest(0, greatest(0, b.total - b.occupied - b.reserved) - ${kept}) AS available) bf`;
    where.push(`bf.available >= 1`);
    bedColumns = need.governmentSupported
      ? `b.total, b.occupied, b.reserved AS held, b.monthly_price_fen, bf.available, NULL::int AS share_percent, NULL::int AS supported_in_use`
      : `b.total, b.occupied, b.reserved AS held, b.monthly_price_fen, bf.available, sh.pct AS share_percent, sh.in_use AS supported_in_use`;
    capacityValue = `least(100, 100.0 * bf.available / ${p(params.capacitySaturationBeds)}::float8)`;
  }

  // What the family pays a month after the subsidy, against its budget (match.policy priceValue); null: no price.
  const priceOf = (cost: string) => {
    const subsidy = `least(${p(need.monthlySubsidyFen)}::float8, floor(${cost} * ${p(need.subsidyCoverageBp)}::float8 / 10000))`;
    const oop = `greatest(0, ${cost} - greatest(0, ${subsidy}))`;
    const budget = `${p(need.monthlyBudgetFen)}::float8`;
    return `CASE WHEN ${cost} IS NULL THEN ${p(params.unknownPriceValue)}::float8
                 WHEN ${budget} <= 0 THEN CASE WHEN ${oop} <= 0 THEN 100 ELSE 0 END
                 ELSE greatest(0, least(100, 100 - 50 * ${oop} / ${budget})) END`;
  };
  let priceValue: string | null = null;
  let costColumn = 'NULL::float8 AS cost_fen';
  if (residential) {
    // A residential place costs the published monthly price of a bed of the category.
    priceValue = priceOf('b.monthly_price_fen::float8');
    costColumn = 'b.monthly_price_fen::float8 AS cost_fen';
  } else if (pricedServices) {
    // The month's price of the requested services, from the offers on the row (the inner query kept only providers
    // offering all of them).
    joins += ` CROSS JOIN LATERAL (
        SELECT round(sum((o.offer ->> 'priceFen')::float8
                         * coalesce((${p(JSON.stringify(unitVariants(params.unitsPerMonth)))}::jsonb ->> lower(btrim(o.offer ->> 'unit')))::float8,
                                    ${p(params.defaultUnitsPerMonth)}::float8)))::float8 AS cost
          FROM (SELECT p.service_offers -> k AS offer FROM unnest(${p(need.services)}::text[]) k) o) sv`;
    priceValue = priceOf('sv.cost');
    costColumn = 'sv.cost AS cost_fen';
  }
  priceValue ??= `${p(params.unknownPriceValue)}::float8`;

  const km = `p.km`;
  const max = `${p(need.maxDistanceKm)}::float8`;
  const distanceValue = `CASE WHEN ${max} <= 0 THEN 100 ELSE greatest(0, least(100, 100 * (1 - (${km}) / ${max}))) END`;
  const starsValue = `CASE WHEN p.stars IS NULL OR p.stars <= 0 THEN ${p(params.ungradedStarsValue)}::float8 ELSE least(100, p.stars * 20) END`;
  const priorMean = p(params.reviewPriorMean);
  const priorCount = p(params.reviewPriorCount);
  const reviewsValue = `greatest(0, least(100, ((p.review_sum + ${priorMean}::float8 * ${priorCount}::float8) / (p.review_count + ${priorCount}::float8) - 1) / 4 * 100))`;
  const serves = need.elderId
    ? `EXISTS (SELECT 1 FROM provider_elder_links l WHERE l.provider_id = p.id AND l.elder_id = ${p(need.elderId)}::uuid)`
    : 'false';
  // Unrounded (the policy rounds each value to 2 decimals): at most 0.005 apart, which the short list's margin absorbs,
  // and numeric rounding on every row of a dense box costs more than it is worth.
  const score = [
    `${p(w.DISTANCE)}::float8 * (${distanceValue})`,
    `${p(w.STARS)}::float8 * (${starsValue})`,
    `${p(w.CAPACITY)}::float8 * (${capacityValue})`,
    `${p(w.PRICE)}::float8 * (${priceValue})`,
    `${p(w.REVIEWS)}::float8 * (${reviewsValue})`,
    `${p(w.CONTINUITY)}::float8 * CASE WHEN ${serves} THEN 100 ELSE 0 END`,
  ].join(' + ');

  const sql = `
    SELECT c.*, pr.service_offers,
           -- The whole provider row for the GraphQL Provider, so that no second round trip is needed.
           to_jsonb(pr) - 'service_offers' AS provider
      FROM (
        SELECT p.id, p.kind, p.ownership, p.region_code, p.service_radius_km, p.accepts_care_levels, p.dementia_care,
               p.stars, p.review_count, p.review_sum, p.km AS distance_km, ${bedColumns}, ${costColumn},
               ${serves} AS serves_elder,
               ${score} AS sql_score
          FROM (
            SELECT p.id, p.kind, p.ownership, p.region_code, p.service_radius_km, p.accepts_care_levels, p.dementia_care,
                   p.review_count, p.review_sum,${pricedServices ? ' p.service_offers,' : ''}
                   ${gradeInForceSql('p')} AS stars,
                   ${distanceKmSql(lat, lon)} AS km
              FROM providers p
             WHERE ${inner.join('\n               AND ')}
            OFFSET 0
          ) p
          ${joins}
         WHERE ${where.join('\n           AND ')}
         ORDER BY sql_score DESC, distance_km, p.id
         LIMIT ${p(limit)}
      ) c
      JOIN providers pr ON pr.id = c.id
     ORDER BY c.sql_score DESC, c.distance_km, c.id`;
  return { sql, params: values };
}

/**
 * The unit table with the spellings match.policy's normaliseUnit folds together (plural, "per x", "/x", "每x"), so that
 * SQL can look a unit up with lower(btrim(unit)) instead of running regular expressions on every service row.
 */
export function unitVariants(units: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [unit, n] of Object.entries(units)) {
    for (const base of [unit, `${unit}s`]) for (const prefix of ['', 'per ', 'per', '/', '每']) out[`${prefix}${base}`] ??= n;
  }
  return out;
}

export interface CandidateRow {
  id: string;
  kind: MatchCandidate['kind'];
  ownership: MatchCandidate['ownership'];
  region_code: string;
  service_radius_km: number | null;
  accepts_care_levels: MatchCandidate['acceptsCareLevels'];
  dementia_care: boolean;
  stars: number | null;
  review_count: number;
  review_sum: number;
  distance_km: number;
  total: number | null;
  occupied: number | null;
  held: number | null;
  monthly_price_fen: number | null;
  share_percent: number | null;
  supported_in_use: number | null;
  serves_elder: boolean;
  sql_score: number;
  /** providers.service_offers: the provider's services by kind. */
  service_offers: Record<string, { priceFen: number; unit: string }>;
  /** The providers row as JSON (column names as keys). */
  provider: Record<string, unknown>;
}

/** A row of the candidate query as match.policy sees it. */
export function toCandidate(row: CandidateRow, bedCategory: BedCategory | null): MatchCandidate {
  const beds: Partial<Record<BedCategory, CandidateBeds>> = {};
  if (bedCategory && row.total != null) {
    beds[bedCategory] = {
      total: row.total,
      occupied: row.occupied ?? 0,
      held: row.held ?? 0,
      monthlyPriceFen: row.monthly_price_fen ?? null,
      supportedInUse: row.supported_in_use ?? 0,
      ...(row.share_percent != null ? { sharePercent: row.share_percent } : {}),
    };
  }
  const reviewCount = Number(row.review_count);
  return {
    id: row.id,
    kind: row.kind,
    ownership: row.ownership,
    regionCode: row.region_code,
    distanceKm: Number(row.distance_km),
    serviceRadiusKm: row.service_radius_km == null ? null : Number(row.service_radius_km),
    acceptsCareLevels: row.accepts_care_levels,
    dementiaCare: row.dementia_care,
    stars: row.stars == null ? null : Number(row.stars),
    beds,
    services: Object.keys(row.service_offers)
      .sort()
      .map((kind) => ({ kind, priceFen: row.service_offers[kind].priceFen, unit: row.service_offers[kind].unit })),
    reviewCount,
    reviewAverage: reviewCount > 0 ? Number(row.review_sum) / reviewCount : null,
    servesElder: row.serves_elder,
  };
}
