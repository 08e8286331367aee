import { DEFAULT_PLAN_HORIZON_WEEKS, expandWeeklyPlan, planItemProblems } from './home-bed-plan.policy.js';

const MIN = 60_000;
// Wednesday 2 December 2026, 12:00 China time.
const WED_NOON = Date.parse('2026-12-02T12:00:00+08:00');

describe('home-bed weekly plan', () => {
  const plan = [
    { service: 'BATHING', weekday: 1, startMinute: 9 * 60, durationMinutes: 60 },
    { service: 'MEAL', weekday: 3, startMinute: 11 * 60 + 30, durationMinutes: 30 },
    { service: 'CLEANING', weekday: 3, startMinute: 15 * 60, durationMinutes: 90 },
  ];

  it('generates four weeks ahead by default, each visit on its weekday and local time', () => {
    expect(DEFAULT_PLAN_HORIZON_WEEKS).toBe(4);
    const visits = expandWeeklyPlan(plan, { from: WED_NOON });
    expect(visits.map((v) => [new Date(v.startsAt + 480 * MIN).toISOString().slice(0, 16), v.service])).toEqual([
      // the Wednesday meal at 11:30 has already started: not generated
      ['2026-12-02T15:00', 'CLEANING'],
      ['2026-12-07T09:00', 'BATHING'],
      ['2026-12-09T11:30', 'MEAL'],
      ['2026-12-09T15:00', 'CLEANING'],
      ['2026-12-14T09:00', 'BATHING'],
      ['2026-12-16T11:30', 'MEAL'],
      ['2026-12-16T15:00', 'CLEANING'],
      ['2026-12-21T09:00', 'BATHING'],
      ['2026-12-23T11:30', 'MEAL'],
      ['2026-12-23T15:00', 'CLEANING'],
      ['2026-12-28T09:00', 'BATHING'],
      // the horizon ends Wednesday 30 December at 12:00: the meal at 11:30 is in, the cleaning at 15:00 is not
      ['2026-12-30T11:30', 'MEAL'],
    ]);
    expect(visits[0]).toEqual({ itemIndex: 2, service: 'CLEANING', startsAt: Date.parse('2026-12-02T15:00:00+08:00'), durationMinutes: 90 });
  });

  it('takes the horizon as a parameter', () => {
    expect(expandWeeklyPlan(plan, { from: WED_NOON, horizonWeeks: 1 })).toHaveLength(3);
    expect(expandWeeklyPlan(plan, { from: WED_NOON, horizonWeeks: 0 })).toEqual([]);
  });

  it('uses China time for the weekday', () => {
    // Monday 00:30 China time is Sunday 16:30 UTC.
    const visits = expandWeeklyPlan([{ service: 'MEAL', weekday: 1, startMinute: 30, durationMinutes: 30 }], {
      from: WED_NOON,
      horizonWeeks: 1,
    });
    expect(new Date(visits[0]!.startsAt).toISOString()).toBe('2026-12-06T16:30:00.000Z');
  });

  it('validates plan items', () => {
    expect(planItemProblems(plan)).toEqual([]);
    expect(planItemProblems([{ service: 'MEAL', weekday: 8, startMinute: 1440, durationMinutes: 0 }]).map((p) => p.index)).toEqual([0, 0, 0]);
  });
});
