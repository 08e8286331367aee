/**
 * Delivery rules, pure: which outward channels a notification goes to and when (preferences, quiet hours).
 * The in-app inbox always receives every notification; these rules only concern SMS and the webhook.
 */
import { chinaParts, type NotificationKind } from './notification-kinds.js';

export enum NotificationChannel {
  SMS = 'SMS',
  WEBHOOK = 'WEBHOOK',
}

export const OUTWARD_CHANNELS = [NotificationChannel.SMS, NotificationChannel.WEBHOOK] as const;

/** Quiet hours by default: 22:00 to 07:00 China time. */
export const DEFAULT_QUIET_START = 22 * 60;
export const DEFAULT_QUIET_END = 7 * 60;

export interface Preferences {
  /** Channels per kind; a kind not listed uses every channel. An empty list: in-app only. */
  channels: Partial<Record<NotificationKind, NotificationChannel[]>>;
  quietStartMinute: number;
  quietEndMinute: number;
}

export const DEFAULT_PREFERENCES: Preferences = { channels: {}, quietStartMinute: DEFAULT_QUIET_START, quietEndMinute: DEFAULT_QUIET_END };

/** Minute of the day in China time. */
export function chinaMinute(at: Date): number {
  const p = chinaParts(at);
  return p.hour * 60 + p.minute;
}

/** Whether `at` falls in the quiet hours [start, end) (China time); a window may wrap midnight; start = end: none. */
export function inQuietHours(at: Date, start: number, end: number): boolean {
  if (start === end) return false;
  const m = chinaMinute(at);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** The first instant at or after `at` outside quiet hours (the end of the current quiet window). */
export function quietHoursEnd(at: Date, start: number, end: number): Date {
  if (!inQuietHours(at, start, end)) return at;
  const m = chinaMinute(at);
  const wait = (end - m + 1440) % 1440;
  const out = new Date(at.getTime() + wait * 60_000);
  out.setUTCSeconds(0, 0);
  return out;
}

export type DeliveryPlan =
  | { channel: NotificationChannel; status: 'PENDING'; notBefore: Date | null }
  | { channel: NotificationChannel; status: 'SUPPRESSED'; reason: string };

/**
 * For each outward channel: PENDING (now, or after the quiet hours for a non-urgent SMS) or SUPPRESSED with why:
 * the channel is not configured, the user switched it off for this kind, or the user has no phone number (SMS).
 */
export function planDeliveries(input: {
  kind: NotificationKind;
  urgent: boolean;
  now: Date;
  preferences: Preferences;
  configured: ReadonlySet<NotificationChannel>;
  hasPhone: boolean;
}): DeliveryPlan[] {
  const { kind, urgent, now, preferences, configured, hasPhone } = input;
  const chosen = preferences.channels[kind];
  return OUTWARD_CHANNELS.map((channel): DeliveryPlan => {
    if (!configured.has(channel)) return { channel, status: 'SUPPRESSED', reason: 'channel not configured' };
    if (chosen && !chosen.includes(channel)) return { channel, status: 'SUPPRESSED', reason: 'switched off by the recipient for this kind' };
    if (channel === NotificationChannel.SMS && !hasPhone) return { channel, status: 'SUPPRESSED', reason: 'no phone number' };
    if (channel === NotificationChannel.SMS && !urgent && inQuietHours(now, preferences.quietStartMinute, preferences.quietEndMinute)) {
      return { channel, status: 'PENDING', notBefore: quietHoursEnd(now, preferences.quietStartMinute, preferences.quietEndMinute) };
    }
    return { channel, status: 'PENDING', notBefore: null };
  });
}

/** Seconds before retry n (1-based) of a failed send: 10 s, 20 s, 40 s... capped at 10 minutes. */
export function retryDelaySeconds(attempt: number, base = 10): number {
  return Math.min(600, base * 2 ** Math.max(0, attempt - 1));
}

/** A phone number as logs may show it: 139****0001. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
