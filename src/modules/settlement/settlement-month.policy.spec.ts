import { chinaMonthOf, daysInMonth, parseMonth, stayDayNumbers } from './settlement-month.policy.js';

const at = (iso: string) => new Date(iso);

describe('settlement months in China time', () => {
  it('a month starts at 00:00 China time (16:00 UTC the day before)', () => {
    const m = parseMonth('2026-03')!;
    expect(m.start.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(m.end.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(m.days).toBe(31);
    expect(parseMonth('2028-02')!.days).toBe(29);
  });

  it('an instant late on the last UTC day belongs to the next China month', () => {
    expect(chinaMonthOf(at('2026-03-31T15:59:59Z'))).toBe('2026-03');
    expect(chinaMonthOf(at('2026-03-31T16:00:00Z'))).toBe('2026-04');
  });

  it('refuses what is not a month', () => {
    for (const bad of ['2026-13', '2026-3', '26-03', '2026-03-01', '']) expect(parseMonth(bad)).toBeNull();
  });

  it('a stay counts the day of arrival, not the day of leaving, in China days', () => {
    const m = parseMonth('2026-04')!; // 30 days
    // admitted 10 April 09:00 China time, discharged 20 April 10:00: days 10..19
    expect(daysInMonth(m, at('2026-04-10T01:00:00Z'), at('2026-04-20T02:00:00Z'))).toBe(10);
    // still there: to the end of the month
    expect(daysInMonth(m, at('2026-04-10T01:00:00Z'), null)).toBe(21);
    // arrived before the month: from the 1st
    expect(daysInMonth(m, at('2026-02-01T00:00:00Z'), null)).toBe(30);
    // arrived 31 March 23:30 China time (15:30 UTC): the whole of April, not a day of it lost or added
    expect(daysInMonth(m, at('2026-03-31T15:30:00Z'), at('2026-05-01T01:00:00Z'))).toBe(30);
    // same-day stay: one day
    expect(daysInMonth(m, at('2026-04-05T01:00:00Z'), at('2026-04-05T08:00:00Z'))).toBe(1);
    // left on the 1st: no day of the month
    expect(daysInMonth(m, at('2026-03-01T00:00:00Z'), at('2026-04-01T02:00:00Z'))).toBe(0);
  });

  it('a grade superseded on the day it was published pays no day', () => {
    const m = parseMonth('2026-04')!;
    expect(stayDayNumbers(m, at('2026-04-05T01:00:00Z'), at('2026-04-05T08:00:00Z'), false)).toEqual([]);
    expect(stayDayNumbers(m, at('2026-04-05T01:00:00Z'), at('2026-04-07T08:00:00Z'), false)).toHaveLength(2);
  });
});
