/**
 * Home beds (家庭养老床位): a weekly care plan expanded into the visits it generates ahead of time
 * (pure: no Nest, no database).
 */

/** How far ahead a plan's visits are generated. */
export const DEFAULT_PLAN_HORIZON_WEEKS = 4;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** One recurring visit: a service every given ISO weekday (1 Monday ... 7 Sunday) at a local time. */
export interface PlanItem {
  service: string;
  weekday: number;
  startMinute: number;
  durationMinutes: number;
}

export interface PlannedVisit {
  itemIndex: number;
  service: string;
  startsAt: number;
  durationMinutes: number;
}

export function planItemProblems(items: readonly PlanItem[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  items.forEach((item, index) => {
    if (!Number.isInteger(item.weekday) || item.weekday < 1 || item.weekday > 7) {
      problems.push({ index, message: 'weekday must be 1 (Monday) to 7 (Sunday)' });
    }
    if (!Number.isInteger(item.startMinute) || item.startMinute < 0 || item.startMinute >= 24 * 60) {
      problems.push({ index, message: 'time must be between 00:00 and 23:59' });
    }
    if (!Number.isInteger(item.durationMinutes) || item.durationMinutes <= 0) {
      problems.push({ index, message: 'duration must be a positive number of minutes' });
    }
  });
  return problems;
}

export interface ExpandOptions {
  /** Visits start strictly after this instant (already-started visits are never generated). */
  from: number;
  horizonWeeks?: number;
  utcOffsetMinutes?: number;
}

/** Every visit the plan asks for in (from, from + horizon), in start order. */
export function expandWeeklyPlan(items: readonly PlanItem[], options: ExpandOptions): PlannedVisit[] {
  const offset = (options.utcOffsetMinutes ?? 8 * 60) * MINUTE;
  const end = options.from + (options.horizonWeeks ?? DEFAULT_PLAN_HORIZON_WEEKS) * 7 * DAY;
  const firstMidnight = Math.floor((options.from + offset) / DAY) * DAY - offset;
  const visits: PlannedVisit[] = [];
  for (let day = firstMidnight; day < end; day += DAY) {
    const js = new Date(day + offset).getUTCDay();
    const weekday = js === 0 ? 7 : js;
    items.forEach((item, itemIndex) => {
      if (item.weekday !== weekday) return;
      const startsAt = day + item.startMinute * MINUTE;
      if (startsAt > options.from && startsAt < end) {
        visits.push({ itemIndex, service: item.service, startsAt, durationMinutes: item.durationMinutes });
      }
    });
  }
  return visits.sort((a, b) => a.startsAt - b.startsAt || a.itemIndex - b.itemIndex);
}
