/**
 * Months and days of settlement in China time (Asia/Shanghai, UTC+8 all year: no daylight saving since 1991).
 * A settlement month is "YYYY-MM"; its days are China calendar days. Pure functions.
 */

export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;
const DAY_MS = 24 * 60 * 60_000;
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;

export interface SettlementMonth {
  /** "YYYY-MM" */
  month: string;
  /** "YYYY-MM-01", as stored in date columns. */
  firstDay: string;
  /** The instant the month starts, 00:00 China time on the 1st. */
  start: Date;
  /** The instant the next month starts. */
  end: Date;
  /** Number of days in the month. */
  days: number;
  /** Day number (days since 1970-01-01 in China time) of the 1st. */
  firstDayNumber: number;
}

/** Parses "YYYY-MM" (years 2000-2099), or null when it is not a month. */
export function parseMonth(month: string): SettlementMonth | null {
  const m = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  const startUtc = Date.UTC(year, index, 1);
  const endUtc = Date.UTC(year, index + 1, 1);
  return {
    month,
    firstDay: `${month}-01`,
    start: new Date(startUtc - OFFSET_MS),
    end: new Date(endUtc - OFFSET_MS),
    days: Math.round((endUtc - startUtc) / DAY_MS),
    firstDayNumber: Math.round(startUtc / DAY_MS),
  };
}

/** The China calendar day number of an instant (days since 1970-01-01, China time). */
export const chinaDayNumber = (instant: Date | number): number => Math.floor((new Date(instant).getTime() + OFFSET_MS) / DAY_MS);

/** "YYYY-MM" of the China month an instant falls in. */
export function chinaMonthOf(instant: Date | number): string {
  const local = new Date(new Date(instant).getTime() + OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "YYYY-MM-DD" of a day number. */
export const dayNumberToDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The months from `from` to `to` inclusive ("YYYY-MM"), or null when either is not a month or to < from. */
export function monthRange(from: string, to: string): { from: SettlementMonth; to: SettlementMonth } | null {
  const a = parseMonth(from);
  const b = parseMonth(to);
  if (!a || !b || b.start < a.start) return null;
  return { from: a, to: b };
}

/**
 * The days of a stay [from, until) that fall in the month, counted as China days: the day of arrival counts, the
 * day of leaving does not (a stay that begins and ends on the same day counts one day). `until` null: still there.
 */
export function daysInMonth(month: SettlementMonth, from: Date, until: Date | null): number {
  const first = chinaDayNumber(from);
  let last = until === null ? Number.POSITIVE_INFINITY : chinaDayNumber(until);
  if (last === first) last = first + 1;
  const lo = Math.max(first, month.firstDayNumber);
  const hi = Math.min(last, month.firstDayNumber + month.days);
  return Math.max(0, hi - lo);
}

/**
 * The day numbers of the month a period [from, until) covers, by the same rule as daysInMonth. A grade in force uses
 * `sameDayCountsOne = false`: a grade superseded on the day it was published pays no day (its successor pays it).
 */
export function stayDayNumbers(month: SettlementMonth, from: Date, until: Date | null, sameDayCountsOne = true): number[] {
  const first = chinaDayNumber(from);
  let last = until === null ? Number.POSITIVE_INFINITY : chinaDayNumber(until);
  if (last === first && sameDayCountsOne) last = first + 1;
  const lo = Math.max(first, month.firstDayNumber);
  const hi = Math.min(last, month.firstDayNumber + month.days);
  const out: number[] = [];
  for (let d = lo; d < hi; d++) out.push(d);
  return out;
}
