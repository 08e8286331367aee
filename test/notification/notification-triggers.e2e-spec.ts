import { expectData, makeElder } from '../support/factories.js';
import { chinaDate } from '../../src/modules/notification/notification-kinds.js';
import { connected, liveClient, type LiveClient } from '../support/live-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { NotificationTriggers } from '../../src/modules/notification/notification-triggers.js';
import { ASSIGN, CANCEL, CHECK_IN, CHECK_OUT, HOME, RESCHEDULE, bookInput, bookOk, buildWorld, future, shiftVisit, type World } from '../home-care/home-care.fixtures.js';

const MINUTE = 60_000;
const INBOX = `query($u: Boolean, $first: Int, $after: String) { myNotifications(unreadOnly: $u, first: $first, after: $after) {
  totalCount nodes { id kind title body objectId urgent createdAt readAt deliveries { channel status suppressedReason } } pageInfo { endCursor hasNextPage } } }`;
const UNREAD = `query { unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
const ADDED = `subscription { notificationAdded { id kind title body objectId } }`;
const ORDER_NOTES = `query($id: ID!) { homeCareOrder(id: $id) { id notifications { kind recipientId title deliveries { channel status } } } }`;

async function eventually<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('notifications: each home-care kind from its trigger, to exactly its recipients', () => {
  let t: TestApp;
  let w: World;
  let url: string;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    for (const c of clients) await c.close();
    await t.close();
  });

  /** (recipient, kind) pairs of an order's notifications, sorted. */
  const sent = async (orderId: string, kind: string) =>
    (await t.db.query(`SELECT recipient_id FROM notifications WHERE object_id = $1 AND kind = $2 ORDER BY recipient_id`, [orderId, kind])).map(
      (r: { recipient_id: string }) => r.recipient_id,
    );
  const sorted = (...ids: string[]) => [...ids].sort();
  const waitFor = (orderId: string, kind: string, n: number) => eventually(async () => ((await sent(orderId, kind)).length >= n ? sent(orderId, kind) : null));

  it('booked, assigned, rescheduled, cancelled: guardians, the caregiver, the provider\'s staff; never another family or provider', async () => {
    const order = await bookOk(t, w.family.token, bookInput(w));
    expect(await waitFor(order.id, 'VISIT_BOOKED', 2)).toEqual(sorted(w.family.id, w.staff.id));

    expectData(await t.gql(ASSIGN, { o: order.id, c: w.cg1.id }, w.staff.token));
    expect(await waitFor(order.id, 'CAREGIVER_ASSIGNED', 2)).toEqual(sorted(w.family.id, w.cg1.id));

    expectData(await t.gql(RESCHEDULE, { o: order.id, s: future(4).toISOString() }, w.family.token));
    expect(await waitFor(order.id, 'VISIT_RESCHEDULED', 2)).toEqual(sorted(w.family.id, w.cg1.id));
    const [moved] = await t.db.query(`SELECT body FROM notifications WHERE object_id = $1 AND kind = 'VISIT_RESCHEDULED' AND recipient_id = $2`, [order.id, w.family.id]);
    expect(moved.body).toContain('家属调整');

    expectData(await t.gql(CANCEL, { o: order.id, r: 'plans changed' }, w.family.token));
    expect(await waitFor(order.id, 'VISIT_CANCELLED', 3)).toEqual(sorted(w.family.id, w.cg1.id, w.staff.id));
    const [cancelled] = await t.db.query(`SELECT title, body, urgent FROM notifications WHERE object_id = $1 AND kind = 'VISIT_CANCELLED' AND recipient_id = $2`, [order.id, w.family.id]);
    expect(cancelled).toMatchObject({ title: '上门服务已取消', urgent: true });
    expect(cancelled.body).toContain('家属取消');

    const strangers = [w.otherFamily.id, w.otherStaff.id, w.otherCaregiver.id, w.cg2.id, w.officer.id, w.admin.id];
    const leaked = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE object_id = $1 AND recipient_id = ANY($2::uuid[])`, [order.id, strangers]);
    expect(leaked[0].n).toBe(0);
  });

  it('checked in (and flagged outside the geofence, to staff), checked out with the actual duration; live to the guardian only', async () => {
    const mine = liveClient(url, w.family.token);
    const theirs = liveClient(url, w.otherFamily.token);
    clients.push(mine, theirs);
    await Promise.all([connected(mine), connected(theirs)]);
    const myAdded = mine.subscribe(ADDED);
    const theirAdded = theirs.subscribe(ADDED);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const order = await bookOk(t, w.family.token, bookInput(w, { startsAt: new Date(Date.now() + 10 * MINUTE).toISOString() }));
    expectData(await t.gql(ASSIGN, { o: order.id, c: w.cg1.id }, w.staff.token));
    const far = { latitude: HOME.latitude + 0.02, longitude: HOME.longitude };
    expectData(await t.gql(CHECK_IN, { o: order.id, l: far }, w.cg1.token));
    expect(await waitFor(order.id, 'CAREGIVER_CHECKED_IN', 1)).toEqual([w.family.id]);
    expect(await waitFor(order.id, 'VISIT_FLAGGED', 1)).toEqual([w.staff.id]);
    const [flag] = await t.db.query(`SELECT body FROM notifications WHERE object_id = $1 AND kind = 'VISIT_FLAGGED'`, [order.id]);
    expect(flag.body).toMatch(/签到的位置距服务地址\d+米/);

    // Pretend the visit began 42 minutes ago, then check out at home.
    await t.db.query(`UPDATE home_care_orders SET checked_in_at = now() - interval '42 minutes' WHERE id = $1`, [order.id]);
    expectData(await t.gql(CHECK_OUT, { o: order.id, l: HOME }, w.cg1.token));
    expect(await waitFor(order.id, 'CAREGIVER_CHECKED_OUT', 1)).toEqual([w.family.id]);
    const [out] = await t.db.query(`SELECT body FROM notifications WHERE object_id = $1 AND kind = 'CAREGIVER_CHECKED_OUT'`, [order.id]);
    expect(out.body).toContain('实际时长42分钟');
    expect((await sent(order.id, 'VISIT_FLAGGED')).length).toBe(1); // the check-out was inside the fence

    const live = await myAdded.next((r) => r.data?.notificationAdded?.kind === 'CAREGIVER_CHECKED_OUT', 5000);
    expect(live?.data?.notificationAdded).toMatchObject({ objectId: order.id, title: '服务已完成' });
    expect(await theirAdded.next(() => true, 500)).toBeNull();
  });

  it('schedules: not started 15 min after the start (staff), reminders 1 hour before and the evening before; running again adds nothing', async () => {
    const triggers = t.app.get(NotificationTriggers);
    const late = await bookOk(t, w.family.token, bookInput(w, { startsAt: new Date(Date.now() + 10 * MINUTE).toISOString() }));
    expectData(await t.gql(ASSIGN, { o: late.id, c: w.cg2.id }, w.staff.token));
    await shiftVisit(t, late.id, new Date(Date.now() - 20 * MINUTE));
    const soon = await bookOk(t, w.family.token, bookInput(w, { startsAt: new Date(Date.now() + 40 * MINUTE).toISOString(), service: 'MEAL', durationMinutes: 30 }));

    await triggers.runVisitSchedules(new Date());
    expect(await sent(late.id, 'VISIT_NOT_STARTED')).toEqual([w.staff.id]);
    expect(await sent(soon.id, 'VISIT_REMINDER')).toEqual([w.family.id]);
    await triggers.runVisitSchedules(new Date());
    expect(await sent(late.id, 'VISIT_NOT_STARTED')).toEqual([w.staff.id]);
    expect(await sent(soon.id, 'VISIT_REMINDER')).toEqual([w.family.id]);

    // Evening before: 20:00 China time the day before a visit at 10:00.
    const visit = future(5, 2);
    const tomorrow = await bookOk(t, w.family.token, bookInput(w, { startsAt: visit.toISOString(), service: 'COMPANIONSHIP' }));
    expectData(await t.gql(ASSIGN, { o: tomorrow.id, c: w.cg1.id }, w.staff.token));
    const evening = new Date(visit.getTime() - 14 * 3600_000); // 02:00Z = 10:00 CST; 14 h earlier = 20:00 CST the day before
    await triggers.runVisitSchedules(evening);
    expect(await sent(tomorrow.id, 'VISIT_REMINDER')).toEqual(sorted(w.family.id, w.cg1.id));
    const [reminder] = await t.db.query(`SELECT body FROM notifications WHERE object_id = $1 AND kind = 'VISIT_REMINDER' LIMIT 1`, [tomorrow.id]);
    expect(reminder.body).toContain('10:00'); // China time

    // Just after midnight: at 23:40 China time a 00:20 visit is due its 1-hour reminder, and only that one.
    const night = future(6, 16, 20); // 16:20Z = 00:20 CST the next day
    const midnight = await bookOk(t, w.family.token, bookInput(w, { startsAt: night.toISOString(), service: 'MEAL', durationMinutes: 30 }));
    await triggers.runVisitSchedules(new Date(night.getTime() - 40 * MINUTE));
    expect(await sent(midnight.id, 'VISIT_REMINDER')).toEqual([w.family.id]);
    const [kept] = await t.db.query(`SELECT dedupe_key FROM notifications WHERE object_id = $1 AND kind = 'VISIT_REMINDER'`, [midnight.id]);
    expect(kept.dedupe_key).toContain(':1h:');
  });

  it('allowance 80% spent (guardians), assessment due in 30 days (guardians, officers in scope), grade expiring in 90 days (staff, officers in scope)', async () => {
    const elder = await makeElder(t, w.family, { location: HOME });
    const startsAt = future(3);
    const month = chinaDate(startsAt).slice(0, 8) + '01';
    await t.db.query(`INSERT INTO home_care_allowances (elder_id, month, allowance_fen, spent_fen) VALUES ($1, $2, 10000, 8500)`, [elder.id, month]);
    await bookOk(t, w.family.token, bookInput({ provider: w.provider, elder }, { startsAt: startsAt.toISOString() }));
    expect(await waitFor(elder.id, 'ALLOWANCE_MOSTLY_SPENT', 1)).toEqual([w.family.id]);
    const [spent] = await t.db.query(`SELECT body FROM notifications WHERE object_id = $1 AND kind = 'ALLOWANCE_MOSTLY_SPENT'`, [elder.id]);
    expect(spent.body).toMatch(/已使用\d+%，剩余\d+\.\d\d元/);

    const triggers = t.app.get(NotificationTriggers);
    await t.db.query(`UPDATE elders SET latest_assessed_at = now() - interval '12 months' + interval '20 days' WHERE id = $1`, [elder.id]);
    await t.db.query(`UPDATE providers SET current_stars = 3, current_rating_valid_until = now() + interval '60 days' WHERE id = $1`, [w.provider.id]);
    await triggers.runDueSchedules(new Date());
    await triggers.runDueSchedules(new Date());
    expect(await sent(elder.id, 'ASSESSMENT_DUE')).toEqual(sorted(w.family.id, w.officer.id));
    expect(await sent(w.provider.id, 'GRADE_EXPIRING')).toEqual(sorted(w.staff.id, w.officer.id));
    const [grade] = await t.db.query(`SELECT body FROM notifications WHERE object_id = $1 AND kind = 'GRADE_EXPIRING' LIMIT 1`, [w.provider.id]);
    expect(grade.body).toMatch(/将于\d{4}年\d+月\d+日到期/);
  });

  it('the inbox: newest first, paged, unread count, marking read only one\'s own; staff see what was sent about an order', async () => {
    const inbox = expectData(await t.gql(INBOX, { first: 2 }, w.family.token)).myNotifications;
    expect(inbox.totalCount).toBeGreaterThan(5);
    expect(inbox.nodes).toHaveLength(2);
    expect(inbox.pageInfo.hasNextPage).toBe(true);
    expect(new Date(inbox.nodes[0].createdAt).getTime()).toBeGreaterThanOrEqual(new Date(inbox.nodes[1].createdAt).getTime());
    // No channel is configured in this run: the deliveries say so.
    expect(inbox.nodes[0].deliveries).toEqual([
      { channel: 'SMS', status: 'SUPPRESSED', suppressedReason: 'channel not configured' },
      { channel: 'WEBHOOK', status: 'SUPPRESSED', suppressedReason: 'channel not configured' },
    ]);
    const before = expectData(await t.gql(UNREAD, {}, w.family.token)).unreadNotificationCount;
    expect(before).toBe(inbox.totalCount);

    const staffInbox = expectData(await t.gql(INBOX, { first: 1 }, w.staff.token)).myNotifications;
    const theirs = staffInbox.nodes[0].id;
    expect(expectData(await t.gql(MARK, { ids: [inbox.nodes[0].id, inbox.nodes[1].id, theirs, '00000000-0000-4000-8000-000000000000'] }, w.family.token)).markNotificationsRead).toBe(2);
    expect(expectData(await t.gql(UNREAD, {}, w.family.token)).unreadNotificationCount).toBe(before - 2);
    expect(expectData(await t.gql(UNREAD, {}, w.staff.token)).unreadNotificationCount).toBe(staffInbox.totalCount);
    const unread = expectData(await t.gql(INBOX, { u: true, first: 100 }, w.family.token)).myNotifications;
    expect(unread.totalCount).toBe(before - 2);

    const [{ object_id: orderId }] = await t.db.query(`SELECT object_id FROM notifications WHERE recipient_id = $1 AND object_type = 'HOME_CARE_ORDER' LIMIT 1`, [w.family.id]);
    const forStaff = expectData(await t.gql(ORDER_NOTES, { id: orderId }, w.staff.token)).homeCareOrder.notifications;
    const forFamily = expectData(await t.gql(ORDER_NOTES, { id: orderId }, w.family.token)).homeCareOrder.notifications;
    expect(forStaff.length).toBeGreaterThan(forFamily.length);
    expect(forFamily.every((n: { recipientId: string }) => n.recipientId === w.family.id)).toBe(true);
    expect(forStaff.some((n: { recipientId: string }) => n.recipientId === w.family.id)).toBe(true);
  });

  it('no ID number in any message, delivery record or log line', async () => {
    const idNumbers = (await t.db.query(`SELECT id_number_masked FROM elders`)).length;
    expect(idNumbers).toBeGreaterThan(0);
    const [{ text }] = await t.db.query(
      `SELECT coalesce(string_agg(n.title || ' ' || n.body || ' ' || coalesce(d.last_error, '') || ' ' || coalesce(d.suppressed_reason, ''), ' '), '') AS text
         FROM notifications n LEFT JOIN notification_deliveries d ON d.notification_id = n.id`,
    );
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    expect(t.logs.join('\n')).not.toMatch(/\d{17}[\dXx]/);
    expect(t.logs.join('\n')).not.toContain(w.family.phone);
  });
});
