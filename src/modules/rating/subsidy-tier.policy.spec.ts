import { DEFAULT_SUBSIDY_TIERS, monthlySubsidyFen, subsidyTierFor, type SubsidyTier } from './subsidy-tier.policy.js';

describe('subsidy tiers', () => {
  it('pays nursing homes per occupied bed by stars', () => {
    const tier = subsidyTierFor('NURSING_HOME', 3);
    expect(tier).toMatchObject({ stars: 3, perOccupiedBedMonthlyFen: 15000 });
    expect(monthlySubsidyFen(tier, 40)).toBe(600000);
  });

  it('rises with the stars', () => {
    const perBed = [1, 2, 3, 4, 5].map((s) => subsidyTierFor('NURSING_HOME', s)!.perOccupiedBedMonthlyFen);
    expect([...perBed].sort((a, b) => a - b)).toEqual(perBed);
    expect(new Set(perBed).size).toBe(5);
  });

  it('pays community facilities a flat monthly amount', () => {
    expect(monthlySubsidyFen(subsidyTierFor('DAY_CARE_CENTRE', 5), 0)).toBe(300000);
    expect(monthlySubsidyFen(subsidyTierFor('RURAL_HAPPINESS_HOME', 1), 12)).toBe(50000);
  });

  it('pays nothing without a current grade or a configured tier', () => {
    expect(subsidyTierFor('NURSING_HOME', null)).toBeNull();
    expect(subsidyTierFor('NURSING_HOME', 0)).toBeNull();
    expect(subsidyTierFor('HOME_CARE_AGENCY', 4)).toBeNull();
    expect(monthlySubsidyFen(null, 100)).toBe(0);
  });

  it('uses the table it is given', () => {
    const tiers: SubsidyTier[] = [{ kind: 'NURSING_HOME', stars: 2, perOccupiedBedMonthlyFen: 1, flatMonthlyFen: 10 }];
    expect(monthlySubsidyFen(subsidyTierFor('NURSING_HOME', 2, tiers), 5)).toBe(15);
    expect(DEFAULT_SUBSIDY_TIERS.every((t) => Number.isInteger(t.perOccupiedBedMonthlyFen) && Number.isInteger(t.flatMonthlyFen))).toBe(true);
  });
});
