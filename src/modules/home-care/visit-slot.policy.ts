/**
 * Caregivers' time: weekly working hours in China time, visits they already hold, and the free start times
 * that follow from both (pure: no Nest, no database).
 *
 * Times are epoch milliseconds in half-open intervals [start, end). Working hours are wall-clock times in a fixed
 * offset from UTC (China observes UTC+8 all year, so a fixed offset is exact).
 *
 * Travel buffer: a caregiver needs `bufferMinutes` after each visit before the next one begins. Two visits A and B
 * of one caregiver are compatible iff A.end + buffer <= B.start or B.end + buffer <= A.start. The database enforces
 * the same rule by excluding overlaps of [start, end + buffer), so a slot offered here is a slot booking accepts.
 */

export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;
/** Default working day of a caregiver: 08:00-20:00 China time, every day. */
export const DEFAULT_WORKDAY_START_MINUTE = 8 * 60;
export const DEFAULT_WORKDAY_END_MINUTE = 20 * 60;
/** Time a caregiver needs between two visits to travel to the next home. */
export const DEFAULT_TRAVEL_BUFFER_MINUTES = 30;
/** Offered start times are multiples of this many minutes after local midnight. */
export const DEFAULT_SLOT_STEP_MINUTES = 30;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MINUTES_PER_DAY = 24 * 60;

/** One stretch of working time on one weekday (ISO weekday: 1 Monday ... 7 Sunday), minutes after local midnight. */
export interface WorkingPeriod {
  weekday: number;
  startMinute: number;
  endMinute: number;
}
export type WeeklyHours = readonly WorkingPeriod[];

export interface Interval {
  start: number;
  end: number;
}

export function defaultWeeklyHours(
  startMinute = DEFAULT_WORKDAY_START_MINUTE,
  endMinute = DEFAULT_WORKDAY_END_MINUTE,
): WorkingPeriod[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute, endMinute }));
}

/** "08:30" -> 510; null for anything that is not a valid HH:MM in 00:00..24:00. */
export function parseClock(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

export function formatClock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Problems with a weekly schedule, as messages keyed by the index of the offending period; empty when valid. */
export function weeklyHoursProblems(hours: WeeklyHours): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  hours.forEach((p, index) => {
    if (!Number.isInteger(p.weekday) || p.weekday < 1 || p.weekday > 7) {
      problems.push({ index, message: 'weekday must be 1 (Monday) to 7 (Sunday)' });
    }
    if (
      !Number.isInteger(p.startMinute) ||
      !Number.isInteger(p.endMinute) ||
      p.startMinute < 0 ||
      p.endMinute > MINUTES_PER_DAY ||
      p.startMinute >= p.endMinute
    ) {
      problems.push({ index, message: 'a period must start before it ends, within 00:00-24:00' });
    }
  });
  hours.forEach((p, index) => {
    const clash = hours.findIndex(
      (q, j) => j < index && q.weekday === p.weekday && q.startMinute < p.endMinute && p.startMinute < q.endMinute,
    );
    if (clash >= 0) problems.push({ index, message: `overlaps period ${clash} on the same weekday` });
  });
  return problems;
}

/** ISO weekday (1 Monday ... 7 Sunday) of an instant, in the given offset. */
export function localWeekday(instant: number, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): number {
  const d = new Date(instant + utcOffsetMinutes * MINUTE).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The instant of local midnight that starts the local day containing `instant`. */
export function localMidnight(instant: number, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): number {
  const local = instant + utcOffsetMinutes * MINUTE;
  return Math.floor(local / DAY) * DAY - utcOffsetMinutes * MINUTE;
}

/** Sorts and merges overlapping or touching intervals; drops empty ones. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/** Working time inside [from, to), as merged absolute intervals (a 24:00 end touching a 00:00 start merges). */
export function workingIntervals(
  hours: WeeklyHours,
  from: number,
  to: number,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): Interval[] {
  const out: Interval[] = [];
  for (let day = localMidnight(from, utcOffsetMinutes); day < to; day += DAY) {
    const weekday = localWeekday(day, utcOffsetMinutes);
    for (const p of hours) {
      if (p.weekday !== weekday) continue;
      const start = Math.max(from, day + p.startMinute * MINUTE);
      const end = Math.min(to, day + p.endMinute * MINUTE);
      if (end > start) out.push({ start, end });
    }
  }
  return mergeIntervals(out);
}

/** Busy visits widened by the travel buffer on both sides: the time in which no other visit of theirs may lie. */
export function widenBusy(busy: readonly Interval[], bufferMinutes: number): Interval[] {
  return mergeIntervals(busy.map((b) => ({ start: b.start - bufferMinutes * MINUTE, end: b.end + bufferMinutes * MINUTE })));
}

/** `base` minus `minus` (both any order); the result is merged and sorted. */
export function subtractIntervals(base: readonly Interval[], minus: readonly Interval[]): Interval[] {
  const cuts = mergeIntervals(minus);
  const out: Interval[] = [];
  for (const b of mergeIntervals(base)) {
    let cursor = b.start;
    for (const c of cuts) {
      if (c.end <= cursor || c.start >= b.end) continue;
      if (c.start > cursor) out.push({ start: cursor, end: c.start });
      cursor = Math.max(cursor, c.end);
      if (cursor >= b.end) break;
    }
    if (cursor < b.end) out.push({ start: cursor, end: b.end });
  }
  return out;
}

/** Free time of one caregiver inside the window: working hours minus buffered visits. */
export function freeIntervals(
  hours: WeeklyHours,
  busy: readonly Interval[],
  window: Interval,
  bufferMinutes = DEFAULT_TRAVEL_BUFFER_MINUTES,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): Interval[] {
  return subtractIntervals(workingIntervals(hours, window.start, window.end, utcOffsetMinutes), widenBusy(busy, bufferMinutes));
}

export const containsInterval = (free: readonly Interval[], visit: Interval) =>
  free.some((f) => f.start <= visit.start && visit.end <= f.end);

/** Whether a visit lies wholly inside working hours (it may span periods that touch, e.g. 08-12 and 12-20). */
export function withinWorkingHours(
  hours: WeeklyHours,
  visit: Interval,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): boolean {
  return containsInterval(workingIntervals(hours, visit.start, visit.end, utcOffsetMinutes), visit);
}

/** Whether a caregiver can take a visit: inside working hours and clear of every buffered visit they hold. */
export function caregiverCanTake(
  hours: WeeklyHours,
  busy: readonly Interval[],
  visit: Interval,
  bufferMinutes = DEFAULT_TRAVEL_BUFFER_MINUTES,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): boolean {
  return containsInterval(freeIntervals(hours, busy, visit, bufferMinutes, utcOffsetMinutes), visit);
}

/** First start time at or after `instant` that is a whole number of steps after local midnight. */
export function alignToStep(instant: number, stepMinutes: number, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): number {
  const midnight = localMidnight(instant, utcOffsetMinutes);
  const step = stepMinutes * MINUTE;
  return midnight + Math.ceil((instant - midnight) / step) * step;
}

export interface CaregiverTime {
  caregiverId: string;
  hours: WeeklyHours;
  /** Visits they hold, unbuffered. */
  busy: readonly Interval[];
}

export interface SlotQuery {
  window: Interval;
  durationMinutes: number;
  /** Starts before this instant are not offered (a visit must start in the future). */
  notBefore?: number;
  stepMinutes?: number;
  bufferMinutes?: number;
  utcOffsetMinutes?: number;
}

export interface FreeSlot {
  startsAt: number;
  endsAt: number;
  /** Qualified caregivers free for the whole visit. */
  freeCaregivers: number;
  caregiverIds: string[];
}

/**
 * Start times in the window at which at least one of the (already qualified) caregivers is free for the whole
 * duration, with how many are. A slot lies wholly inside the window.
 */
export function computeFreeSlots(caregivers: readonly CaregiverTime[], query: SlotQuery): FreeSlot[] {
  const step = query.stepMinutes ?? DEFAULT_SLOT_STEP_MINUTES;
  const buffer = query.bufferMinutes ?? DEFAULT_TRAVEL_BUFFER_MINUTES;
  const offset = query.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  if (step <= 0 || query.durationMinutes <= 0) return [];
  const duration = query.durationMinutes * MINUTE;
  const free = caregivers.map((c) => ({
    caregiverId: c.caregiverId,
    free: freeIntervals(c.hours, c.busy, query.window, buffer, offset),
  }));
  const slots: FreeSlot[] = [];
  const first = alignToStep(Math.max(query.window.start, query.notBefore ?? query.window.start), step, offset);
  for (let start = first; start + duration <= query.window.end; start += step * MINUTE) {
    const visit = { start, end: start + duration };
    const ids = free.filter((c) => containsInterval(c.free, visit)).map((c) => c.caregiverId);
    if (ids.length > 0) slots.push({ startsAt: start, endsAt: visit.end, freeCaregivers: ids.length, caregiverIds: ids });
  }
  return slots;
}
