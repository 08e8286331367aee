import {
  DEFAULT_MATCH_PARAMS,
  DEFAULT_MATCH_WEIGHTS,
  HARD_FILTERS,
  MATCH_FACTORS,
  bedsAvailableTo,
  capacityValue,
  compareMatches,
  defaultBedCategory,
  defaultSetting,
  distanceValue,
  estimateMonthlyCost,
  failedFilters,
  needProblems,
  priceValue,
  rankCandidates,
  resolveNeed,
  reviewsValue,
  scoreCandidate,
  scoreOf,
  starsValue,
  unitsPerMonth,
  weightProblems,
} from './match.policy.js';
import type { CareNeedRequest, ElderNeedSource, MatchCandidate, MatchParams, ResolvedNeed } from './match.policy.js';

const HERE = { latitude: 36.65, longitude: 117.12 };

function candidate(id: string, over: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id,
    kind: 'NURSING_HOME',
    ownership: 'PRIVATE',
    regionCode: '370102',
    distanceKm: 2,
    serviceRadiusKm: 5,
    acceptsCareLevels: null,
    dementiaCare: true,
    stars: 3,
    beds: {
      SELF_CARE: { total: 40, occupied: 20, held: 0, monthlyPriceFen: 300_000 },
      NURSING: { total: 40, occupied: 30, held: 0, monthlyPriceFen: 450_000 },
      DEMENTIA: { total: 10, occupied: 5, held: 0, monthlyPriceFen: 550_000 },
    },
    services: [],
    reviewCount: 10,
    reviewAverage: 4,
    servesElder: false,
    ...over,
  };
}

function need(request: CareNeedRequest = {}, elder: ElderNeedSource | null = null, params?: MatchParams): ResolvedNeed {
  return resolveNeed({ location: HERE, ...request }, elder, params);
}

const elder: ElderNeedSource = {
  id: 'elder-1',
  location: { latitude: 36.7, longitude: 117.0 },
  careLevel: 'TOTAL',
  dementia: false,
  verifiedCategories: ['SUBSISTENCE_ALLOWANCE'],
  monthlySubsidyFen: 60_000,
  subsidyCoverageBp: 10_000,
};

describe('weights', () => {
  it('defaults are each 0..1 and add up to 1', () => {
    expect(weightProblems(DEFAULT_MATCH_WEIGHTS)).toEqual([]);
    const sum = MATCH_FACTORS.reduce((s, f) => s + DEFAULT_MATCH_WEIGHTS[f], 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('rejects weights that do not add up to 1, are out of range or missing', () => {
    expect(weightProblems({ ...DEFAULT_MATCH_WEIGHTS, DISTANCE: 0.5 })).toEqual([expect.stringContaining('add up')]);
    expect(weightProblems({ ...DEFAULT_MATCH_WEIGHTS, DISTANCE: -0.1, STARS: 0.6 })).toEqual([
      expect.stringContaining('DISTANCE'),
    ]);
    const { PRICE: _omit, ...missing } = DEFAULT_MATCH_WEIGHTS;
    expect(weightProblems(missing)).toEqual([expect.stringContaining('PRICE')]);
  });
});

describe('need validation', () => {
  it('accepts a plain location need', () => {
    expect(needProblems({ location: HERE }, false, 10)).toEqual([]);
  });

  it('names each offending field', () => {
    const fields = (r: CareNeedRequest, hasElder = false, first?: number) => needProblems(r, hasElder, first).map((p) => p.field);
    expect(fields({ location: { latitude: 91, longitude: 0 } })).toEqual(['location.latitude']);
    expect(fields({ location: { latitude: -90.5, longitude: 0 } })).toEqual(['location.latitude']);
    expect(fields({ location: { latitude: 0, longitude: 181 } })).toEqual(['location.longitude']);
    expect(fields({ location: HERE, maxDistanceKm: -1 })).toEqual(['maxDistanceKm']);
    expect(fields({ location: HERE, monthlyBudgetFen: -100 })).toEqual(['monthlyBudgetFen']);
    expect(fields({ location: HERE, minStars: 6 })).toEqual(['minStars']);
    expect(fields({ location: HERE, regionCode: '37ab' })).toEqual(['regionCode']);
    expect(fields({ location: HERE }, false, 0)).toEqual(['first']);
    expect(fields({ location: HERE }, false, 51)).toEqual(['first']);
    expect(fields({})).toEqual(['location']);
    expect(fields({}, true)).toEqual([]);
    expect(fields({ location: HERE, maxDistanceKm: 0 })).toEqual([]);
  });
});

describe('need resolution', () => {
  it('defaults the bed: dementia first, nursing for severe and total loss, else self-care', () => {
    expect(defaultBedCategory('TOTAL', true)).toBe('DEMENTIA');
    expect(defaultBedCategory('MILD', true)).toBe('DEMENTIA');
    expect(defaultBedCategory('SEVERE', false)).toBe('NURSING');
    expect(defaultBedCategory('TOTAL', false)).toBe('NURSING');
    expect(defaultBedCategory('MODERATE', false)).toBe('SELF_CARE');
    expect(defaultBedCategory(null, false)).toBe('SELF_CARE');
  });

  it('defaults the setting from what is asked for', () => {
    expect(defaultSetting({ bedCategory: 'NURSING', services: ['MEAL'] })).toBe('RESIDENTIAL');
    expect(defaultSetting({ services: ['MEAL'] })).toBe('HOME_CARE');
    expect(defaultSetting({})).toBe('RESIDENTIAL');
  });

  it('defaults the distance to 10 km and caps it at 100 km', () => {
    expect(need().maxDistanceKm).toBe(10);
    expect(need({ maxDistanceKm: 250 }).maxDistanceKm).toBe(100);
    expect(need({ maxDistanceKm: 30 }).maxDistanceKm).toBe(30);
    const tight: MatchParams = { ...DEFAULT_MATCH_PARAMS, defaultMaxDistanceKm: 5, maxDistanceCapKm: 20 };
    expect(need({}, null, tight).maxDistanceKm).toBe(5);
    expect(need({ maxDistanceKm: 50 }, null, tight).maxDistanceKm).toBe(20);
  });

  it("fills location, level, dementia and subsidy from the elder's record", () => {
    const n = resolveNeed({}, elder);
    expect(n.location).toEqual(elder.location);
    expect(n.careLevel).toBe('TOTAL');
    expect(n.bedCategory).toBe('NURSING');
    expect(n.governmentSupported).toBe(true);
    // The home-care allowance does not pay for an institution's bed.
    expect(n.setting).toBe('RESIDENTIAL');
    expect(n.monthlySubsidyFen).toBe(0);
    expect(resolveNeed({ setting: 'HOME_CARE' }, elder).monthlySubsidyFen).toBe(60_000);
    expect(resolveNeed({ setting: 'DAY_CARE' }, elder).monthlySubsidyFen).toBe(60_000);
    expect(n.elderId).toBe('elder-1');
    expect(resolveNeed({}, { ...elder, dementia: true }).bedCategory).toBe('DEMENTIA');
  });

  it('lets explicit fields win over the record', () => {
    const n = resolveNeed({ location: HERE, careLevel: 'MILD', needsDementiaCare: false }, { ...elder, dementia: true });
    expect(n.location).toEqual(HERE);
    expect(n.careLevel).toBe('MILD');
    expect(n.needsDementiaCare).toBe(false);
    expect(n.bedCategory).toBe('SELF_CARE');
  });

  it('counts only the configured categories as government-supported', () => {
    expect(resolveNeed({}, { ...elder, verifiedCategories: ['ADVANCED_AGE', 'LIVING_ALONE'] }).governmentSupported).toBe(false);
    expect(resolveNeed({}, { ...elder, verifiedCategories: ['EXTREME_POVERTY'] }).governmentSupported).toBe(true);
    expect(resolveNeed({}, { ...elder, verifiedCategories: ['LOW_INCOME'] }).governmentSupported).toBe(true);
  });

  it('has no bed category outside residential care and no subsidy without an elder', () => {
    const n = need({ setting: 'HOME_CARE', careLevel: 'TOTAL' });
    expect(n.bedCategory).toBeNull();
    expect(n.monthlySubsidyFen).toBe(0);
    expect(n.governmentSupported).toBe(false);
  });
});

describe('beds available to an elder', () => {
  const beds = { total: 50, occupied: 30, held: 5, monthlyPriceFen: null };

  it('subtracts occupied and held beds', () => {
    expect(bedsAvailableTo(beds, 'PRIVATE', false).available).toBe(15);
    expect(bedsAvailableTo(beds, 'PUBLIC', false).available).toBe(15);
    expect(bedsAvailableTo(undefined, 'PRIVATE', false).available).toBe(0);
    expect(bedsAvailableTo({ ...beds, occupied: 60 }, 'PRIVATE', false).available).toBe(0);
  });

  it('keeps the reserved share of a public-built private-run home for government-supported elders', () => {
    // 20% of 50 = 10 beds kept back.
    expect(bedsAvailableTo(beds, 'PUBLIC_BUILT_PRIVATE_RUN', false)).toEqual({ available: 5, reservedForSupported: 10 });
    expect(bedsAvailableTo(beds, 'PUBLIC_BUILT_PRIVATE_RUN', true)).toEqual({ available: 15, reservedForSupported: 0 });
    const share30 = { ...DEFAULT_MATCH_PARAMS, reservedSharePercent: 30 };
    expect(bedsAvailableTo(beds, 'PUBLIC_BUILT_PRIVATE_RUN', false, share30).available).toBe(0);
    // Beds supported elders already use count towards the share: 4 in use leaves 6 of the 10 to keep free.
    expect(bedsAvailableTo({ ...beds, supportedInUse: 4 }, 'PUBLIC_BUILT_PRIVATE_RUN', false)).toEqual({ available: 9, reservedForSupported: 6 });
    expect(bedsAvailableTo({ ...beds, supportedInUse: 12 }, 'PUBLIC_BUILT_PRIVATE_RUN', false).available).toBe(15);
    // The provider's own regional share wins over the need's.
    expect(bedsAvailableTo({ ...beds, sharePercent: 0 }, 'PUBLIC_BUILT_PRIVATE_RUN', false).available).toBe(15);
    // The share rounds up: 20% of 11 beds keeps 3.
    expect(bedsAvailableTo({ total: 11, occupied: 0, held: 0, monthlyPriceFen: null }, 'PUBLIC_BUILT_PRIVATE_RUN', false).available).toBe(8);
  });
});

describe('hard filters: each crafted provider fails exactly one filter', () => {
  it('residential need', () => {
    const n = need({ setting: 'RESIDENTIAL', careLevel: 'SEVERE', regionCode: '3701', minStars: 3 });
    expect(n.bedCategory).toBe('NURSING');
    const noNursingBed = { ...candidate('x').beds, NURSING: { total: 40, occupied: 38, held: 2, monthlyPriceFen: 1 } };
    const reservedOnly = { ...candidate('x').beds, NURSING: { total: 40, occupied: 30, held: 2, monthlyPriceFen: 1 } };
    const cases: Array<[MatchCandidate, string[]]> = [
      [candidate('ok'), []],
      [candidate('day-care', { kind: 'DAY_CARE_CENTRE' }), ['SETTING']],
      [candidate('agency', { kind: 'HOME_CARE_AGENCY' }), ['SETTING']],
      [candidate('rural', { kind: 'RURAL_HAPPINESS_HOME' }), ['SETTING']],
      [candidate('other-city', { regionCode: '370202' }), ['REGION']],
      [candidate('light-care-only', { acceptsCareLevels: ['INTACT', 'MILD', 'MODERATE'] }), ['CARE_LEVEL']],
      [candidate('full', { beds: noNursingBed }), ['FREE_BED']],
      [candidate('no-nursing-beds', { beds: { SELF_CARE: candidate('x').beds.SELF_CARE } }), ['FREE_BED']],
      // 8 free, 8 kept back for supported elders (20% of 40): none for this (unsupported) elder.
      [candidate('pbpr', { ownership: 'PUBLIC_BUILT_PRIVATE_RUN', beds: reservedOnly }), ['FREE_BED']],
      [candidate('public-same-beds', { ownership: 'PUBLIC', beds: reservedOnly }), []],
      [candidate('far', { distanceKm: 10.5 }), ['DISTANCE']],
      [candidate('edge', { distanceKm: 10 }), []],
      [candidate('two-stars', { stars: 2 }), ['MIN_STARS']],
      [candidate('ungraded', { stars: null }), ['MIN_STARS']],
      // Radius and services do not apply to residential care without requested services.
      [candidate('no-radius', { serviceRadiusKm: null, distanceKm: 8 }), []],
    ];
    for (const [c, expected] of cases) expect({ id: c.id, failed: failedFilters(c, n) }).toEqual({ id: c.id, failed: expected });
  });

  it('dementia need', () => {
    const n = need({ needsDementiaCare: true });
    expect(n.bedCategory).toBe('DEMENTIA');
    expect(failedFilters(candidate('ok'), n)).toEqual([]);
    expect(failedFilters(candidate('no-dementia-care', { dementiaCare: false }), n)).toEqual(['DEMENTIA_CARE']);
    expect(failedFilters(candidate('no-dementia-care', { dementiaCare: false }), need())).toEqual([]);
  });

  it('a government-supported elder may take the reserved beds', () => {
    const reservedOnly = { NURSING: { total: 40, occupied: 30, held: 2, monthlyPriceFen: 1 } };
    const pbpr = candidate('pbpr', { ownership: 'PUBLIC_BUILT_PRIVATE_RUN', beds: reservedOnly });
    expect(failedFilters(pbpr, need({}, elder))).toEqual([]);
    expect(failedFilters(pbpr, need({}, { ...elder, verifiedCategories: ['ADVANCED_AGE'] }))).toEqual(['FREE_BED']);
  });

  it('home-care need', () => {
    const n = need({ setting: 'HOME_CARE', services: ['MEAL', 'BATHING'] });
    const services = [
      { kind: 'MEAL', priceFen: 3000, unit: 'visit' },
      { kind: 'BATHING', priceFen: 8000, unit: 'visit' },
    ];
    const cases: Array<[MatchCandidate, string[]]> = [
      [candidate('agency', { kind: 'HOME_CARE_AGENCY', services, beds: {} }), []],
      [candidate('home-with-services', { services }), []],
      [candidate('day-care', { kind: 'DAY_CARE_CENTRE', services }), ['SETTING']],
      [candidate('outside-radius', { kind: 'HOME_CARE_AGENCY', services, serviceRadiusKm: 3, distanceKm: 4 }), ['SERVICE_RADIUS']],
      [candidate('no-radius', { kind: 'HOME_CARE_AGENCY', services, serviceRadiusKm: null }), ['SERVICE_RADIUS']],
      [candidate('no-bathing', { kind: 'HOME_CARE_AGENCY', services: services.slice(0, 1) }), ['SERVICES']],
      [candidate('far', { kind: 'HOME_CARE_AGENCY', services, serviceRadiusKm: 20, distanceKm: 12 }), ['DISTANCE']],
    ];
    for (const [c, expected] of cases) expect({ id: c.id, failed: failedFilters(c, n) }).toEqual({ id: c.id, failed: expected });
  });

  it('home care from a nursing home needs home services', () => {
    const n = need({ setting: 'HOME_CARE' });
    expect(failedFilters(candidate('plain-home', { services: [] }), n)).toEqual(['SETTING']);
    expect(failedFilters(candidate('home', { services: [{ kind: 'MEAL', priceFen: 1, unit: 'visit' }] }), n)).toEqual([]);
    expect(failedFilters(candidate('agency', { kind: 'HOME_CARE_AGENCY' }), n)).toEqual([]);
  });

  it('day-care need', () => {
    const n = need({ setting: 'DAY_CARE' });
    expect(failedFilters(candidate('centre', { kind: 'DAY_CARE_CENTRE', beds: {} }), n)).toEqual([]);
    expect(failedFilters(candidate('rural', { kind: 'RURAL_HAPPINESS_HOME', beds: {} }), n)).toEqual([]);
    expect(failedFilters(candidate('home'), n)).toEqual(['SETTING']);
    expect(failedFilters(candidate('agency', { kind: 'HOME_CARE_AGENCY' }), n)).toEqual(['SETTING']);
    expect(failedFilters(candidate('centre', { kind: 'DAY_CARE_CENTRE', services: [] }), need({ setting: 'DAY_CARE', services: ['MEAL'] }))).toEqual([
      'SERVICES',
    ]);
  });

  it('lists every hard filter the issue names', () => {
    expect([...HARD_FILTERS].sort()).toEqual(
      ['CARE_LEVEL', 'DEMENTIA_CARE', 'DISTANCE', 'FREE_BED', 'MIN_STARS', 'REGION', 'SERVICES', 'SERVICE_RADIUS', 'SETTING'].sort(),
    );
  });
});

describe('monthly cost and subsidy', () => {
  it('residential: the monthly price of the needed bed', () => {
    const cost = estimateMonthlyCost(candidate('a'), need({ careLevel: 'TOTAL' }));
    expect(cost).toMatchObject({ monthlyCostFen: 450_000, monthlySubsidyFen: 0, outOfPocketFen: 450_000 });
  });

  it('home care: unit prices times units a month, the subsidy paying up to the allowance', () => {
    expect(unitsPerMonth('per visit')).toBe(8);
    expect(unitsPerMonth('次')).toBe(8);
    expect(unitsPerMonth('meals')).toBe(22);
    expect(unitsPerMonth('month')).toBe(1);
    expect(unitsPerMonth('fortnight')).toBe(DEFAULT_MATCH_PARAMS.defaultUnitsPerMonth);
    const services = [
      { kind: 'MEAL', priceFen: 3000, unit: 'meal' },
      { kind: 'CLEANING', priceFen: 4000, unit: 'visit' },
    ];
    const c = candidate('agency', { kind: 'HOME_CARE_AGENCY', services });
    const n = need({ setting: 'HOME_CARE', services: ['MEAL', 'CLEANING'] }, elder);
    // 22 x 30 + 8 x 40 = 980 yuan; allowance 600 yuan.
    expect(estimateMonthlyCost(c, n)).toMatchObject({ monthlyCostFen: 98_000, monthlySubsidyFen: 60_000, outOfPocketFen: 38_000 });
    const cheap = need({ setting: 'HOME_CARE', services: ['CLEANING'] }, elder);
    // The subsidy never exceeds the cost.
    expect(estimateMonthlyCost(c, cheap)).toMatchObject({ monthlyCostFen: 32_000, monthlySubsidyFen: 32_000, outOfPocketFen: 0 });
    // It pays only its coverage share: 80% of 320 yuan is 256 yuan.
    const partly = need({ setting: 'HOME_CARE', services: ['CLEANING'] }, { ...elder, subsidyCoverageBp: 8_000 });
    expect(estimateMonthlyCost(c, partly)).toMatchObject({ monthlyCostFen: 32_000, monthlySubsidyFen: 25_600, outOfPocketFen: 6_400 });
  });

  it('is unknown when nothing priced is needed', () => {
    const noPrice = candidate('a', { beds: { NURSING: { total: 5, occupied: 0, held: 0, monthlyPriceFen: null } } });
    expect(estimateMonthlyCost(noPrice, need({ careLevel: 'TOTAL' })).monthlyCostFen).toBeNull();
    expect(estimateMonthlyCost(candidate('a'), need({ setting: 'HOME_CARE' })).monthlyCostFen).toBeNull();
  });
});

describe('factor values', () => {
  it('distance: 100 at the door, 0 at the limit', () => {
    expect(distanceValue(0, 10)).toBe(100);
    expect(distanceValue(5, 10)).toBe(50);
    expect(distanceValue(10, 10)).toBe(0);
    expect(distanceValue(0, 0)).toBe(100);
  });

  it('stars: 20 a star, ungraded configurable', () => {
    expect(starsValue(5)).toBe(100);
    expect(starsValue(3)).toBe(60);
    expect(starsValue(null)).toBe(0);
    expect(starsValue(null, { ...DEFAULT_MATCH_PARAMS, ungradedStarsValue: 40 })).toBe(40);
  });

  it('capacity saturates', () => {
    expect(capacityValue(0)).toBe(0);
    expect(capacityValue(5)).toBe(50);
    expect(capacityValue(30)).toBe(100);
    expect(capacityValue(null)).toBe(DEFAULT_MATCH_PARAMS.untrackedCapacityValue);
  });

  it('price: free 100, at budget 50, twice the budget 0', () => {
    expect(priceValue(0, 100_000)).toBe(100);
    expect(priceValue(50_000, 100_000)).toBe(75);
    expect(priceValue(100_000, 100_000)).toBe(50);
    expect(priceValue(300_000, 100_000)).toBe(0);
    expect(priceValue(null, 100_000)).toBe(DEFAULT_MATCH_PARAMS.unknownPriceValue);
    expect(priceValue(0, 0)).toBe(100);
    expect(priceValue(1, 0)).toBe(0);
  });

  it('reviews: shrunk towards the prior so many good reviews beat one perfect review', () => {
    expect(reviewsValue(0, null)).toBe(50);
    expect(reviewsValue(1, 5)).toBeLessThan(reviewsValue(50, 4.8));
    expect(reviewsValue(1000, 5)).toBeGreaterThan(99);
    expect(reviewsValue(1000, 1)).toBeLessThan(1);
  });
});

describe('score', () => {
  const home = (i: number, over: Partial<MatchCandidate> = {}) =>
    candidate(`p${String(i).padStart(2, '0')}`, {
      distanceKm: (i * 7) % 10,
      stars: (i % 5) + 1,
      reviewCount: i * 3,
      reviewAverage: 1 + ((i * 13) % 40) / 10,
      servesElder: i % 4 === 0,
      beds: { NURSING: { total: 30, occupied: (i * 11) % 29, held: i % 2, monthlyPriceFen: 200_000 + i * 17_000 } },
      ...over,
    });

  it('reasons list every factor once, with its weight and a value 0..100, and add up to the score', () => {
    const n = need({ careLevel: 'TOTAL', monthlyBudgetFen: 400_000 }, elder);
    for (let i = 0; i < 40; i++) {
      const m = scoreCandidate(home(i), n);
      expect(m.reasons.map((r) => r.factor)).toEqual([...MATCH_FACTORS]);
      for (const r of m.reasons) {
        expect(r.weight).toBe(DEFAULT_MATCH_WEIGHTS[r.factor]);
        expect(r.value).toBeGreaterThanOrEqual(0);
        expect(r.value).toBeLessThanOrEqual(100);
        expect(r.detail.length).toBeGreaterThan(5);
      }
      const sum = m.reasons.reduce((s, r) => s + r.weight * r.value, 0);
      expect(m.score).toBeCloseTo(sum, 9);
      expect(m.score).toBe(scoreOf(m.reasons));
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(100);
    }
  });

  it('is 100 for a perfect provider and follows the configured weights', () => {
    const perfect = candidate('best', {
      distanceKm: 0,
      stars: 5,
      reviewCount: 1_000_000,
      reviewAverage: 5,
      servesElder: true,
      beds: { NURSING: { total: 100, occupied: 0, held: 0, monthlyPriceFen: 0 } },
    });
    expect(scoreCandidate(perfect, need({ careLevel: 'TOTAL' })).score).toBeCloseTo(100, 1);
    const onlyStars: MatchParams = {
      ...DEFAULT_MATCH_PARAMS,
      weights: { DISTANCE: 0, STARS: 1, CAPACITY: 0, PRICE: 0, REVIEWS: 0, CONTINUITY: 0 },
    };
    expect(scoreCandidate(candidate('a', { stars: 4 }), need({}, null, onlyStars), onlyStars).score).toBe(80);
  });

  it('explains cost, subsidy, reserved beds and continuity in the details', () => {
    const pbpr = candidate('pbpr', { ownership: 'PUBLIC_BUILT_PRIVATE_RUN', servesElder: true });
    const m = scoreCandidate(pbpr, need({ careLevel: 'MILD', setting: 'RESIDENTIAL' }, { ...elder, verifiedCategories: [] }));
    const detail = Object.fromEntries(m.reasons.map((r) => [r.factor, r.detail]));
    expect(detail.CAPACITY).toMatch(/12 free SELF_CARE beds .*; 8 more kept for government-supported elders/);
    expect(detail.PRICE).toMatch(/¥3000\/month for SELF_CARE bed; you pay ¥3000 against a typical budget of ¥4000/);
    expect(detail.CONTINUITY).toBe('already cares for this elder');
    expect(m.availableBeds).toBe(12);
    expect(m.estimatedMonthlyCostFen).toBe(300_000);
    expect(m.estimatedSubsidyFen).toBe(0);
    const services = [{ kind: 'MEAL', priceFen: 3000, unit: '餐' }];
    const home = scoreCandidate(candidate('h', { kind: 'HOME_CARE_AGENCY', services }), need({ services: ['MEAL'] }, elder));
    expect(home.reasons.find((r) => r.factor === 'PRICE')!.detail).toMatch(/¥660\/month for MEAL, ¥600 paid by subsidy; you pay ¥60/);
    expect(home.estimatedSubsidyFen).toBe(60_000);
  });

  it('home care has no bed count and the same capacity value for everyone', () => {
    const services = [{ kind: 'MEAL', priceFen: 3000, unit: 'meal' }];
    const m = scoreCandidate(candidate('a', { kind: 'HOME_CARE_AGENCY', services }), need({ services: ['MEAL'] }));
    expect(m.availableBeds).toBeNull();
    expect(m.reasons.find((r) => r.factor === 'CAPACITY')!.value).toBe(DEFAULT_MATCH_PARAMS.untrackedCapacityValue);
    expect(m.estimatedMonthlyCostFen).toBe(66_000);
  });
});

describe('order', () => {
  const n = need({ careLevel: 'TOTAL', monthlyBudgetFen: 400_000 }, elder);
  const base = (id: string, over: Partial<MatchCandidate> = {}) =>
    candidate(id, {
      distanceKm: 4,
      stars: 3,
      reviewCount: 10,
      reviewAverage: 4,
      beds: { NURSING: { total: 30, occupied: 25, held: 0, monthlyPriceFen: 400_000 } },
      ...over,
    });
  const field = [
    base('a', { distanceKm: 1 }),
    base('b', { stars: 4 }),
    base('c', { reviewAverage: 4.5 }),
    base('d'),
    base('e', { distanceKm: 4.5 }),
  ];
  const ids = (list: MatchCandidate[], needed = n) => rankCandidates(list, needed, 10).map((m) => m.candidate.id);
  const place = (list: MatchCandidate[], id: string) => ids(list).indexOf(id);

  it('follows the score, best first, and leaves out filtered providers', () => {
    const ranked = rankCandidates([...field, base('full', { beds: {} })], n, 10);
    expect(ranked.map((m) => m.candidate.id)).not.toContain('full');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    expect(ranked.map((m) => m.candidate.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(rankCandidates(field, n, 2)).toHaveLength(2);
  });

  it.each<[string, Partial<MatchCandidate>]>([
    ['nearer', { distanceKm: 0.2 }],
    ['better graded', { stars: 5 }],
    ['more free beds', { beds: { NURSING: { total: 30, occupied: 15, held: 0, monthlyPriceFen: 400_000 } } }],
    ['cheaper', { beds: { NURSING: { total: 30, occupied: 25, held: 0, monthlyPriceFen: 250_000 } } }],
    ['better reviewed', { reviewCount: 200, reviewAverage: 4.9 }],
    ['already caring for the elder', { servesElder: true }],
  ])('moves up the last provider when it is %s', (_label, change) => {
    const last = place(field, 'e');
    expect(last).toBe(4);
    const improved = field.map((c) => (c.id === 'e' ? { ...c, ...change } : c));
    expect(place(improved, 'e')).toBeLessThan(last);
    const before = scoreCandidate(field[4], n);
    const after = scoreCandidate(improved[4], n);
    // Exactly one factor moved, and the score moved by its weighted change.
    const changed = after.reasons.filter((r, i) => r.value !== before.reasons[i].value);
    expect(changed).toHaveLength(1);
    const delta = after.reasons.reduce((s, r, i) => s + r.weight * (r.value - before.reasons[i].value), 0);
    expect(after.score - before.score).toBeCloseTo(delta, 9);
  });

  it('moves the first provider down when it gets farther away', () => {
    const moved = field.map((c) => (c.id === 'a' ? { ...c, distanceKm: 9 } : c));
    expect(place(moved, 'a')).toBe(4);
  });

  it('a subsidy lowers what the family pays and so lifts the price value', () => {
    const services = [{ kind: 'CLEANING', priceFen: 4000, unit: '次' }];
    const agency = candidate('agency', { kind: 'HOME_CARE_AGENCY', services });
    const homeNeed = { services: ['CLEANING'], monthlyBudgetFen: 40_000 };
    const withoutSubsidy = scoreCandidate(agency, need(homeNeed, { ...elder, monthlySubsidyFen: 0 }));
    const withSubsidy = scoreCandidate(agency, need(homeNeed, elder));
    const price = (m: typeof withSubsidy) => m.reasons.find((r) => r.factor === 'PRICE')!.value;
    expect(price(withSubsidy)).toBeGreaterThan(price(withoutSubsidy));
  });

  it('breaks ties by distance, then by id, whatever the input order', () => {
    const twins = [base('z', { distanceKm: 3 }), base('y', { distanceKm: 3 }), base('x', { distanceKm: 3 })];
    const pureStars: MatchParams = {
      ...DEFAULT_MATCH_PARAMS,
      weights: { DISTANCE: 0, STARS: 1, CAPACITY: 0, PRICE: 0, REVIEWS: 0, CONTINUITY: 0 },
    };
    const nStars = need({ careLevel: 'TOTAL' }, null, pureStars);
    const tied = [...twins, base('w', { distanceKm: 1 })];
    expect(rankCandidates(tied, nStars, 10, pureStars).map((m) => m.candidate.id)).toEqual(['w', 'x', 'y', 'z']);
    expect(rankCandidates([...tied].reverse(), nStars, 10, pureStars).map((m) => m.candidate.id)).toEqual(['w', 'x', 'y', 'z']);
    const [a, b] = rankCandidates(twins, nStars, 10, pureStars);
    expect(compareMatches(a, b)).toBeLessThan(0);
    expect(compareMatches(b, a)).toBeGreaterThan(0);
    expect(compareMatches(a, a)).toBe(0);
  });
});
