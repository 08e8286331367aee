import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role } from '../../src/core/domain/enums.js';
import { NotificationKind } from '../../src/modules/notification/notification-kinds.js';
import { NotificationService } from '../../src/modules/notification/notification.service.js';
import { expectData, expectError, makeUser, type TestUser } from '../support/factories.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LIST = `query($filter: NotificationDeliveryFilter, $first: Int, $after: String) {
  notificationDeliveries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { notificationId channel status attempts lastError updatedAt notification { id kind title recipientId deliveries { channel status } } } } }`;
const RETRY = `mutation($id: ID!, $channel: NotificationChannel!) { retryNotificationDelivery(notificationId: $id, channel: $channel) { channel status attempts lastError } }`;

describe('notification deliveries for admins: the FAILED ones listed, filtered, paged, and retried once', () => {
  let t: TestApp;
  let server: Server;
  let admin: TestUser;
  let family: TestUser;
  let officer: TestUser;
  /** Phones (SMS) and recipient ids (webhook) the local gateway refuses with a 500. */
  const refused = new Set<string>();
  let objectSeq = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const who = req.url === '/sms' ? new URLSearchParams(body).get('PhoneNumbers')! : JSON.parse(body).recipientId;
        if (refused.has(who)) res.writeHead(500, { 'content-type': 'application/json' }).end('{"Code":"isp.SYSTEM_ERROR","Message":"busy"}');
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{"Code":"OK","Message":"OK"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp({
      SMS_ALIYUN_ACCESS_KEY_ID: 'test-key-id',
      SMS_ALIYUN_ACCESS_KEY_SECRET: 'aliyun-secret-for-tests',
      SMS_ALIYUN_SIGN_NAME: '颐养',
      SMS_ALIYUN_TEMPLATE_CODE: 'SMS_000001',
      SMS_ALIYUN_ENDPOINT: `${base}/sms`,
      NOTIFY_WEBHOOK_URL: `${base}/hook`,
      NOTIFY_WEBHOOK_SECRET: 'webhook-secret-for-tests',
      NOTIFY_SEND_TIMEOUT_MS: '1000',
      NOTIFY_RETRY_LIMIT: '0',
    });
    admin = await makeUser(t, Role.ADMIN);
    family = await makeUser(t, Role.FAMILY);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
  });
  afterAll(async () => {
    await t.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** A person without quiet hours, told once (SMS and webhook). */
  async function told(failing: { sms?: boolean; hook?: boolean }): Promise<{ user: TestUser; id: string }> {
    const user = await makeUser(t, Role.FAMILY);
    await t.db.query(`INSERT INTO notification_preferences (user_id, quiet_start_minute, quiet_end_minute) VALUES ($1, 0, 0)`, [user.id]);
    if (failing.sms) refused.add(user.phone);
    if (failing.hook) refused.add(user.id);
    const objectId = `00000000-0000-4000-8000-${String(++objectSeq).padStart(12, '0')}`;
    const [id] = await t.app.get(NotificationService).notify({
      kind: NotificationKind.ADMITTED, objectType: 'ELDER', objectId, vars: { elder: '王奶奶', provider: '颐养之家', time: '12月4日 10:00' }, recipients: [user.id],
    });
    for (const channel of ['SMS', 'WEBHOOK']) {
      await eventually(async () => {
        const [d] = await t.db.query(`SELECT status FROM notification_deliveries WHERE notification_id = $1 AND channel = $2`, [id, channel]);
        return ['SENT', 'FAILED'].includes(d.status);
      });
    }
    return { user, id };
  }

  const deliveryJobs = async (id: string, channel: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notify.deliver' AND data->>'notificationId' = $1 AND data->>'channel' = $2`, [id, channel]))[0].n;

  let smsDown: { user: TestUser; id: string };
  let hookDown: { user: TestUser; id: string };
  let allGood: { user: TestUser; id: string };

  it('lists the FAILED deliveries by default, newest change first, with the notification; filters by status and channel; pages', async () => {
    smsDown = await told({ sms: true });
    hookDown = await told({ hook: true });
    allGood = await told({});

    const failed = expectData(await t.gql(LIST, {}, admin.token)).notificationDeliveries;
    expect(failed.totalCount).toBe(2);
    expect(failed.nodes.map((n: any) => [n.notificationId, n.channel, n.status])).toEqual([
      [hookDown.id, 'WEBHOOK', 'FAILED'],
      [smsDown.id, 'SMS', 'FAILED'],
    ]);
    const [hook, sms] = failed.nodes;
    expect(new Date(hook.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(sms.updatedAt).getTime());
    expect(sms).toMatchObject({ attempts: 1, notification: { id: smsDown.id, kind: 'ADMITTED', title: '已入住', recipientId: smsDown.user.id } });
    expect(sms.lastError).toContain('HTTP 500');
    expect(sms.notification.deliveries).toEqual([
      { channel: 'SMS', status: 'FAILED' },
      { channel: 'WEBHOOK', status: 'SENT' },
    ]);

    const smsOnly = expectData(await t.gql(LIST, { filter: { channel: ['SMS'] } }, admin.token)).notificationDeliveries;
    expect(smsOnly.nodes.map((n: any) => n.notificationId)).toEqual([smsDown.id]);
    const sent = expectData(await t.gql(LIST, { filter: { status: ['SENT'], channel: ['WEBHOOK'] } }, admin.token)).notificationDeliveries;
    expect(sent.nodes.map((n: any) => n.notificationId).sort()).toEqual([smsDown.id, allGood.id].sort());

    const first = expectData(await t.gql(LIST, { first: 1 }, admin.token)).notificationDeliveries;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = expectData(await t.gql(LIST, { first: 1, after: first.pageInfo.endCursor }, admin.token)).notificationDeliveries;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes].map((n: any) => n.notificationId)).toEqual(failed.nodes.map((n: any) => n.notificationId));
  });

  it('is for admins only, and refuses a filter that is not a status or channel', async () => {
    for (const who of [family, officer]) {
      expectError(await t.gql(LIST, {}, who.token), 'FORBIDDEN');
      expectError(await t.gql(RETRY, { id: smsDown.id, channel: 'SMS' }, who.token), 'FORBIDDEN');
    }
    const bad = await t.gql(LIST, { filter: { status: ['LOST'] } }, admin.token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('NotificationDeliveryStatus');
  });

  it('retries a FAILED delivery (then SENT); refuses one that is not FAILED, an unknown one and a malformed id', async () => {
    refused.delete(smsDown.user.phone);
    const jobsBefore = await deliveryJobs(smsDown.id, 'SMS');
    const retried = expectData(await t.gql(RETRY, { id: smsDown.id, channel: 'SMS' }, admin.token)).retryNotificationDelivery;
    expect(retried).toMatchObject({ channel: 'SMS', status: 'PENDING', attempts: 1 });
    expect(await deliveryJobs(smsDown.id, 'SMS')).toBe(jobsBefore + 1);
    const done = await eventually(async () => {
      const [d] = await t.db.query(`SELECT status, attempts, last_error FROM notification_deliveries WHERE notification_id = $1 AND channel = 'SMS'`, [smsDown.id]);
      return d.status === 'SENT' ? d : null;
    });
    expect(done).toMatchObject({ attempts: 2, last_error: null });
    expect(expectData(await t.gql(LIST, {}, admin.token)).notificationDeliveries.nodes.map((n: any) => n.notificationId)).toEqual([hookDown.id]);

    expectError(await t.gql(RETRY, { id: smsDown.id, channel: 'SMS' }, admin.token), 'CONFLICT', 'INVALID_TRANSITION');
    expectError(await t.gql(RETRY, { id: allGood.id, channel: 'WEBHOOK' }, admin.token), 'CONFLICT', 'INVALID_TRANSITION');
    expectError(await t.gql(RETRY, { id: '00000000-0000-4000-8000-999999999999', channel: 'SMS' }, admin.token), 'NOT_FOUND');
    const malformed = await t.gql(RETRY, { id: 'not-an-id', channel: 'SMS' }, admin.token);
    expectError(malformed, 'BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ path: 'id' })]);
  });

  it('two admins retrying the same delivery at once: one retry, one refusal, one job', async () => {
    const other = await makeUser(t, Role.ADMIN);
    const jobsBefore = await deliveryJobs(hookDown.id, 'WEBHOOK');
    const answers = await Promise.all([
      t.gql(RETRY, { id: hookDown.id, channel: 'WEBHOOK' }, admin.token),
      t.gql(RETRY, { id: hookDown.id, channel: 'WEBHOOK' }, other.token),
    ]);
    const ok = answers.filter((a) => !a.errors);
    const refusedAnswers = answers.filter((a) => a.errors);
    expect(ok).toHaveLength(1);
    expect(refusedAnswers).toHaveLength(1);
    expectError(refusedAnswers[0], 'CONFLICT', 'INVALID_TRANSITION');
    expect(await deliveryJobs(hookDown.id, 'WEBHOOK')).toBe(jobsBefore + 1);
    // The gateway still refuses it: it fails again and is listed again.
    await eventually(async () => {
      const [d] = await t.db.query(`SELECT status, attempts FROM notification_deliveries WHERE notification_id = $1 AND channel = 'WEBHOOK'`, [hookDown.id]);
      return d.status === 'FAILED' && d.attempts === 2;
    });
  });
});
