import { createHmac, randomUUID } from 'node:crypto';
import { NotificationChannel } from './notification.policy.js';

/** What a channel sends: the rendered message for one recipient (never an ID number; the phone only for SMS). */
export interface OutgoingMessage {
  /** Stable per (notification, channel): the receiver's idempotency key. */
  deliveryId: string;
  kind: string;
  title: string;
  body: string;
  phone: string | null;
  recipientId: string;
  urgent: boolean;
  createdAt: string;
}

/** The provider accepted the message, or refused it with its answer; `retryable` for 5xx, timeouts and throttling. */
export type SendResult = { ok: true } | { ok: false; retryable: boolean; answer: string };

/** An outward channel (SMS provider, a region's gateway...). */
export interface ChannelAdapter {
  readonly channel: NotificationChannel;
  /** Why the adapter is off (no credentials), or null when it can send. */
  readonly offReason: string | null;
  send(message: OutgoingMessage): Promise<SendResult>;
}

async function post(url: string, init: RequestInit, timeoutMs: number): Promise<{ status: number; text: string } | { timeout: true } | { error: string }> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, text: (await res.text()).slice(0, 400) };
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return { timeout: true };
    return { error: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) };
  }
}

/** RFC 3986 percent-encoding as Alibaba Cloud's RPC signature v1 wants it (space %20, ~ kept, * encoded). */
export function aliyunPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Alibaba Cloud RPC signature, version 1.0 (HMAC-SHA1): the parameters except Signature, sorted by name, each name and
 * value percent-encoded and joined as a=b&c=d; StringToSign = METHOD&%2F&encode(that); the key is the secret plus "&".
 */
export function aliyunSignature(method: string, params: Record<string, string>, accessKeySecret: string): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k])}`)
    .join('&');
  const stringToSign = `${method}&${aliyunPercentEncode('/')}&${aliyunPercentEncode(canonical)}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}

export interface AliyunSmsConfig {
  accessKeyId?: string;
  accessKeySecret?: string;
  signName?: string;
  templateCode?: string;
  endpoint: string;
  regionId: string;
  timeoutMs: number;
}

/**
 * SMS through Alibaba Cloud Short Message Service, API `SendSms` (version 2017-05-25), a POST of form-encoded RPC
 * parameters signed with signature v1. One template (SMS_ALIYUN_TEMPLATE_CODE) with the variables ${title} and
 * ${content}. Answer Code "OK": sent; throttling codes and 5xx: retried; other codes: failed with the answer.
 */
export class AliyunSmsAdapter implements ChannelAdapter {
  readonly channel = NotificationChannel.SMS;
  readonly offReason: string | null;

  constructor(private readonly config: AliyunSmsConfig) {
    const missing = (['accessKeyId', 'accessKeySecret', 'signName', 'templateCode'] as const).filter((k) => !config[k]);
    this.offReason = missing.length ? `SMS off: set SMS_ALIYUN_ACCESS_KEY_ID, SMS_ALIYUN_ACCESS_KEY_SECRET, SMS_ALIYUN_SIGN_NAME and SMS_ALIYUN_TEMPLATE_CODE` : null;
  }

  /** The signed parameters of one SendSms request (exposed for tests). */
  params(message: OutgoingMessage, now = new Date(), nonce: string = randomUUID()): Record<string, string> {
    const params: Record<string, string> = {
      AccessKeyId: this.config.accessKeyId!,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: message.phone!,
      RegionId: this.config.regionId,
      SignName: this.config.signName!,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: nonce,
      SignatureVersion: '1.0',
      TemplateCode: this.config.templateCode!,
      TemplateParam: JSON.stringify({ title: message.title, content: message.body }),
      Timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
      OutId: message.deliveryId,
    };
    params.Signature = aliyunSignature('POST', params, this.config.accessKeySecret!);
    return params;
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    if (!message.phone) return { ok: false, retryable: false, answer: 'no phone number' };
    const body = Object.entries(this.params(message))
      .map(([k, v]) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(v)}`)
      .join('&');
    const res = await post(this.config.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }, this.config.timeoutMs);
    if ('timeout' in res) return { ok: false, retryable: true, answer: `timeout after ${this.config.timeoutMs} ms` };
    if ('error' in res) return { ok: false, retryable: true, answer: `network error: ${res.error}` };
    let answer: { Code?: string; Message?: string } = {};
    try {
      answer = JSON.parse(res.text) as typeof answer;
    } catch {
      /* not JSON: judged by the status */
    }
    if (res.status === 200 && answer.Code === 'OK') return { ok: true };
    const text = `HTTP ${res.status} ${answer.Code ?? ''} ${answer.Message ?? res.text}`.trim();
    const throttled = typeof answer.Code === 'string' && /Throttling|LIMIT_CONTROL/i.test(answer.Code);
    return { ok: false, retryable: res.status >= 500 || throttled, answer: text };
  }
}

export interface WebhookConfig {
  url?: string;
  secret?: string;
  timeoutMs: number;
}

/** The signature header of the webhook: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body)). */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/**
 * A region's own gateway (e.g. WeChat-style template messages): HTTP POST of JSON to NOTIFY_WEBHOOK_URL with headers
 * X-Yiyang-Timestamp (Unix seconds), X-Yiyang-Signature (webhookSignature) and X-Yiyang-Delivery (the same on every
 * retry: the gateway's idempotency key). 2xx: sent; 5xx, 429 and timeouts: retried; other: failed.
 */
export class WebhookAdapter implements ChannelAdapter {
  readonly channel = NotificationChannel.WEBHOOK;
  readonly offReason: string | null;

  constructor(private readonly config: WebhookConfig) {
    this.offReason = config.url && config.secret ? null : 'webhook off: set NOTIFY_WEBHOOK_URL and NOTIFY_WEBHOOK_SECRET';
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const body = JSON.stringify({
      deliveryId: message.deliveryId,
      kind: message.kind,
      title: message.title,
      body: message.body,
      recipientId: message.recipientId,
      urgent: message.urgent,
      createdAt: message.createdAt,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const res = await post(
      this.config.url!,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-yiyang-timestamp': timestamp,
          'x-yiyang-signature': webhookSignature(this.config.secret!, timestamp, body),
          'x-yiyang-delivery': message.deliveryId,
        },
        body,
      },
      this.config.timeoutMs,
    );
    if ('timeout' in res) return { ok: false, retryable: true, answer: `timeout after ${this.config.timeoutMs} ms` };
    if ('error' in res) return { ok: false, retryable: true, answer: `network error: ${res.error}` };
    if (res.status >= 200 && res.status < 300) return { ok: true };
    return { ok: false, retryable: res.status >= 500 || res.status === 429, answer: `HTTP ${res.status} ${res.text}`.trim() };
  }
}
