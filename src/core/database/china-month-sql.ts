// SQL for China-time periods (Asia/Shanghai): the calendar month of an instant and a span of China dates, as the
// regional figures and exports count by them. The dates are bind parameters of type date (YYYY-MM-DD).

/** The China month (YYYY-MM) of a timestamptz column. */
export const chinaMonthSql = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;

/** A timestamptz column from the start of China date `from` to the start of China date `until` (exclusive). */
export const inChinaDatesSql = (column: string, from: string, until: string) =>
  `${column} >= (${from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AND ${column} < (${until}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`;

/** A span of China dates: the first day, and the day after the last. */
export interface ChinaDates {
  fromDate: string;
  untilDate: string;
}
