import { expectData } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildCareWorld, planInput, SET_PLAN, type CareWorld } from './care.fixtures.js';

/** Concurrent setCarePlan for one (elder, provider): the unique key and the upsert's row lock keep one whole plan. */
describe('care records: setCarePlan races', () => {
  let t: TestApp;
  let w: CareWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildCareWorld(t);
  });
  afterAll(() => t.close());

  const variant = (i: number) =>
    planInput(w, [
      { title: `task ${i} a`, service: 'MEAL', required: true, schedule: 'EVERY_VISIT' },
      { title: `task ${i} b`, service: 'BATHING', required: false, schedule: 'SERVICE' },
    ]);

  it('20 concurrent first plans end as one plan, whole (the tasks of one of them), with no error', async () => {
    const runs = Array.from({ length: 20 }, (_, i) => ({ ...variant(i), goals: [`goal ${i}`] }));
    const answers = await Promise.all(runs.map((input) => t.gql(SET_PLAN, { input }, w.staff.token)));
    const plans = answers.map((a) => expectData(a).setCarePlan);
    expect(new Set(plans.map((p) => p.id)).size).toBe(1);

    const rows = await t.db.query(`SELECT id, goals FROM care_plans WHERE elder_id = $1 AND provider_id = $2`, [w.elder.id, w.provider.id]);
    expect(rows).toHaveLength(1);
    const winner = Number(/goal (\d+)/.exec(rows[0].goals[0])![1]);
    const tasks = await t.db.query(`SELECT title, position FROM care_plan_tasks WHERE plan_id = $1 ORDER BY position`, [rows[0].id]);
    expect(tasks.map((x: { title: string }) => x.title)).toEqual([`task ${winner} a`, `task ${winner} b`]);
    // Each answer shows a whole plan: its own goals with its own tasks (never another request's tasks).
    for (const p of plans) {
      const i = Number(/goal (\d+)/.exec(p.goals[0])![1]);
      expect(p.tasks.map((x: { title: string }) => x.title)).toEqual([`task ${i} a`, `task ${i} b`]);
    }
  });

  it('concurrent replacements of an existing plan leave one plan with one request\'s tasks', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => t.gql(SET_PLAN, { input: { ...variant(100 + i), goals: [`goal ${100 + i}`] } }, w.staff.token)));
    answers.forEach((a) => expectData(a));
    const rows = await t.db.query(`SELECT id, goals FROM care_plans WHERE elder_id = $1`, [w.elder.id]);
    expect(rows).toHaveLength(1);
    const winner = Number(/goal (\d+)/.exec(rows[0].goals[0])![1]);
    const tasks = await t.db.query(`SELECT title FROM care_plan_tasks WHERE plan_id = $1 ORDER BY position`, [rows[0].id]);
    expect(tasks.map((x: { title: string }) => x.title)).toEqual([`task ${winner} a`, `task ${winner} b`]);
  });
});
