import { SettingsService } from '../../src/core/settings/settings.service.js';
import { REASSESSMENT_MONTHS_SETTING } from '../../src/modules/assessment/capability-assessment.service.js';
import { NotificationKind } from '../../src/modules/notification/notification-kinds.js';
import { NotificationTriggers } from '../../src/modules/notification/notification-triggers.js';
import { NotificationService } from '../../src/modules/notification/notification.service.js';
import { Role } from '../../src/core/domain/enums.js';
import { makeElder, makeUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aroundTheClock, bookInput, bookOk, buildWorld, type World } from '../home-care/home-care.fixtures.js';

const MINUTE = 60_000;

describe('notifications: the scheduled scans read the owners in bulk', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    // Enough caregivers for visits at the same time.
    for (let i = 0; i < 4; i++) await aroundTheClock(t, (await makeUser(t, Role.CAREGIVER, { providerId: w.provider.id })).id, w.provider.id);
  });
  afterAll(() => t.close());

  const sent = async (objectId: string, kind: string) =>
    (await t.db.query(`SELECT recipient_id FROM notifications WHERE object_id = $1 AND kind = $2 ORDER BY recipient_id`, [objectId, kind])).map(
      (r: { recipient_id: string }) => r.recipient_id,
    );
  const counted = async (work: () => Promise<unknown>) => {
    const before = t.queries.count;
    await work();
    return t.queries.count - before;
  };

  it('reminders for many visits cost the same reads as for one: only the per-notice writes grow', async () => {
    const triggers = t.app.get(NotificationTriggers);
    const first = await bookOk(t, w.family.token, bookInput(w, { startsAt: new Date(Date.now() + 30 * MINUTE).toISOString(), service: 'MEAL', durationMinutes: 30 }));
    await t.idle();
    const now = new Date();
    await triggers.runVisitSchedules(now);
    expect(await sent(first.id, 'VISIT_REMINDER')).toEqual([w.family.id]);
    const one = await counted(() => triggers.runVisitSchedules(now));

    const more = [];
    for (let i = 0; i < 3; i++) {
      const elder = await makeElder(t, w.family);
      more.push(await bookOk(t, w.family.token, bookInput({ provider: w.provider, elder }, { startsAt: new Date(Date.now() + (35 + i) * MINUTE).toISOString(), service: 'MEAL', durationMinutes: 30 })));
    }
    await t.idle();
    await triggers.runVisitSchedules(now);
    for (const order of more) expect(await sent(order.id, 'VISIT_REMINDER')).toEqual([w.family.id]);
    const four = await counted(() => triggers.runVisitSchedules(now));

    // What one more (already sent, so deduplicated) reminder costs by itself.
    const [row] = await t.db.query(`SELECT starts_at FROM home_care_orders WHERE id = $1`, [first.id]);
    const perNotice = await counted(() =>
      t.app.get(NotificationService).notify({
        kind: NotificationKind.VISIT_REMINDER, objectType: 'HOME_CARE_ORDER', objectId: first.id, variant: `1h:${row.starts_at.toISOString()}`,
        vars: { elder: 'x', provider: 'x', service: 'x', caregiver: 'x', time: 'x', by: 'x' }, recipients: [w.family.id],
      }),
    );
    expect(perNotice).toBeGreaterThan(0);
    expect(four - one).toBe(3 * perNotice);
  });

  it('assessment reminders follow the regional reassessment period (the most specific prefix), for every elder in one scan', async () => {
    const triggers = t.app.get(NotificationTriggers);
    await t.app.get(SettingsService).set(REASSESSMENT_MONTHS_SETTING, 6, '3708');
    await t.app.get(SettingsService).set(REASSESSMENT_MONTHS_SETTING, 3, '370811');
    const threeMonths = await makeElder(t, w.family);
    const sixMonths = await makeElder(t, w.family);
    const twelveMonths = await makeElder(t, w.family);
    await t.db.query(`UPDATE elders SET region_code = '370882' WHERE id = $1`, [sixMonths.id]);
    await t.db.query(`UPDATE elders SET region_code = '110101' WHERE id = $1`, [twelveMonths.id]);
    // Each assessed so that its own period ends in 10 days; the others' periods are months away.
    for (const [id, months] of [[threeMonths.id, 3], [sixMonths.id, 6], [twelveMonths.id, 12]] as const) {
      await t.db.query(`UPDATE elders SET latest_assessed_at = now() - make_interval(months => $2) + interval '10 days' WHERE id = $1`, [id, months]);
    }
    const outOfTurn = await makeElder(t, w.family);
    await t.db.query(`UPDATE elders SET latest_assessed_at = now() - interval '6 months' + interval '10 days' WHERE id = $1`, [outOfTurn.id]); // 370811: 3 months, overdue long ago

    await triggers.runDueSchedules(new Date());
    expect(await sent(threeMonths.id, 'ASSESSMENT_DUE')).toEqual([w.family.id, w.officer.id].sort());
    expect(await sent(sixMonths.id, 'ASSESSMENT_DUE')).toEqual([w.family.id, w.officer.id].sort());
    // In Beijing: the guardian and Beijing's officer, not Jining's.
    expect(await sent(twelveMonths.id, 'ASSESSMENT_DUE')).toEqual([w.family.id, w.outsideOfficer.id].sort());
    expect(await sent(outOfTurn.id, 'ASSESSMENT_DUE')).toEqual([]);
  });
});
