// Days and ages on the calendar of mainland China. Pure: no framework, no database.

/** Ages are counted on the calendar of mainland China (UTC+8, no daylight saving). */
export const CHINA_UTC_OFFSET_MINUTES = 480;

/** The calendar date (YYYY-MM-DD) of an instant at a fixed UTC offset. */
export function calendarDateAt(at: Date, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/**
 * Completed years (周岁) on the calendar day of `at`. Someone born on 29 February becomes a year older on
 * 1 March in common years, because "02-28" sorts before "02-29" and "03-01" after it.
 */
export function ageOn(birthDate: string, at: Date, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): number {
  const today = calendarDateAt(at, utcOffsetMinutes);
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5, 10) ? years : years - 1;
}
