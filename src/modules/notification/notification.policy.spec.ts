import { aliyunPercentEncode, aliyunSignature, webhookSignature } from './channels.js';
import { chinaTime, NotificationKind, render, TEMPLATES } from './notification-kinds.js';
import { DEFAULT_PREFERENCES, inQuietHours, maskPhone, NotificationChannel, planDeliveries, quietHoursEnd } from './notification.policy.js';

const both = new Set([NotificationChannel.SMS, NotificationChannel.WEBHOOK]);

describe('notification templates', () => {
  it('renders every kind in Chinese, and refuses a missing variable', () => {
    const vars = { elder: '张三', provider: '颐养之家', service: '助浴', caregiver: '李四', time: '12月4日 10:00', by: '家属', minutes: '60', step: '签到', distance: '900', month: '12月', percent: '80', remaining: '40.00' };
    for (const kind of Object.values(NotificationKind)) {
      const r = render(kind, vars);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.body).not.toMatch(/\{\w+\}/);
      expect(r.urgent).toBe(TEMPLATES[kind].urgent);
    }
    expect(() => render(NotificationKind.VISIT_BOOKED, { elder: '张三' })).toThrow('needs');
  });

  it('refuses a message holding an ID number', () => {
    expect(() => render(NotificationKind.ADMITTED, { elder: '370811195001011234', provider: 'x', time: 'y' })).toThrow('ID number');
  });

  it('writes times in China time', () => {
    expect(chinaTime(new Date('2026-12-03T16:30:00Z'))).toBe('12月4日 00:30');
    expect(chinaTime(new Date('2026-12-04T02:05:00Z'))).toBe('12月4日 10:05');
  });
});

describe('quiet hours and channels', () => {
  const at = (iso: string) => new Date(iso);
  it('22:00-07:00 China time by default, across midnight', () => {
    expect(inQuietHours(at('2026-12-04T14:00:00Z'), 1320, 420)).toBe(true); // 22:00
    expect(inQuietHours(at('2026-12-04T13:59:00Z'), 1320, 420)).toBe(false); // 21:59
    expect(inQuietHours(at('2026-12-04T22:59:00Z'), 1320, 420)).toBe(true); // 06:59
    expect(inQuietHours(at('2026-12-04T23:00:00Z'), 1320, 420)).toBe(false); // 07:00
    expect(inQuietHours(at('2026-12-04T23:00:00Z'), 600, 600)).toBe(false);
    expect(quietHoursEnd(at('2026-12-04T15:30:00Z'), 1320, 420).toISOString()).toBe('2026-12-04T23:00:00.000Z');
  });

  it('defers a non-urgent SMS in quiet hours, not an urgent one nor the webhook', () => {
    const night = at('2026-12-04T15:00:00Z');
    const normal = planDeliveries({ kind: NotificationKind.VISIT_BOOKED, urgent: false, now: night, preferences: DEFAULT_PREFERENCES, configured: both, hasPhone: true });
    expect(normal).toEqual([
      { channel: 'SMS', status: 'PENDING', notBefore: new Date('2026-12-04T23:00:00Z') },
      { channel: 'WEBHOOK', status: 'PENDING', notBefore: null },
    ]);
    const urgent = planDeliveries({ kind: NotificationKind.VISIT_CANCELLED, urgent: true, now: night, preferences: DEFAULT_PREFERENCES, configured: both, hasPhone: true });
    expect(urgent[0]).toEqual({ channel: 'SMS', status: 'PENDING', notBefore: null });
  });

  it('suppresses with why: switched off, not configured, no phone', () => {
    const day = at('2026-12-04T03:00:00Z');
    const prefs = { ...DEFAULT_PREFERENCES, channels: { VISIT_BOOKED: [NotificationChannel.WEBHOOK] } };
    const off = planDeliveries({ kind: NotificationKind.VISIT_BOOKED, urgent: false, now: day, preferences: prefs, configured: both, hasPhone: true });
    expect(off[0]).toEqual({ channel: 'SMS', status: 'SUPPRESSED', reason: 'switched off by the recipient for this kind' });
    expect(off[1].status).toBe('PENDING');
    const none = planDeliveries({ kind: NotificationKind.VISIT_BOOKED, urgent: false, now: day, preferences: DEFAULT_PREFERENCES, configured: new Set(), hasPhone: false });
    expect(none.map((p) => p.status === 'SUPPRESSED' && p.reason)).toEqual(['channel not configured', 'channel not configured']);
    const noPhone = planDeliveries({ kind: NotificationKind.VISIT_BOOKED, urgent: false, now: day, preferences: DEFAULT_PREFERENCES, configured: both, hasPhone: false });
    expect(noPhone[0]).toEqual({ channel: 'SMS', status: 'SUPPRESSED', reason: 'no phone number' });
  });

  it('masks phone numbers for logs', () => {
    expect(maskPhone('13900000001')).toBe('139****0001');
  });
});

describe('request signing', () => {
  it('Alibaba Cloud v1: percent-encoding and the documented example signature', () => {
    expect(aliyunPercentEncode('a b*~')).toBe('a%20b%2A~');
    // The example of Alibaba Cloud's RPC signature documentation (DescribeRegions, secret "testsecret").
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    };
    expect(aliyunSignature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('webhook: sha256 HMAC of timestamp.body', () => {
    expect(webhookSignature('s', '1', '{}')).toMatch(/^sha256=[0-9a-f]{64}$/);
  });
});
