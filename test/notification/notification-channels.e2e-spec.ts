import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role } from '../../src/core/domain/enums.js';
import { aliyunSignature, webhookSignature } from '../../src/modules/notification/channels.js';
import { NotificationKind } from '../../src/modules/notification/notification-kinds.js';
import { NotificationChannel, chinaMinute } from '../../src/modules/notification/notification.policy.js';
import { NotificationService } from '../../src/modules/notification/notification.service.js';
import { expectData, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';

const SECRET = 'webhook-secret-for-tests';
const KEY_SECRET = 'aliyun-secret-for-tests';
type Mode = 'ok' | 'fail' | 'fail-once' | 'hang';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}


describe('notification channels: Alibaba Cloud SMS and the signed webhook against a local server; durable delivery', () => {
  let t: TestApp;
  let server: Server;
  const received: Received[] = [];
  /** How the server answers, by phone (SMS) or recipient id (webhook). */
  const modes = new Map<string, Mode>();
  const seen = new Map<string, number>();
  let service: NotificationService;
  let objectSeq = 0;

  const answer = (who: string, res: ServerResponse, okBody: string) => {
    const mode = modes.get(who) ?? 'ok';
    const n = (seen.get(who) ?? 0) + 1;
    seen.set(who, n);
    if (mode === 'hang') return; // never answers: the sender times out
    if (mode === 'fail' || (mode === 'fail-once' && n === 1)) {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"Code":"isp.SYSTEM_ERROR","Message":"busy"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(okBody);
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        if (req.url === '/sms') answer(`sms:${new URLSearchParams(body).get('PhoneNumbers')}`, res, '{"Code":"OK","Message":"OK","BizId":"1","RequestId":"r"}');
        else answer(`hook:${JSON.parse(body).recipientId}`, res, '{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp({
      SMS_ALIYUN_ACCESS_KEY_ID: 'test-key-id',
      SMS_ALIYUN_ACCESS_KEY_SECRET: KEY_SECRET,
      SMS_ALIYUN_SIGN_NAME: '颐养',
      SMS_ALIYUN_TEMPLATE_CODE: 'SMS_000001',
      SMS_ALIYUN_ENDPOINT: `${base}/sms`,
      NOTIFY_WEBHOOK_URL: `${base}/hook`,
      NOTIFY_WEBHOOK_SECRET: SECRET,
      // Long enough that a loaded machine's slow answer is not taken for a hang (an attempt would be counted twice).
      NOTIFY_SEND_TIMEOUT_MS: '2000',
      NOTIFY_RETRY_LIMIT: '2',
      NOTIFY_RETRY_DELAY_SECONDS: '1',
    });
    service = t.app.get(NotificationService);
  });
  afterAll(async () => {
    await t.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** A user without quiet hours (so that the time of day the test runs at does not matter), unless asked. */
  async function person(quiet: [number, number] = [0, 0]): Promise<TestUser> {
    const u = await makeUser(t, Role.FAMILY);
    await t.db.query(`INSERT INTO notification_preferences (user_id, quiet_start_minute, quiet_end_minute) VALUES ($1, $2, $3)`, [u.id, quiet[0], quiet[1]]);
    return u;
  }

  async function notify(user: TestUser, kind = NotificationKind.ADMITTED): Promise<string> {
    const objectId = `00000000-0000-4000-8000-${String(++objectSeq).padStart(12, '0')}`;
    const ids = await service.notify({ kind, objectType: 'ELDER', objectId, vars: { elder: '王奶奶', provider: '颐养之家', time: '12月4日 10:00' }, recipients: [user.id] });
    return ids[0];
  }

  const delivery = async (id: string, channel: string) =>
    (await t.db.query(`SELECT * FROM notification_deliveries WHERE notification_id = $1 AND channel = $2`, [id, channel]))[0];
  const settled = (id: string, channel: string) =>
    eventually(async () => {
      const d = await delivery(id, channel);
      return ['SENT', 'FAILED', 'SUPPRESSED'].includes(d.status) ? d : null;
    });

  it('sends SMS as SendSms documents it (form POST, signature v1) and the webhook with a valid HMAC-SHA256 signature', async () => {
    const u = await person();
    const id = await notify(u);
    const sms = await settled(id, 'SMS');
    const hook = await settled(id, 'WEBHOOK');
    expect(sms).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
    expect(hook).toMatchObject({ status: 'SENT', attempts: 1 });

    const smsReq = received.find((r) => r.path === '/sms' && new URLSearchParams(r.body).get('PhoneNumbers') === u.phone)!;
    expect(smsReq.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const params = Object.fromEntries(new URLSearchParams(smsReq.body));
    expect(params).toMatchObject({
      Action: 'SendSms', Version: '2017-05-25', Format: 'JSON', AccessKeyId: 'test-key-id', SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0',
      SignName: '颐养', TemplateCode: 'SMS_000001', RegionId: 'cn-hangzhou', OutId: `${id}:SMS`,
    });
    expect(params.Timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(JSON.parse(params.TemplateParam)).toEqual({ title: '已入住', content: '王奶奶已于12月4日 10:00入住颐养之家。' });
    expect(params.Signature).toBe(aliyunSignature('POST', params, KEY_SECRET));

    const hookReq = received.find((r) => r.path === '/hook' && JSON.parse(r.body).recipientId === u.id)!;
    const ts = String(hookReq.headers['x-yiyang-timestamp']);
    expect(hookReq.headers['x-yiyang-signature']).toBe(webhookSignature(SECRET, ts, hookReq.body));
    expect(hookReq.headers['x-yiyang-delivery']).toBe(`${id}:WEBHOOK`);
    expect(JSON.parse(hookReq.body)).toMatchObject({ kind: 'ADMITTED', title: '已入住', urgent: false });
  });

  it('retries a 500 with backoff (then SENT), and after the last retry of a 500 or a timeout marks it FAILED with the answer', async () => {
    const flaky = await person();
    modes.set(`sms:${flaky.phone}`, 'fail-once');
    const a = await notify(flaky);
    expect(await settled(a, 'SMS')).toMatchObject({ status: 'SENT', attempts: 2 });

    const down = await person();
    modes.set(`sms:${down.phone}`, 'fail');
    modes.set(`hook:${down.id}`, 'hang');
    const b = await notify(down);
    const failed = await settled(b, 'SMS');
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(failed.last_error).toContain('HTTP 500 isp.SYSTEM_ERROR busy');
    const timedOut = await settled(b, 'WEBHOOK');
    expect(timedOut).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(timedOut.last_error).toContain('timeout after 2000 ms');
    expect(seen.get(`sms:${down.phone}`)).toBe(3);
  });

  it('never sends twice: a delivery found mid-send after a restart is not resent by SMS (FAILED, outcome unknown), and a sent one is never sent again', async () => {
    const u = await person();
    const id = await notify(u);
    await settled(id, 'SMS');
    await settled(id, 'WEBHOOK');
    const before = seen.get(`sms:${u.phone}`);
    // A redelivered job for a SENT row (at-least-once queue): nothing is sent.
    await service.deliver({ notificationId: id, channel: NotificationChannel.SMS }, 1);
    expect(seen.get(`sms:${u.phone}`)).toBe(before);

    // The instance died after claiming the delivery (SENDING committed) and before recording the answer.
    const v = await person();
    const id2 = await notify(v);
    await settled(id2, 'SMS');
    await settled(id2, 'WEBHOOK');
    const smsBefore = seen.get(`sms:${v.phone}`)!;
    const hookBefore = seen.get(`hook:${v.id}`)!;
    await t.db.query(`UPDATE notification_deliveries SET status = 'SENDING', sent_at = NULL WHERE notification_id = $1`, [id2]);
    await service.deliver({ notificationId: id2, channel: NotificationChannel.SMS }, 1);
    await service.deliver({ notificationId: id2, channel: NotificationChannel.WEBHOOK }, 1);
    expect(seen.get(`sms:${v.phone}`)).toBe(smsBefore);
    const sms = await delivery(id2, 'SMS');
    expect(sms.status).toBe('FAILED');
    expect(sms.last_error).toContain('not resent');
    // The webhook is resent with the same delivery key, by which the gateway drops a duplicate.
    expect(seen.get(`hook:${v.id}`)).toBe(hookBefore + 1);
    const keys = received.filter((r) => r.path === '/hook' && JSON.parse(r.body).recipientId === v.id).map((r) => r.headers['x-yiyang-delivery']);
    expect(new Set(keys)).toEqual(new Set([`${id2}:WEBHOOK`]));
  });

  it('quiet hours defer a non-urgent SMS (not the webhook), an urgent kind goes at once; preferences switch channels off', async () => {
    const now = chinaMinute(new Date());
    const quiet = await person([(now + 1440 - 60) % 1440, (now + 60) % 1440]);
    const calm = await notify(quiet, NotificationKind.ADMITTED);
    const deferred = await delivery(calm, 'SMS');
    expect(deferred.status).toBe('PENDING');
    expect(new Date(deferred.not_before).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(await settled(calm, 'WEBHOOK')).toMatchObject({ status: 'SENT' });
    const urgent = await service.notify({
      kind: NotificationKind.VISIT_CANCELLED, objectType: 'HOME_CARE_ORDER', objectId: '00000000-0000-4000-8000-999999999999',
      vars: { elder: '王奶奶', time: '12月4日 10:00', service: '助浴', by: '家属' }, recipients: [quiet.id],
    });
    expect(await settled(urgent[0], 'SMS')).toMatchObject({ status: 'SENT' });

    const picky = await person();
    const SET = `mutation($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) { channels { kind channels } quietHoursStart quietHoursEnd } }`;
    const prefs = expectData(await t.gql(SET, { input: { channels: [{ kind: 'ADMITTED', channels: ['WEBHOOK'] }], quietHoursStart: '23:00' } }, picky.token)).setNotificationPreferences;
    expect(prefs).toEqual({ channels: [{ kind: 'ADMITTED', channels: ['WEBHOOK'] }], quietHoursStart: '23:00', quietHoursEnd: '00:00' });
    const id = await notify(picky, NotificationKind.ADMITTED);
    expect(await delivery(id, 'SMS')).toMatchObject({ status: 'SUPPRESSED', suppressed_reason: 'switched off by the recipient for this kind' });
    expect(await settled(id, 'WEBHOOK')).toMatchObject({ status: 'SENT' });
    const bad = await t.gql(SET, { input: { quietHoursStart: '25:00' } }, picky.token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('logs say which channels are on, and hold no phone number', () => {
    const logs = t.logs.join('\n');
    expect(logs).toContain('notification channel on');
    const phones = [...seen.keys()].filter((k) => k.startsWith('sms:')).map((k) => k.slice(4));
    expect(phones.length).toBeGreaterThan(3);
    for (const phone of phones) expect(logs).not.toContain(phone);
  });

  it('makes several occurrences\' notifications in one call (a handler\'s batch): each its recipients once, every channel delivered, in a fixed number of statements', async () => {
    const [a, b, c] = [await person(), await person(), await person()];
    const objectId = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
    const vars = { elder: '王奶奶', provider: '颐养之家', time: '12月4日 10:00' };
    t.queries.captured = [];
    const made = await service.notifyMany([
      { kind: NotificationKind.ADMITTED, objectType: 'ELDER', objectId: objectId(1), vars, recipients: [a.id, b.id, a.id] },
      { kind: NotificationKind.DISCHARGED, objectType: 'ELDER', objectId: objectId(2), vars, recipients: [c.id] },
      { kind: NotificationKind.ADMITTED, objectType: 'ELDER', objectId: objectId(3), vars, recipients: [] },
    ]);
    // (The bus message after the commit is left out: it may be sent before or after this line.)
    const statements = t.queries.captured.filter((sql) => !sql.includes('pg_notify')).length;
    t.queries.captured = null;
    expect(made.map((ids) => ids.length)).toEqual([2, 1, 0]);
    // The transaction, the inbox rows, the phones, the delivery rows, and one job per channel and notification (2 x 3).
    expect(statements).toBeLessThanOrEqual(2 + 3 + 6);
    const rows = await t.db.query(`SELECT recipient_id, kind FROM notifications WHERE id = ANY($1::uuid[]) ORDER BY kind, recipient_id`, [made.flat()]);
    expect(rows).toEqual(
      [
        { recipient_id: a.id, kind: 'ADMITTED' },
        { recipient_id: b.id, kind: 'ADMITTED' },
        { recipient_id: c.id, kind: 'DISCHARGED' },
      ].sort((x, y) => x.kind.localeCompare(y.kind) || x.recipient_id.localeCompare(y.recipient_id)),
    );
    for (const id of made.flat()) {
      expect((await settled(id, NotificationChannel.SMS)).status).toBe('SENT');
      expect((await settled(id, NotificationChannel.WEBHOOK)).status).toBe('SENT');
    }
    // Told once: the same occurrences again make nothing.
    expect(
      await service.notifyMany([{ kind: NotificationKind.ADMITTED, objectType: 'ELDER', objectId: objectId(1), vars, recipients: [a.id, b.id] }]),
    ).toEqual([[]]);
  });
});
