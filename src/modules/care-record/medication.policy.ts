/** Pure rules of medication orders and administration records (docs/care-records.md). */

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isTimeOfDay = (s: string) => TIME.test(s);

/** A dose is MISSED by the job when nothing was recorded this long after its time. */
export const DEFAULT_MISSED_DOSE_AFTER_MINUTES = 60;

/** The scheduled instant of a dose: a China-time day (YYYY-MM-DD) and a time of day (HH:MM), China having no DST. */
export function doseInstant(day: string, timeOfDay: string): Date {
  return new Date(`${day}T${timeOfDay}:00+08:00`);
}

/** The China-time day (YYYY-MM-DD) and HH:MM of an instant. */
export function chinaDayAndTime(at: Date): { day: string; time: string } {
  const iso = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Is `scheduledAt` one of the order's doses: on a day inside [startsOn, endsOn] at one of its times? */
export function isScheduledDose(order: { timesOfDay: readonly string[]; startsOn: string; endsOn: string | null }, scheduledAt: Date): boolean {
  if (scheduledAt.getUTCSeconds() !== 0 || scheduledAt.getUTCMilliseconds() !== 0) return false;
  const { day, time } = chinaDayAndTime(scheduledAt);
  return order.timesOfDay.includes(time) && day >= order.startsOn && (order.endsOn === null || day <= order.endsOn);
}

/** Every status but GIVEN needs a reason (refused, held by a nurse, missed). */
export const needsReason = (status: string) => status !== 'GIVEN';
