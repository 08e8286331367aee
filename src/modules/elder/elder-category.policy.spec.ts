import {
  ageOn,
  calendarDateAt,
  countedCategories,
  DEFAULT_ADVANCED_AGE_THRESHOLD,
  extremePovertyDetailErrors,
  mergeCategories,
} from './elder-category.policy.js';

describe('age', () => {
  it('counts completed years, turning a year older on the birthday', () => {
    expect(ageOn('1946-05-10', new Date('2026-05-09T12:00:00+08:00'))).toBe(79);
    expect(ageOn('1946-05-10', new Date('2026-05-10T00:00:00+08:00'))).toBe(80);
    expect(ageOn('1946-05-10', new Date('2026-12-31T12:00:00+08:00'))).toBe(80);
  });

  it('uses the calendar of mainland China, not UTC', () => {
    // 2026-05-09T17:00Z is already 10 May in Beijing.
    const at = new Date('2026-05-09T17:00:00Z');
    expect(calendarDateAt(at)).toBe('2026-05-10');
    expect(ageOn('1946-05-10', at)).toBe(80);
    expect(ageOn('1946-05-10', at, 0)).toBe(79);
  });

  it('makes someone born on 29 February older on 1 March of a common year', () => {
    expect(ageOn('1944-02-29', new Date('2026-02-28T12:00:00+08:00'))).toBe(81);
    expect(ageOn('1944-02-29', new Date('2026-03-01T12:00:00+08:00'))).toBe(82);
    expect(ageOn('1944-02-29', new Date('2028-02-29T12:00:00+08:00'))).toBe(84);
  });
});

describe('counted categories', () => {
  const verified = (category: any) => ({ category, status: 'VERIFIED' as const });
  const declared = (category: any) => ({ category, status: 'DECLARED' as const });

  it('counts verified categories only', () => {
    expect(countedCategories([verified('LOW_INCOME'), declared('EXTREME_POVERTY')], 70)).toEqual(['LOW_INCOME']);
  });

  it('derives ADVANCED_AGE from age with the default threshold 80', () => {
    expect(DEFAULT_ADVANCED_AGE_THRESHOLD).toBe(80);
    expect(countedCategories([], 79)).toEqual([]);
    expect(countedCategories([], 80)).toEqual(['ADVANCED_AGE']);
  });

  it('uses a configured threshold', () => {
    expect(countedCategories([], 75, 75)).toEqual(['ADVANCED_AGE']);
    expect(countedCategories([], 80, 85)).toEqual([]);
  });

  it('ignores a stored ADVANCED_AGE that the age does not support', () => {
    expect(countedCategories([verified('ADVANCED_AGE')], 60)).toEqual([]);
  });

  it('lists categories in a stable order', () => {
    expect(countedCategories([verified('DISABLED'), verified('EXTREME_POVERTY')], 90)).toEqual([
      'EXTREME_POVERTY',
      'ADVANCED_AGE',
      'DISABLED',
    ]);
  });
});

describe('declaring and verifying categories', () => {
  it('a family declares: new categories are DECLARED, verified ones stay VERIFIED', () => {
    const out = mergeCategories([{ category: 'LOW_INCOME', status: 'VERIFIED' }], ['LOW_INCOME', 'LIVING_ALONE'], false);
    expect(out).toEqual([
      { category: 'LOW_INCOME', status: 'VERIFIED' },
      { category: 'LIVING_ALONE', status: 'DECLARED' },
    ]);
  });

  it('a family withdraws declarations but cannot remove a verified category', () => {
    const out = mergeCategories(
      [{ category: 'LOW_INCOME', status: 'VERIFIED' }, { category: 'LIVING_ALONE', status: 'DECLARED' }],
      ['EMPTY_NEST'],
      false,
    );
    expect(out).toEqual([
      { category: 'LOW_INCOME', status: 'VERIFIED' },
      { category: 'EMPTY_NEST', status: 'DECLARED' },
    ]);
  });

  it('a family cannot verify by re-declaring', () => {
    const out = mergeCategories([{ category: 'EXTREME_POVERTY', status: 'DECLARED' }], ['EXTREME_POVERTY'], false);
    expect(out).toEqual([{ category: 'EXTREME_POVERTY', status: 'DECLARED' }]);
  });

  it('civil affairs verifies what it lists and drops the rest', () => {
    const out = mergeCategories(
      [{ category: 'EXTREME_POVERTY', status: 'DECLARED' }, { category: 'LIVING_ALONE', status: 'DECLARED' }],
      ['EXTREME_POVERTY'],
      true,
    );
    expect(out).toEqual([{ category: 'EXTREME_POVERTY', status: 'VERIFIED' }]);
  });

  it('never stores ADVANCED_AGE (it is derived)', () => {
    expect(mergeCategories([], ['ADVANCED_AGE', 'DISABLED'], true)).toEqual([{ category: 'DISABLED', status: 'VERIFIED' }]);
  });

  it('removes duplicates', () => {
    expect(mergeCategories([], ['DISABLED', 'DISABLED'], false)).toHaveLength(1);
  });
});

describe('extreme-poverty support details', () => {
  it('are accepted for an extreme-poverty elder', () => {
    expect(extremePovertyDetailErrors(['EXTREME_POVERTY'], { supportForm: 'CENTRALIZED', selfCareClass: 'FULLY_DEPENDENT' })).toEqual([]);
  });

  it('are refused, naming each field, for anyone else', () => {
    expect(extremePovertyDetailErrors(['LOW_INCOME'], { supportForm: 'DISPERSED', selfCareClass: 'SELF_CARE' })).toEqual([
      'supportForm',
      'selfCareClass',
    ]);
    expect(extremePovertyDetailErrors([], {})).toEqual([]);
  });
});
