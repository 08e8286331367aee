import { resolveRegional } from './regional.js';

describe('the regional override rule', () => {
  const rows = [
    { region_prefix: '3708', value: { a: 2 } },
    { region_prefix: '', value: { a: 1, b: 1 } },
    { region_prefix: '370811', value: { b: 3 } },
    { region_prefix: '3710', value: { a: 9, b: 9 } },
  ];

  it('applies the matching prefixes from the national default to the most specific, field by field', () => {
    expect(resolveRegional(rows, '370811', { a: 0, b: 0, c: 0 })).toEqual({ a: 2, b: 3, c: 0 });
    expect(resolveRegional(rows, '370812', { a: 0, b: 0, c: 0 })).toEqual({ a: 2, b: 1, c: 0 });
    expect(resolveRegional(rows, '11', { a: 0, b: 0, c: 0 })).toEqual({ a: 1, b: 1, c: 0 });
  });

  it('merges nested objects field by field too', () => {
    const nested = [
      { region_prefix: '', value: { rates: { MILD: 1, SEVERE: 2 } } },
      { region_prefix: '3708', value: { rates: { SEVERE: 5 } } },
    ];
    expect(resolveRegional(nested, '370811', { rates: { MILD: 0, SEVERE: 0, TOTAL: 0 }, other: 1 })).toEqual({ rates: { MILD: 1, SEVERE: 5, TOTAL: 0 }, other: 1 });
  });

  it('a scalar is replaced: the most specific prefix wins, the default when none applies', () => {
    const ages = [
      { region_prefix: '', value: 80 },
      { region_prefix: '3708', value: 75 },
    ];
    expect(resolveRegional(ages, '370811', 70)).toBe(75);
    expect(resolveRegional(ages, '1101', 70)).toBe(80);
    expect(resolveRegional([], '1101', 70)).toBe(70);
  });

  it('prefixes are compared as stored: a sibling prefix never applies, null values are skipped', () => {
    expect(resolveRegional([{ region_prefix: '37081', value: 1 }, { region_prefix: '3708', value: null }], '370820', 0)).toBe(0);
  });
});
