import { checkoutProblems, chinaWeekday, DIMENSION_MAX, suggestPlan, tasksForVisit, type PlanTask } from './care-plan.policy.js';

const task = (id: string, o: Partial<PlanTask> = {}): PlanTask => ({ id, title: id, service: 'MEAL', required: false, schedule: 'EVERY_VISIT', weekdays: null, ...o });

describe('care plan policy', () => {
  it('a visit carries every-visit tasks, its service\'s tasks and those of its weekday', () => {
    const tasks = [
      task('every'),
      task('meal', { schedule: 'SERVICE', service: 'MEAL' }),
      task('bath', { schedule: 'SERVICE', service: 'BATHING' }),
      task('monday', { schedule: 'WEEKDAYS', weekdays: [1] }),
      task('sunday', { schedule: 'WEEKDAYS', weekdays: [7] }),
    ];
    expect(tasksForVisit(tasks, { service: 'MEAL', weekday: 1 }).map((t) => t.id)).toEqual(['every', 'meal', 'monday']);
    expect(tasksForVisit(tasks, { service: 'BATHING', weekday: 7 }).map((t) => t.id)).toEqual(['every', 'bath', 'sunday']);
  });

  it('weekdays are China-time weekdays', () => {
    // Sunday 2026-11-29 20:00 UTC is Monday 04:00 in China
    expect(chinaWeekday(new Date('2026-11-29T20:00:00Z'))).toBe(1);
    expect(chinaWeekday(new Date('2026-11-29T10:00:00Z'))).toBe(7);
  });

  it('check-out problems: an open required task (named), a skip without reason, unknown and duplicate tasks', () => {
    const tasks = [task('a', { required: true, title: '助浴' }), task('b'), task('c', { required: true })];
    expect(checkoutProblems(tasks, [{ taskId: 'a', status: 'DONE' }, { taskId: 'c', status: 'SKIPPED', reason: '拒绝' }])).toEqual([]);
    const open = checkoutProblems(tasks, [{ taskId: 'c', status: 'DONE' }]);
    expect(open).toEqual([expect.objectContaining({ reason: 'REQUIRED_TASK_OPEN', path: 'tasks' })]);
    expect(open[0].message).toContain('助浴');
    expect(checkoutProblems(tasks, [{ taskId: 'a', status: 'DONE' }, { taskId: 'c', status: 'SKIPPED', reason: '  ' }]).map((p) => p.reason)).toEqual(['SKIP_REASON_MISSING']);
    expect(checkoutProblems(tasks, [{ taskId: 'a', status: 'DONE' }, { taskId: 'a', status: 'DONE' }, { taskId: 'x', status: 'DONE' }, { taskId: 'c', status: 'DONE' }]).map((p) => p.reason)).toEqual([
      'DUPLICATE_TASK',
      'UNKNOWN_TASK',
    ]);
  });

  it('suggests goals and tasks for dimensions below 60% of their maximum, and always health monitoring', () => {
    expect(suggestPlan(null).tasks.map((t) => t.service)).toEqual(['HEALTH_MONITORING']);
    const full = { ...DIMENSION_MAX };
    expect(suggestPlan(full).goals).toHaveLength(1);
    const justBelow = { ...full, mobility: 8.9 };
    expect(suggestPlan(justBelow).tasks.map((t) => t.service)).toEqual(['REHABILITATION', 'WELFARE_VISIT', 'HEALTH_MONITORING']);
    expect(suggestPlan({ ...full, mobility: 9 }).goals).toHaveLength(1);
  });
});
