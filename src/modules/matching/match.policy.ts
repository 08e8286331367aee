// Pure rules of provider matching: which providers may take a need (hard filters), how well each one fits
// (weighted, explained factors), what it costs, and the order. No Nest, no database: the service feeds these
// functions with rows that the candidate query found, and the unit tests feed them with hand-made rows.

import {
  BedCategory as BedCategoryEnum,
  CareLevel as CareLevelEnum,
  CareSetting as CareSettingEnum,
  valuesOf,
  type BedCategoryName,
  type CareLevelName,
  type CareSettingName,
  type ElderCategoryName,
  type OwnershipName,
  type ProviderKindName,
} from '../../core/domain/enums.js';
import { isGovernmentSupported as countsAsSupported, protectedFreeBeds } from '../bed/reserved-share.policy.js';

export const CARE_SETTINGS = valuesOf(CareSettingEnum);
export type CareSetting = CareSettingName;
export type ProviderKind = ProviderKindName;
export type Ownership = OwnershipName;
export const BED_CATEGORIES = valuesOf(BedCategoryEnum);
export type BedCategory = BedCategoryName;
export const CARE_LEVELS = valuesOf(CareLevelEnum);
export type CareLevel = CareLevelName;
export type ElderCategory = ElderCategoryName;
export type ServiceKind = string;

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Which provider kinds can serve each setting. A nursing home serves HOME_CARE only when it offers home services. */
export const KINDS_BY_SETTING: Readonly<Record<CareSetting, readonly ProviderKind[]>> = {
  RESIDENTIAL: ['NURSING_HOME'],
  DAY_CARE: ['DAY_CARE_CENTRE', 'RURAL_HAPPINESS_HOME'],
  HOME_CARE: ['HOME_CARE_AGENCY', 'NURSING_HOME'],
};

export const MATCH_FACTORS = ['DISTANCE', 'STARS', 'CAPACITY', 'PRICE', 'REVIEWS', 'CONTINUITY'] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];
export type MatchWeights = Readonly<Record<MatchFactor, number>>;

/** Distance and price matter most to families; a grade and a free bed next; reviews and continuity break near-ties. */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  DISTANCE: 0.3,
  STARS: 0.2,
  CAPACITY: 0.1,
  PRICE: 0.2,
  REVIEWS: 0.1,
  CONTINUITY: 0.1,
};

export const HARD_FILTERS = [
  'SETTING',
  'REGION',
  'CARE_LEVEL',
  'DEMENTIA_CARE',
  'FREE_BED',
  'SERVICE_RADIUS',
  'SERVICES',
  'DISTANCE',
  'MIN_STARS',
] as const;
export type HardFilter = (typeof HARD_FILTERS)[number];

export interface MatchParams {
  weights: MatchWeights;
  /** Search radius when the need names none. */
  defaultMaxDistanceKm: number;
  /** Larger radii are cut down to this: beyond it "near her" no longer holds, and the geo index stops paying off. */
  maxDistanceCapKm: number;
  /**
   * Percent of a public-built private-run home's beds kept for government-supported elders (公建民营 reserved beds).
   * The same setting and arithmetic as bed reservation (bed/reserved-share.policy), so that a bed matching offers
   * is a bed reserveBed grants.
   */
  reservedSharePercent: number;
  /** This many free beds (or more) score 100 on capacity. */
  capacitySaturationBeds: number;
  /** Capacity value where capacity is not counted in beds (day care, home care): the same for every provider. */
  untrackedCapacityValue: number;
  /** Monthly budget assumed when the need names none, per setting, so that cheaper still scores better. */
  referenceMonthlyBudgetFen: Readonly<Record<CareSetting, number>>;
  /** Price value when the provider publishes no price for what is needed. */
  unknownPriceValue: number;
  /** Billing units per month, by normalised unit name, to turn a unit price into a monthly estimate. */
  unitsPerMonth: Readonly<Record<string, number>>;
  /** Units per month for a unit name not listed above. */
  defaultUnitsPerMonth: number;
  /** Reviews are shrunk towards this mean with this many phantom reviews, so one 5-star review is not a 5-star provider. */
  reviewPriorMean: number;
  reviewPriorCount: number;
  /** Value of a star grade; an ungraded provider gets `ungradedStarsValue`. */
  ungradedStarsValue: number;
  /** Settings the government-purchased service allowance pays for (居家/社区 services, not an institution's bed). */
  subsidisedSettings: readonly CareSetting[];
}

export const DEFAULT_MATCH_PARAMS: MatchParams = {
  weights: DEFAULT_MATCH_WEIGHTS,
  defaultMaxDistanceKm: 10,
  maxDistanceCapKm: 100,
  reservedSharePercent: 20,
  capacitySaturationBeds: 10,
  untrackedCapacityValue: 50,
  referenceMonthlyBudgetFen: { RESIDENTIAL: 400_000, DAY_CARE: 150_000, HOME_CARE: 100_000 },
  unknownPriceValue: 50,
  // Twice a week for visits; every working day for day-care units.
  unitsPerMonth: {
    visit: 8,
    time: 8,
    次: 8,
    hour: 8,
    小时: 8,
    session: 8,
    meal: 22,
    餐: 22,
    day: 22,
    天: 22,
    日: 22,
    week: 4,
    周: 4,
    month: 1,
    月: 1,
  },
  defaultUnitsPerMonth: 8,
  reviewPriorMean: 3,
  reviewPriorCount: 5,
  ungradedStarsValue: 0,
  subsidisedSettings: ['HOME_CARE', 'DAY_CARE'],
};

/** Checks a weight set: each 0..1 and together 1 (within rounding). Returns the problems, empty when valid. */
export function weightProblems(weights: Partial<Record<MatchFactor, number>>): string[] {
  const problems: string[] = [];
  let sum = 0;
  for (const factor of MATCH_FACTORS) {
    const w = weights[factor];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 1) {
      problems.push(`${factor} weight must be a number from 0 to 1`);
      continue;
    }
    sum += w;
  }
  if (problems.length === 0 && Math.abs(sum - 1) > 1e-6) problems.push(`weights add up to ${sum}, not 1`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The need

/** A need as the API receives it (CareNeedInput), before the elder's record fills the gaps. */
export interface CareNeedRequest {
  location?: GeoPoint | null;
  regionCode?: string | null;
  setting?: CareSetting | null;
  services?: readonly ServiceKind[] | null;
  bedCategory?: BedCategory | null;
  careLevel?: CareLevel | null;
  maxDistanceKm?: number | null;
  monthlyBudgetFen?: number | null;
  needsDementiaCare?: boolean | null;
  minStars?: number | null;
}

/** What matching needs to know about an elder (from the elders module). */
export interface ElderNeedSource {
  id: string;
  location: GeoPoint | null;
  careLevel: CareLevel | null;
  dementia: boolean;
  /** Only verified categories count: a claimed category must not unlock reserved beds or subsidy. */
  verifiedCategories: readonly ElderCategory[];
  /** Monthly government-purchased service allowance the elder is eligible for, in fen (0 when none). */
  monthlySubsidyFen: number;
  /** Share of each service's price the subsidy pays, in basis points (10000 = all of it), up to the allowance. */
  subsidyCoverageBp: number;
}

export interface ResolvedNeed {
  elderId: string | null;
  location: GeoPoint;
  regionCode: string | null;
  setting: CareSetting;
  services: readonly ServiceKind[];
  /** The bed category a RESIDENTIAL need must find free; null for other settings. */
  bedCategory: BedCategory | null;
  careLevel: CareLevel | null;
  needsDementiaCare: boolean;
  maxDistanceKm: number;
  /** True when the caller gave a budget; otherwise `monthlyBudgetFen` is the reference budget of the setting. */
  budgetGiven: boolean;
  monthlyBudgetFen: number;
  minStars: number;
  governmentSupported: boolean;
  /** The allowance that applies to this setting (0 where the subsidy does not pay, e.g. residential care). */
  monthlySubsidyFen: number;
  subsidyCoverageBp: number;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Input problems that need no database: reported together, each naming its field. */
export function needProblems(request: CareNeedRequest, hasElder: boolean, first?: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const loc = request.location;
  if (loc) {
    if (!Number.isFinite(loc.latitude) || loc.latitude < -90 || loc.latitude > 90) {
      problems.push({ field: 'location.latitude', message: 'latitude must be between -90 and 90' });
    }
    if (!Number.isFinite(loc.longitude) || loc.longitude < -180 || loc.longitude > 180) {
      problems.push({ field: 'location.longitude', message: 'longitude must be between -180 and 180' });
    }
  } else if (!hasElder) {
    problems.push({ field: 'location', message: 'give an elderId or a location' });
  }
  if (request.maxDistanceKm != null && (!Number.isFinite(request.maxDistanceKm) || request.maxDistanceKm < 0)) {
    problems.push({ field: 'maxDistanceKm', message: 'maxDistanceKm must be zero or more' });
  }
  if (request.monthlyBudgetFen != null && (!Number.isInteger(request.monthlyBudgetFen) || request.monthlyBudgetFen < 0)) {
    problems.push({ field: 'monthlyBudgetFen', message: 'monthlyBudgetFen must be a whole number of fen, zero or more' });
  }
  if (request.minStars != null && (!Number.isInteger(request.minStars) || request.minStars < 0 || request.minStars > 5)) {
    problems.push({ field: 'minStars', message: 'minStars must be from 0 to 5' });
  }
  if (request.regionCode != null && !/^\d{2,12}$/.test(request.regionCode)) {
    problems.push({ field: 'regionCode', message: 'regionCode must be 2 to 12 digits' });
  }
  if (first != null && (!Number.isInteger(first) || first < 1 || first > MAX_FIRST)) {
    problems.push({ field: 'first', message: `first must be from 1 to ${MAX_FIRST}` });
  }
  return problems;
}

export const MAX_FIRST = 50;

/** The bed a residential need looks for when it names none: dementia beds first, nursing beds for severe loss. */
export function defaultBedCategory(careLevel: CareLevel | null, needsDementiaCare: boolean): BedCategory {
  if (needsDementiaCare) return 'DEMENTIA';
  if (careLevel === 'SEVERE' || careLevel === 'TOTAL') return 'NURSING';
  return 'SELF_CARE';
}

/**
 * Without an explicit setting: a bed category asks for a residential place, services without a bed ask for home care,
 * and otherwise a residential place (the question families bring most often to a matching service).
 */
export function defaultSetting(request: CareNeedRequest): CareSetting {
  if (request.bedCategory) return 'RESIDENTIAL';
  if (request.services && request.services.length > 0) return 'HOME_CARE';
  return 'RESIDENTIAL';
}

/** Who counts as government-supported is the bed module's rule (verified means-tested categories). */
export function isGovernmentSupported(categories: readonly ElderCategory[]): boolean {
  return countsAsSupported(categories);
}

/** Explicit fields win over the elder's record (a daughter may search near her own home); the record fills the rest. */
export function resolveNeed(
  request: CareNeedRequest,
  elder: ElderNeedSource | null,
  params: MatchParams = DEFAULT_MATCH_PARAMS,
): ResolvedNeed {
  const location = request.location ?? elder?.location;
  if (!location) throw new Error('resolveNeed needs a location: check needProblems first');
  const setting = request.setting ?? defaultSetting(request);
  const careLevel = request.careLevel ?? elder?.careLevel ?? null;
  const needsDementiaCare = request.needsDementiaCare ?? elder?.dementia ?? false;
  const requested = request.maxDistanceKm ?? params.defaultMaxDistanceKm;
  const budgetGiven = request.monthlyBudgetFen != null;
  return {
    elderId: elder?.id ?? null,
    location,
    regionCode: request.regionCode ?? null,
    setting,
    services: [...new Set(request.services ?? [])].sort(),
    bedCategory: setting === 'RESIDENTIAL' ? (request.bedCategory ?? defaultBedCategory(careLevel, needsDementiaCare)) : null,
    careLevel,
    needsDementiaCare,
    maxDistanceKm: Math.min(requested, params.maxDistanceCapKm),
    budgetGiven,
    monthlyBudgetFen: request.monthlyBudgetFen ?? params.referenceMonthlyBudgetFen[setting],
    minStars: request.minStars ?? 0,
    governmentSupported: elder ? isGovernmentSupported(elder.verifiedCategories) : false,
    monthlySubsidyFen: elder && params.subsidisedSettings.includes(setting) ? elder.monthlySubsidyFen : 0,
    subsidyCoverageBp: elder?.subsidyCoverageBp ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The candidate

export interface CandidateBeds {
  total: number;
  occupied: number;
  /** Beds held by open reservations: not free, not yet occupied. */
  held: number;
  /** Monthly price of one bed of this category, when the provider publishes it. */
  monthlyPriceFen: number | null;
  /** Beds of this category held or occupied by government-supported elders (they count towards the reserved share). */
  supportedInUse?: number;
  /** The provider's own reserved share in percent (its regional setting), when it differs from the need's. */
  sharePercent?: number;
}

export interface CandidateService {
  kind: ServiceKind;
  priceFen: number;
  unit: string;
}

/** A provider as matching sees it, with the distance already measured from the need's location. */
export interface MatchCandidate {
  id: string;
  name?: string;
  kind: ProviderKind;
  ownership: Ownership;
  regionCode: string;
  distanceKm: number;
  serviceRadiusKm: number | null;
  /** null: every level accepted. */
  acceptsCareLevels: readonly CareLevel[] | null;
  dementiaCare: boolean;
  /** Current published grade; null when ungraded or expired. */
  stars: number | null;
  beds: Partial<Record<BedCategory, CandidateBeds>>;
  services: readonly CandidateService[];
  reviewCount: number;
  /** Mean of family review stars (1..5); null without reviews. */
  reviewAverage: number | null;
  /** True when the elder already receives care from this provider. */
  servesElder: boolean;
}

/**
 * Beds the elder may take. A public-built private-run home keeps its reserved share for government-supported elders:
 * the share is a floor of beds for them (beds they already use count towards it), so an ordinary elder sees the free
 * beds minus the part of the share still unused.
 */
export function bedsAvailableTo(
  beds: CandidateBeds | undefined,
  ownership: Ownership,
  governmentSupported: boolean,
  params: MatchParams = DEFAULT_MATCH_PARAMS,
): { available: number; reservedForSupported: number } {
  if (!beds) return { available: 0, reservedForSupported: 0 };
  const free = Math.max(0, beds.total - beds.occupied - beds.held);
  if (governmentSupported) return { available: free, reservedForSupported: 0 };
  const kept = protectedFreeBeds({
    ownership,
    total: beds.total,
    supportedInUse: beds.supportedInUse ?? 0,
    sharePercent: beds.sharePercent ?? params.reservedSharePercent,
  });
  return { available: Math.max(0, free - kept), reservedForSupported: Math.min(free, kept) };
}

/** Every hard filter the candidate fails (empty: it may be offered). */
export function failedFilters(c: MatchCandidate, need: ResolvedNeed, params: MatchParams = DEFAULT_MATCH_PARAMS): HardFilter[] {
  const failed: HardFilter[] = [];
  const offered = new Set(c.services.map((s) => s.kind));
  const kindFits = KINDS_BY_SETTING[need.setting].includes(c.kind);
  const homeServices = c.kind !== 'NURSING_HOME' || offered.size > 0;
  if (!kindFits || (need.setting === 'HOME_CARE' && !homeServices)) failed.push('SETTING');
  if (need.regionCode && !c.regionCode.startsWith(need.regionCode)) failed.push('REGION');
  if (need.careLevel && c.acceptsCareLevels && !c.acceptsCareLevels.includes(need.careLevel)) failed.push('CARE_LEVEL');
  if (need.needsDementiaCare && !c.dementiaCare) failed.push('DEMENTIA_CARE');
  if (need.setting === 'RESIDENTIAL' && need.bedCategory) {
    if (bedsAvailableTo(c.beds[need.bedCategory], c.ownership, need.governmentSupported, params).available < 1) {
      failed.push('FREE_BED');
    }
  }
  if (need.setting === 'HOME_CARE' && (c.serviceRadiusKm == null || c.distanceKm > c.serviceRadiusKm)) {
    failed.push('SERVICE_RADIUS');
  }
  if (need.services.some((s) => !offered.has(s))) failed.push('SERVICES');
  if (c.distanceKm > need.maxDistanceKm) failed.push('DISTANCE');
  if ((c.stars ?? 0) < need.minStars) failed.push('MIN_STARS');
  return failed;
}

// ---------------------------------------------------------------------------------------------------------------
// Cost

export function normaliseUnit(unit: string): string {
  return unit
    .trim()
    .toLowerCase()
    .replace(/^(per|每|\/)\s*/, '')
    .replace(/s$/, '');
}

export function unitsPerMonth(unit: string, params: MatchParams = DEFAULT_MATCH_PARAMS): number {
  return params.unitsPerMonth[normaliseUnit(unit)] ?? params.defaultUnitsPerMonth;
}

export interface CostEstimate {
  /** null when the provider publishes no price for what is needed. */
  monthlyCostFen: number | null;
  monthlySubsidyFen: number | null;
  outOfPocketFen: number | null;
  detail: string;
}

/**
 * Residential: the monthly price of a bed of the needed category. Day and home care: each requested service at its unit
 * price times the units a month holds. The subsidy pays its share of the cost (rounded down to the fen), up to the
 * elder's monthly allowance.
 */
export function estimateMonthlyCost(c: MatchCandidate, need: ResolvedNeed, params: MatchParams = DEFAULT_MATCH_PARAMS): CostEstimate {
  let cost: number | null = null;
  let what = '';
  if (need.setting === 'RESIDENTIAL') {
    const bed = need.bedCategory ? c.beds[need.bedCategory] : undefined;
    if (bed?.monthlyPriceFen != null) {
      cost = bed.monthlyPriceFen;
      what = `${need.bedCategory} bed`;
    }
  } else if (need.services.length > 0) {
    const byKind = new Map(c.services.map((s) => [s.kind, s]));
    let sum = 0;
    let complete = true;
    for (const kind of need.services) {
      const s = byKind.get(kind);
      if (!s) {
        complete = false;
        break;
      }
      sum += s.priceFen * unitsPerMonth(s.unit, params);
    }
    if (complete) {
      cost = Math.round(sum);
      what = need.services.join(', ');
    }
  }
  if (cost == null) {
    return { monthlyCostFen: null, monthlySubsidyFen: null, outOfPocketFen: null, detail: 'no published price for this need' };
  }
  const subsidy = subsidyFor(cost, need);
  return {
    monthlyCostFen: cost,
    monthlySubsidyFen: subsidy,
    outOfPocketFen: cost - subsidy,
    detail: `${yuan(cost)}/month for ${what}` + (subsidy > 0 ? `, ${yuan(subsidy)} paid by subsidy` : ''),
  };
}

export function subsidyFor(costFen: number, need: Pick<ResolvedNeed, 'monthlySubsidyFen' | 'subsidyCoverageBp'>): number {
  return Math.max(0, Math.min(need.monthlySubsidyFen, Math.floor((costFen * need.subsidyCoverageBp) / 10_000)));
}

function yuan(fen: number): string {
  return `¥${(fen / 100).toFixed(fen % 100 === 0 ? 0 : 2)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Score

export interface MatchReason {
  factor: MatchFactor;
  weight: number;
  /** 0..100: how well the provider does on this factor. */
  value: number;
  detail: string;
}

export interface ScoredMatch {
  candidate: MatchCandidate;
  score: number;
  distanceKm: number;
  reasons: MatchReason[];
  availableBeds: number | null;
  estimatedMonthlyCostFen: number | null;
  estimatedSubsidyFen: number | null;
}

const clamp100 = (v: number) => Math.min(100, Math.max(0, v));
// Values are shown to people: two decimals are plenty, and the score is summed from the rounded values so it adds up.
const round2 = (v: number) => Math.round(v * 100) / 100;

/** Linear from 100 at the need's location to 0 at the search radius. */
export function distanceValue(distanceKm: number, maxDistanceKm: number): number {
  if (maxDistanceKm <= 0) return 100;
  return clamp100(100 * (1 - distanceKm / maxDistanceKm));
}

/** 20 per star; an ungraded provider gets the configured value. */
export function starsValue(stars: number | null, params: MatchParams = DEFAULT_MATCH_PARAMS): number {
  return stars == null || stars <= 0 ? params.ungradedStarsValue : clamp100(stars * 20);
}

export function capacityValue(availableBeds: number | null, params: MatchParams = DEFAULT_MATCH_PARAMS): number {
  if (availableBeds == null) return params.untrackedCapacityValue;
  return clamp100((100 * availableBeds) / params.capacitySaturationBeds);
}

/**
 * What the family pays after subsidy against its budget: free scores 100, exactly the budget 50, twice the budget 0.
 * Within budget every yuan saved still counts; over budget the provider sinks fast but stays listed (budgets bend).
 */
export function priceValue(outOfPocketFen: number | null, budgetFen: number, params: MatchParams = DEFAULT_MATCH_PARAMS): number {
  if (outOfPocketFen == null) return params.unknownPriceValue;
  if (budgetFen <= 0) return outOfPocketFen <= 0 ? 100 : 0;
  return clamp100(100 - (50 * outOfPocketFen) / budgetFen);
}

/** Mean review stars shrunk towards the prior, mapped from 1..5 to 0..100. */
export function reviewsValue(count: number, average: number | null, params: MatchParams = DEFAULT_MATCH_PARAMS): number {
  const sum = count > 0 && average != null ? count * average : 0;
  const shrunk = (sum + params.reviewPriorMean * params.reviewPriorCount) / (Math.max(0, count) + params.reviewPriorCount);
  return clamp100(((shrunk - 1) / 4) * 100);
}

export function scoreCandidate(c: MatchCandidate, need: ResolvedNeed, params: MatchParams = DEFAULT_MATCH_PARAMS): ScoredMatch {
  const w = params.weights;
  const residential = need.setting === 'RESIDENTIAL' && need.bedCategory != null;
  const beds = residential ? bedsAvailableTo(c.beds[need.bedCategory!], c.ownership, need.governmentSupported, params) : null;
  const cost = estimateMonthlyCost(c, need, params);

  const reasons: MatchReason[] = [
    {
      factor: 'DISTANCE',
      weight: w.DISTANCE,
      value: round2(distanceValue(c.distanceKm, need.maxDistanceKm)),
      detail: `${c.distanceKm.toFixed(1)} km away (0 km scores 100, the ${need.maxDistanceKm} km limit scores 0)`,
    },
    {
      factor: 'STARS',
      weight: w.STARS,
      value: round2(starsValue(c.stars, params)),
      detail: c.stars ? `${c.stars}-star grade from civil affairs` : 'not graded by civil affairs',
    },
    {
      factor: 'CAPACITY',
      weight: w.CAPACITY,
      value: round2(capacityValue(beds ? beds.available : null, params)),
      detail: beds
        ? `${beds.available} free ${need.bedCategory} bed${beds.available === 1 ? '' : 's'} (${params.capacitySaturationBeds} or more score 100)` +
          (beds.reservedForSupported > 0 ? `; ${beds.reservedForSupported} more kept for government-supported elders` : '')
        : `capacity is not counted in beds for ${need.setting}: same value for every provider`,
    },
    {
      factor: 'PRICE',
      weight: w.PRICE,
      value: round2(priceValue(cost.outOfPocketFen, need.monthlyBudgetFen, params)),
      detail:
        cost.outOfPocketFen == null
          ? `${cost.detail}: neutral value`
          : `${cost.detail}; you pay ${yuan(cost.outOfPocketFen)} against ${need.budgetGiven ? 'a budget' : 'a typical budget'} of ${yuan(need.monthlyBudgetFen)}`,
    },
    {
      factor: 'REVIEWS',
      weight: w.REVIEWS,
      value: round2(reviewsValue(c.reviewCount, c.reviewAverage, params)),
      detail:
        c.reviewCount > 0 && c.reviewAverage != null
          ? `${c.reviewAverage.toFixed(1)} stars from ${c.reviewCount} family review${c.reviewCount === 1 ? '' : 's'}`
          : 'no family reviews yet: neutral value',
    },
    {
      factor: 'CONTINUITY',
      weight: w.CONTINUITY,
      value: c.servesElder ? 100 : 0,
      detail: c.servesElder
        ? 'already cares for this elder'
        : need.elderId
          ? 'has not cared for this elder before'
          : 'no elder named: no continuity',
    },
  ];
  return {
    candidate: c,
    score: scoreOf(reasons),
    distanceKm: c.distanceKm,
    reasons,
    availableBeds: beds ? beds.available : null,
    estimatedMonthlyCostFen: cost.monthlyCostFen,
    estimatedSubsidyFen: cost.monthlySubsidyFen,
  };
}

export function scoreOf(reasons: readonly MatchReason[]): number {
  return reasons.reduce((sum, r) => sum + r.weight * r.value, 0);
}

/** Best score first; then nearer; then id, so that the same request on the same data always gives the same order. */
export function compareMatches(a: ScoredMatch, b: ScoredMatch): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.distanceKm !== b.distanceKm) return a.distanceKm - b.distanceKm;
  return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
}

/** Hard filters, then score, then order, then the first `first`. */
export function rankCandidates(
  candidates: readonly MatchCandidate[],
  need: ResolvedNeed,
  first: number,
  params: MatchParams = DEFAULT_MATCH_PARAMS,
): ScoredMatch[] {
  return candidates
    .filter((c) => failedFilters(c, need, params).length === 0)
    .map((c) => scoreCandidate(c, need, params))
    .sort(compareMatches)
    .slice(0, first);
}
