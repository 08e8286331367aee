import { chinaWeekday } from '../../src/modules/care-record/care-plan.policy.js';
import { expectData, expectError, makeElder } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CHECK_IN, HOME } from '../home-care/home-care.fixtures.js';
import {
  assignedVisit,
  buildCareWorld,
  CHECK_OUT_TASKS,
  OBSERVATIONS,
  ORDER_TASKS,
  PLAN,
  planInput,
  RECORD_OBSERVATION,
  recordLowSelfCareAssessment,
  SET_PLAN,
  SUGGESTED,
  type CareWorld,
} from './care.fixtures.js';

describe('care records: care plans, visit tasks and observations', () => {
  let t: TestApp;
  let w: CareWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildCareWorld(t);
  });
  afterAll(() => t.close());

  it('staff set the plan; it replaces the previous one; guardians read it; staff reads are audited', async () => {
    const first = expectData(await t.gql(SET_PLAN, { input: planInput(w) }, w.staff.token)).setCarePlan;
    expect(first.tasks.map((x: { title: string }) => x.title)).toEqual(['助浴', 'Check skin', 'Chat', 'Meal help']);
    expect(first.goals).toEqual(['防跌倒', 'Keep eating well']);
    const second = expectData(await t.gql(SET_PLAN, { input: { ...planInput(w), goals: ['Only one'] } }, w.staff.token)).setCarePlan;
    expect(second.id).toBe(first.id);
    expect(second.goals).toEqual(['Only one']);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM care_plans WHERE elder_id = $1`, [w.elder.id]);
    expect(count).toBe(1);

    expect(expectData(await t.gql(PLAN, { e: w.elder.id, p: w.provider.id }, w.family.token)).carePlan.goals).toEqual(['Only one']);
    const before = await t.db.query(`SELECT * FROM care_record_reads WHERE actor_id = $1`, [w.staff.id]);
    expectData(await t.gql(PLAN, { e: w.elder.id, p: w.provider.id }, w.staff.token));
    const after = await t.db.query(`SELECT actor_role, elder_id, what FROM care_record_reads WHERE actor_id = $1 ORDER BY id`, [w.staff.id]);
    expect(after.length).toBe(before.length + 1);
    expect(after[after.length - 1]).toEqual({ actor_role: 'PROVIDER_STAFF', elder_id: w.elder.id, what: 'care plan' });
    const guardianReads = await t.db.query(`SELECT 1 FROM care_record_reads WHERE actor_id = $1`, [w.family.id]);
    expect(guardianReads).toHaveLength(0);
  });

  it('refuses WEEKDAYS without days, and days on another schedule', async () => {
    const bad = planInput(w, [{ title: 'x', service: 'MEAL', required: true, schedule: 'WEEKDAYS' }]);
    expect(expectError(await t.gql(SET_PLAN, { input: bad }, w.staff.token), 'BAD_USER_INPUT').extensions?.fields?.[0].path).toBe('input.tasks.0.weekdays');
    const bad2 = planInput(w, [{ title: 'x', service: 'MEAL', required: true, schedule: 'EVERY_VISIT', weekdays: [1] }]);
    expectError(await t.gql(SET_PLAN, { input: bad2 }, w.staff.token), 'BAD_USER_INPUT');
  });

  it('staff of a provider not serving the elder cannot set its plan', async () => {
    expectError(await t.gql(SET_PLAN, { input: { ...planInput(w), providerId: w.otherProvider.id } }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(SET_PLAN, { input: planInput(w) }, w.otherStaff.token), 'NOT_FOUND');
  });

  it('suggests a plan from the latest assessment: low dimensions bring their goals and tasks', async () => {
    const none = expectData(await t.gql(SUGGESTED, { e: w.elder.id }, w.staff.token)).suggestedCarePlan;
    expect(none.id).toBeNull();
    expect(none.tasks.map((x: { service: string }) => x.service)).toEqual(['HEALTH_MONITORING']);
    // self-care and mobility scored low, mental state and perception high
    await recordLowSelfCareAssessment(t, w.elder.id, w.officer.id);
    const plan = expectData(await t.gql(SUGGESTED, { e: w.elder.id }, w.staff.token)).suggestedCarePlan;
    const services = plan.tasks.map((x: { service: string }) => x.service);
    expect(services).toEqual(expect.arrayContaining(['MEAL', 'PERSONAL_CARE', 'REHABILITATION', 'HEALTH_MONITORING']));
    expect(services).not.toContain('COMPANIONSHIP');
    expect(services).not.toContain('ERRANDS_AND_BILLS');
    expect(plan.goals).toHaveLength(3);
  });

  it('a visit carries the tasks due on it; check-out refuses an open required task, naming it, and records the rest', async () => {
    const weekday = chinaWeekday(new Date(Date.now() + 10 * 60_000));
    const other = (weekday % 7) + 1;
    expectData(
      await t.gql(
        SET_PLAN,
        {
          input: planInput(w, [
            { title: '助浴', service: 'BATHING', required: true, schedule: 'SERVICE' },
            { title: 'Check skin', service: 'PERSONAL_CARE', required: true, schedule: 'EVERY_VISIT' },
            { title: 'Chat', service: 'COMPANIONSHIP', required: false, schedule: 'EVERY_VISIT' },
            { title: 'Meal help', service: 'MEAL', required: true, schedule: 'SERVICE' },
            { title: 'Today walk', service: 'WALKING_OUTING', required: false, schedule: 'WEEKDAYS', weekdays: [weekday] },
            { title: 'Other-day walk', service: 'WALKING_OUTING', required: true, schedule: 'WEEKDAYS', weekdays: [other] },
          ]),
        },
        w.staff.token,
      ),
    );
    const order = expectData(await t.gql(ORDER_TASKS, { id: w.visit.id }, w.family.token)).homeCareOrder;
    const titles = order.tasks.map((x: { title: string }) => x.title);
    expect(titles).toEqual(['助浴', 'Check skin', 'Chat', 'Today walk']);
    expect(order.tasks.every((x: { status: string }) => x.status === 'OPEN')).toBe(true);
    const id = (title: string) => order.tasks.find((x: { title: string }) => x.title === title).id;

    expectData(await t.gql(CHECK_IN, { o: w.visit.id, l: HOME }, w.caregiver.token));
    const open = expectError(await t.gql(CHECK_OUT_TASKS, { o: w.visit.id, l: HOME, tasks: [{ taskId: id('助浴'), status: 'DONE' }] }, w.caregiver.token), 'BAD_USER_INPUT', 'REQUIRED_TASK_OPEN');
    expect(open.message).toContain('Check skin');
    const noReason = expectError(
      await t.gql(CHECK_OUT_TASKS, { o: w.visit.id, l: HOME, tasks: [{ taskId: id('助浴'), status: 'DONE' }, { taskId: id('Check skin'), status: 'SKIPPED' }] }, w.caregiver.token),
      'BAD_USER_INPUT',
      'SKIP_REASON_MISSING',
    );
    expect(noReason.extensions?.fields?.[0].path).toBe('tasks.1.reason');
    expect((await t.db.query(`SELECT status FROM home_care_orders WHERE id = $1`, [w.visit.id]))[0].status).toBe('IN_PROGRESS');

    const done = expectData(
      await t.gql(
        CHECK_OUT_TASKS,
        { o: w.visit.id, l: HOME, tasks: [{ taskId: id('助浴'), status: 'DONE' }, { taskId: id('Check skin'), status: 'SKIPPED', reason: '老人拒绝' }] },
        w.caregiver.token,
      ),
    ).checkOutVisit;
    expect(done.status).toBe('COMPLETED');
    expect(done.tasks).toEqual([
      { id: id('助浴'), title: '助浴', required: true, status: 'DONE', note: null },
      { id: id('Check skin'), title: 'Check skin', required: true, status: 'SKIPPED', note: '老人拒绝' },
      { id: id('Chat'), title: 'Chat', required: false, status: 'OPEN', note: null },
      { id: id('Today walk'), title: 'Today walk', required: false, status: 'OPEN', note: null },
    ]);
    // what was done stays as recorded when the plan changes later
    expectData(await t.gql(SET_PLAN, { input: planInput(w, []) }, w.staff.token));
    expect(expectData(await t.gql(ORDER_TASKS, { id: w.visit.id }, w.officer.token)).homeCareOrder.tasks[1]).toMatchObject({ status: 'SKIPPED', note: null });
  });

  it('a visit with no plan checks out with no tasks', async () => {
    const visit = await assignedVisit(t, w, await makeElder(t, w.family, { location: HOME }));
    const cg = visit.caregiverId === w.caregiver.id ? w.caregiver : w.idleCaregiver;
    expectData(await t.gql(CHECK_IN, { o: visit.id, l: HOME }, cg.token));
    expect(expectData(await t.gql(CHECK_OUT_TASKS, { o: visit.id, l: HOME }, cg.token)).checkOutVisit).toMatchObject({ status: 'COMPLETED', tasks: [] });
  });

  it('records observations at a visit or a shift; guardians and carers read them; the fields round-trip', async () => {
    const input = {
      elderId: w.elder.id,
      orderId: w.visit.id,
      foodIntake: 'HALF',
      fluidMl: 800,
      mood: 'LOW',
      skinProblems: '骶尾部发红',
      nightToileting: 3,
      pain: 4,
      bloodPressure: { systolic: 150, diastolic: 92 },
      pulse: 78,
      bloodGlucose: 7.2,
      weightKg: 52.5,
      note: '精神稍差',
    };
    const o = expectData(await t.gql(RECORD_OBSERVATION, { input }, w.caregiver.token)).recordObservation;
    expect(o).toMatchObject({ ...input, providerId: w.provider.id, recordedBy: w.caregiver.id });
    const shift = expectData(await t.gql(RECORD_OBSERVATION, { input: { elderId: w.elder.id, pain: 2 } }, w.staff.token)).recordObservation;
    expect(shift.orderId).toBeNull();
    expectError(await t.gql(RECORD_OBSERVATION, { input: { elderId: w.elder.id, pain: 11 } }, w.staff.token), 'BAD_USER_INPUT');
    expectError(await t.gql(RECORD_OBSERVATION, { input: { elderId: w.elder.id, observedAt: new Date(Date.now() + 3_600_000).toISOString() } }, w.staff.token), 'BAD_USER_INPUT');
    // a visit of another elder cannot carry this elder's observation
    expectError(await t.gql(RECORD_OBSERVATION, { input: { elderId: w.elder.id, orderId: '00000000-0000-4000-8000-000000000000' } }, w.staff.token), 'NOT_FOUND');

    const list = expectData(await t.gql(OBSERVATIONS, { e: w.elder.id }, w.family.token)).observations;
    expect(list.map((x: { id: string }) => x.id)).toEqual([shift.id, o.id]);
    const reads = await t.db.query(`SELECT count(*)::int AS count FROM care_record_reads WHERE actor_id = $1 AND what = 'observations'`, [w.caregiver.id]);
    expectData(await t.gql(OBSERVATIONS, { e: w.elder.id }, w.caregiver.token));
    const after = await t.db.query(`SELECT count(*)::int AS count FROM care_record_reads WHERE actor_id = $1 AND what = 'observations'`, [w.caregiver.id]);
    expect(after[0].count).toBe(reads[0].count + 1);
  });
});
