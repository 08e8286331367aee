import { DEFAULT_POLICY_TARGETS, monthWindow, policyIndicators, rankCareGaps } from './statistics.policy.js';

describe('statistics window', () => {
  const now = new Date('2026-12-01T02:00:00Z'); // 10:00 in China

  it('defaults to the twelve months up to the current China month', () => {
    const { window } = monthWindow(undefined, undefined, now);
    expect(window!.months[0]).toBe('2026-01');
    expect(window!.months.at(-1)).toBe('2026-12');
    expect(window).toMatchObject({ fromDate: '2026-01-01', untilDate: '2027-01-01', explicit: false });
  });

  it('takes whole months from dates or months, across a year end', () => {
    expect(monthWindow('2025-11-15', '2026-02', now).window).toMatchObject({ months: ['2025-11', '2025-12', '2026-01', '2026-02'], untilDate: '2026-03-01', explicit: true });
  });

  it('uses the China calendar at a month boundary', () => {
    expect(monthWindow(undefined, undefined, new Date('2026-11-30T17:00:00Z')).window!.months.at(-1)).toBe('2026-12');
  });

  it('refuses bad and reversed bounds, naming them', () => {
    expect(monthWindow('2026-13', null, now).problems).toEqual([{ path: 'from', message: expect.any(String) }]);
    expect(monthWindow('2026-05', '2026-01', now).problems[0].path).toBe('from');
    expect(monthWindow('2000-01', '2026-01', now).problems[0].message).toMatch(/at most/);
  });
});

describe('care gaps', () => {
  it('counts dependent elders no agency reaches, less free nursing beds in reach, and ranks townships by it', () => {
    const ranked = rankCareGaps(
      [
        { regionCode: '370811006', name: '南张街道', dependentElders: 10, homeCareReach: 4, nursingBedsInReach: 2 },
        { regionCode: '370811002', name: '许庄街道', dependentElders: 5, homeCareReach: 5, nursingBedsInReach: 0 },
        { regionCode: '370811005', name: '李营街道', dependentElders: 8, homeCareReach: 0, nursingBedsInReach: 20 },
        { regionCode: '370811007', name: '仙营街道', dependentElders: 6, homeCareReach: 0, nursingBedsInReach: 1 },
      ],
      10,
    );
    expect(ranked.map((r) => [r.regionCode, r.unmetNeed, r.rank])).toEqual([
      ['370811007', 5, 1],
      ['370811006', 4, 2],
      ['370811005', 0, 3],
      ['370811002', 0, 4],
    ]);
    expect(ranked[1].explanation).toBe('10 dependent elders (SEVERE/TOTAL) at home − 4 reached by a home-care agency = 6 unreached; − 2 free nursing-type beds within 10 km = 4 unmet');
  });
});

describe('policy indicators', () => {
  it('sets each value beside its target', () => {
    const rows = policyIndicators({ nursingBedShare: 0.5, dependentCentralizedRate: 0.7, gradedInstitutionShare: 0.3, threeStarsOrMoreShare: null }, DEFAULT_POLICY_TARGETS);
    expect(rows.map((r) => [r.code, r.value, r.target, r.meetsTarget])).toEqual([
      ['NURSING_BED_SHARE', 0.5, 0.55, false],
      ['DEPENDENT_CENTRALIZED_RATE', 0.7, 0.6, true],
      ['GRADED_INSTITUTION_SHARE', 0.3, null, null],
      ['THREE_STARS_OR_MORE_SHARE', null, null, null],
    ]);
  });
});
