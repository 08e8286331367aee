import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import { queryRows } from '../../core/database/sql.js';
import { conflict, notFound } from '../../core/errors/domain-error.js';
import { decodeOffsetCursor, toConnection, type Connection, type PageArgs } from '../../core/graphql/pagination.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { appLogger } from '../../core/logging/logger.js';
import { IdentityService } from '../identity/identity.service.js';
import { AliyunSmsAdapter, WebhookAdapter, type ChannelAdapter } from './channels.js';
import { render, type NotificationKind } from './notification-kinds.js';
import {
  DEFAULT_PREFERENCES,
  type DeliveryPlan,
  NotificationChannel,
  planDeliveries,
  type Preferences,
} from './notification.policy.js';

export interface NotificationAdded {
  notificationId: string;
  recipientId: string;
}

declare module '../../core/events/domain-events.js' {
  interface DomainEventMap {
    'notification.added': NotificationAdded;
  }
}

export type ObjectType = 'HOME_CARE_ORDER' | 'BED_RESERVATION' | 'WAITLIST_OFFER' | 'ELDER' | 'PROVIDER';

export interface NotifyRequest {
  kind: NotificationKind;
  objectType: ObjectType;
  objectId: string;
  /** What makes this occurrence distinct for the same kind and object (e.g. the new start of a reschedule); '' if none. */
  variant?: string;
  vars: Record<string, string | number>;
  recipients: string[];
}

export interface NotificationRecord {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  urgent: boolean;
  objectType: ObjectType | null;
  objectId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface DeliveryRecord {
  notificationId: string;
  channel: NotificationChannel;
  status: 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'SUPPRESSED';
  attempts: number;
  lastError: string | null;
  suppressedReason: string | null;
  notBefore: Date | null;
  sentAt: Date | null;
  updatedAt: Date;
}

export const DELIVERY_QUEUE = 'notify.deliver';

/** A delivery with its notification, for the admin's view. */
export interface AdminDeliveryRecord extends DeliveryRecord {
  notification: NotificationRecord;
}

export interface DeliveryFilter {
  /** Default: FAILED only. */
  statuses?: DeliveryRecord['status'][] | null;
  channels?: NotificationChannel[] | null;
}

interface DeliveryJob {
  notificationId: string;
  channel: NotificationChannel;
}

const NOTIFICATION_COLUMNS = `n.id, n.recipient_id, n.kind, n.title, n.body, n.urgent, n.object_type, n.object_id, n.created_at, n.read_at`;

export const toNotification = (r: Record<string, any>): NotificationRecord => ({
  id: r.id,
  recipientId: r.recipient_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  urgent: r.urgent,
  objectType: r.object_type,
  objectId: r.object_id,
  createdAt: r.created_at,
  readAt: r.read_at,
});

const toDelivery = (r: Record<string, any>): DeliveryRecord => ({
  notificationId: r.notification_id,
  channel: r.channel,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  suppressedReason: r.suppressed_reason,
  notBefore: r.not_before,
  sentAt: r.sent_at,
  updatedAt: r.updated_at,
});

/**
 * Notifications: the in-app inbox (always) and durable outward deliveries (SMS, webhook).
 *
 * `notify` runs inside the caller's unit of work (an event handler's or a schedule's): one inbox row per recipient,
 * deduplicated by (recipient, kind + object + variant) with a unique constraint, so a trigger running twice tells
 * nobody twice. For each new row, a delivery row per outward channel (PENDING or SUPPRESSED with why) and, for the
 * PENDING ones, a job on the delivery queue written in the same transaction (deferred past quiet hours for a
 * non-urgent SMS). After commit `notificationAdded` reaches the recipient's live subscriptions.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  readonly adapters = new Map<NotificationChannel, ChannelAdapter>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly events: DomainEvents,
    private readonly identity: IdentityService,
  ) {
    const timeoutMs = config.NOTIFY_SEND_TIMEOUT_MS;
    this.adapters.set(
      NotificationChannel.SMS,
      new AliyunSmsAdapter({
        accessKeyId: config.SMS_ALIYUN_ACCESS_KEY_ID,
        accessKeySecret: config.SMS_ALIYUN_ACCESS_KEY_SECRET,
        signName: config.SMS_ALIYUN_SIGN_NAME,
        templateCode: config.SMS_ALIYUN_TEMPLATE_CODE,
        endpoint: config.SMS_ALIYUN_ENDPOINT,
        regionId: config.SMS_ALIYUN_REGION_ID,
        timeoutMs,
      }),
    );
    this.adapters.set(NotificationChannel.WEBHOOK, new WebhookAdapter({ url: config.NOTIFY_WEBHOOK_URL, secret: config.NOTIFY_WEBHOOK_SECRET, timeoutMs }));
  }

  onModuleInit() {
    for (const adapter of this.adapters.values()) {
      if (adapter.offReason) appLogger().warn({ channel: adapter.channel }, adapter.offReason);
      else appLogger().info({ channel: adapter.channel }, 'notification channel on');
    }
    void this.jobs.define<DeliveryJob>(
      DELIVERY_QUEUE,
      {
        retryLimit: this.config.NOTIFY_RETRY_LIMIT,
        retryDelaySeconds: this.config.NOTIFY_RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: Math.max(30, Math.ceil((this.config.NOTIFY_SEND_TIMEOUT_MS * 3) / 1000)),
      },
      (job, context) => this.deliver(job, context.retryCount),
      2,
    );
  }

  private configured(): Set<NotificationChannel> {
    return new Set([...this.adapters.values()].filter((a) => !a.offReason).map((a) => a.channel));
  }

  /** Creates the notifications of one occurrence (see the class comment); returns the ids of the new ones. */
  async notify(request: NotifyRequest): Promise<string[]> {
    return (await this.notifyMany([request]))[0];
  }

  /**
   * The notifications of several occurrences (an event handler's batch) in the statements of one: the inbox rows of
   * all, the recipients' phones, the delivery rows of all. Returns the ids of the new ones, request by request.
   */
  async notifyMany(requests: readonly NotifyRequest[]): Promise<string[][]> {
    // One row per (request, recipient); a recipient named twice in one request is told once.
    const wanted = requests.flatMap((request, index) => {
      const rendered = render(request.kind, request.vars);
      const dedupeKey = `${request.kind}:${request.objectId}:${request.variant ?? ''}`;
      return [...new Set(request.recipients)].map((recipient) => ({ index, request, rendered, dedupeKey, recipient }));
    });
    const made: string[][] = requests.map(() => []);
    if (wanted.length === 0) return made;
    return this.uow.run(async (manager) => {
      const rows: Array<{ id: string; recipient_id: string; dedupe_key: string; prefs: any }> = await manager.query(
        `WITH added AS (
           INSERT INTO notifications (recipient_id, kind, title, body, urgent, object_type, object_id, dedupe_key)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::uuid[], $8::text[])
           ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
           RETURNING id, recipient_id, dedupe_key)
         SELECT a.id, a.recipient_id, a.dedupe_key, to_jsonb(p) AS prefs
           FROM added a LEFT JOIN notification_preferences p ON p.user_id = a.recipient_id`,
        [
          wanted.map((w) => w.recipient),
          wanted.map((w) => w.request.kind),
          wanted.map((w) => w.rendered.title),
          wanted.map((w) => w.rendered.body),
          wanted.map((w) => w.rendered.urgent),
          wanted.map((w) => w.request.objectType),
          wanted.map((w) => w.request.objectId),
          wanted.map((w) => w.dedupeKey),
        ],
      );
      if (rows.length === 0) return made;
      const asked = new Map(wanted.map((w) => [`${w.recipient} ${w.dedupeKey}`, w]));
      const phones = await this.identity.phonesOf([...new Set(rows.map((r) => r.recipient_id))]);
      const configured = this.configured();
      const now = new Date();
      const deliveries: Array<{ notificationId: string; plan: DeliveryPlan }> = [];
      for (const row of rows) {
        const w = asked.get(`${row.recipient_id} ${row.dedupe_key}`)!;
        made[w.index].push(row.id);
        const preferences: Preferences = row.prefs
          ? { channels: row.prefs.channels ?? {}, quietStartMinute: row.prefs.quiet_start_minute, quietEndMinute: row.prefs.quiet_end_minute }
          : DEFAULT_PREFERENCES;
        const plans = planDeliveries({ kind: w.request.kind, urgent: w.rendered.urgent, now, preferences, configured, hasPhone: !!phones.get(row.recipient_id) });
        for (const plan of plans) deliveries.push({ notificationId: row.id, plan });
      }
      // The delivery rows of every recipient in one statement, then a job for each PENDING one.
      if (deliveries.length > 0) {
        await manager.query(
          `INSERT INTO notification_deliveries (notification_id, channel, status, suppressed_reason, not_before)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])`,
          [
            deliveries.map((d) => d.notificationId),
            deliveries.map((d) => d.plan.channel),
            deliveries.map((d) => d.plan.status),
            deliveries.map(({ plan }) => (plan.status === 'SUPPRESSED' ? plan.reason : null)),
            deliveries.map(({ plan }) => (plan.status === 'PENDING' ? plan.notBefore : null)),
          ],
        );
      }
      for (const { notificationId, plan } of deliveries) {
        if (plan.status === 'PENDING') {
          await this.jobs.sendInTransaction(DELIVERY_QUEUE, { notificationId, channel: plan.channel }, manager, plan.notBefore ? { startAfter: plan.notBefore } : {});
        }
      }
      for (const row of rows) this.events.publish('notification.added', { notificationId: row.id, recipientId: row.recipient_id });
      // The delivery workers are woken only for jobs there are (suppressed deliveries have none).
      if (deliveries.some(({ plan }) => plan.status === 'PENDING')) this.uow.afterCommit(() => this.jobs.wake(DELIVERY_QUEUE));
      return made;
    });
  }

  /**
   * One attempt of one (notification, channel) delivery, at most once to the person:
   * the row is claimed (PENDING -> SENDING, attempts + 1) and committed before the provider is called. A job finding its
   * row still SENDING is a retry after the instance died mid-send: for SMS the outcome is unknown and the row becomes
   * FAILED rather than risk a second message; the webhook is sent again with the same X-Yiyang-Delivery key, by which
   * the gateway drops a duplicate.
   */
  async deliver(job: DeliveryJob, retryCount: number): Promise<void> {
    const claimed = await this.uow.run(async (manager) => {
      const rows: Array<Record<string, any>> = await manager.query(
        `SELECT d.status, d.attempts, n.id, n.kind, n.title, n.body, n.urgent, n.recipient_id, n.created_at
           FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE d.notification_id = $1 AND d.channel = $2 FOR UPDATE OF d`,
        [job.notificationId, job.channel],
      );
      const row = rows[0];
      if (!row || !['PENDING', 'SENDING'].includes(row.status)) return null;
      if (row.status === 'SENDING' && job.channel === NotificationChannel.SMS) {
        await manager.query(
          `UPDATE notification_deliveries SET status = 'FAILED', last_error = $3, updated_at = now() WHERE notification_id = $1 AND channel = $2`,
          [job.notificationId, job.channel, 'outcome unknown: the previous attempt was interrupted; not resent, so that nobody receives it twice'],
        );
        return null;
      }
      await manager.query(
        `UPDATE notification_deliveries SET status = 'SENDING', attempts = attempts + 1, updated_at = now() WHERE notification_id = $1 AND channel = $2`,
        [job.notificationId, job.channel],
      );
      return row;
    });
    if (!claimed) return;
    const phone = (await this.identity.phonesOf([claimed.recipient_id])).get(claimed.recipient_id) ?? null;
    const adapter = this.adapters.get(job.channel);
    const result = adapter && !adapter.offReason
      ? await adapter.send({
          deliveryId: `${claimed.id}:${job.channel}`,
          kind: claimed.kind,
          title: claimed.title,
          body: claimed.body,
          phone,
          recipientId: claimed.recipient_id,
          urgent: claimed.urgent,
          createdAt: new Date(claimed.created_at).toISOString(),
        })
      : { ok: false as const, retryable: false, answer: 'channel not configured' };
    const db = this.uow.manager;
    if (result.ok) {
      await db.query(
        `UPDATE notification_deliveries SET status = 'SENT', sent_at = now(), last_error = NULL, updated_at = now() WHERE notification_id = $1 AND channel = $2`,
        [job.notificationId, job.channel],
      );
      return;
    }
    const answer = result.answer.slice(0, 500);
    const again = result.retryable && retryCount < this.config.NOTIFY_RETRY_LIMIT;
    await db.query(
      `UPDATE notification_deliveries SET status = $3, last_error = $4, updated_at = now() WHERE notification_id = $1 AND channel = $2`,
      [job.notificationId, job.channel, again ? 'PENDING' : 'FAILED', answer],
    );
    appLogger()[again ? 'warn' : 'error']({ channel: job.channel, kind: claimed.kind, attempt: retryCount + 1 }, again ? 'notification send failed, will retry' : 'notification send failed');
    if (again) throw new Error(`send failed: ${answer}`);
  }

  // ------------------------------------------------------------------ inbox

  async inbox(userId: string, unreadOnly: boolean, first: number, after: string | null | undefined): Promise<Connection<NotificationRecord>> {
    const offset = decodeOffsetCursor(after);
    const unread = unreadOnly ? 'AND n.read_at IS NULL' : '';
    const rows = await this.uow.manager.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n WHERE n.recipient_id = $1 ${unread} ORDER BY n.created_at DESC, n.id DESC LIMIT $2 OFFSET $3`,
      [userId, first + 1, offset],
    );
    const [{ count }] = await this.uow.manager.query(`SELECT count(*)::int AS count FROM notifications n WHERE n.recipient_id = $1 ${unread}`, [userId]);
    return toConnection(rows.map(toNotification), count, offset, first);
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }] = await this.uow.manager.query(`SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [userId]);
    return count;
  }

  /** Marks the caller's own notifications read; others' ids (and unknown ones) are ignored. Returns how many changed. */
  async markRead(userId: string, ids: string[]): Promise<number> {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (valid.length === 0) return 0;
    const rows = await this.uow.manager.query(
      `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id`,
      [userId, valid],
    );
    return rows.length;
  }

  async findOwn(userId: string, id: string): Promise<NotificationRecord | null> {
    const rows = await this.uow.manager.query(`SELECT ${NOTIFICATION_COLUMNS} FROM notifications n WHERE n.id = $1 AND n.recipient_id = $2`, [id, userId]);
    return rows.length ? toNotification(rows[0]) : null;
  }

  /** The notifications about each object (what was sent to whom and when), newest first; one query for all. */
  async forObjects(objectIds: readonly string[]): Promise<NotificationRecord[][]> {
    const rows = await this.uow.manager.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n WHERE n.object_id = ANY($1::uuid[]) ORDER BY n.created_at DESC, n.id DESC`,
      [objectIds],
    );
    const by = new Map<string, NotificationRecord[]>();
    for (const r of rows) {
      const list = by.get(r.object_id) ?? [];
      list.push(toNotification(r));
      by.set(r.object_id, list);
    }
    return objectIds.map((id) => by.get(id) ?? []);
  }

  async deliveriesOf(notificationIds: readonly string[]): Promise<DeliveryRecord[][]> {
    const rows = await this.uow.manager.query(
      `SELECT * FROM notification_deliveries WHERE notification_id = ANY($1::uuid[]) ORDER BY channel`,
      [notificationIds],
    );
    const by = new Map<string, DeliveryRecord[]>();
    for (const r of rows) {
      const list = by.get(r.notification_id) ?? [];
      list.push(toDelivery(r));
      by.set(r.notification_id, list);
    }
    return notificationIds.map((id) => by.get(id) ?? []);
  }

  // ------------------------------------------------------------------ admin: deliveries

  /**
   * Outward deliveries by status (default FAILED) and channel, most recently changed first, with their notifications:
   * the admin's view of what did not go out. One query per page.
   */
  async deliveriesByStatus(filter: DeliveryFilter, page: PageArgs): Promise<Connection<AdminDeliveryRecord>> {
    const params = new SqlParams();
    const where = [`d.status = ANY(${params.param(filter.statuses?.length ? filter.statuses : ['FAILED'])}::text[])`];
    if (filter.channels?.length) where.push(`d.channel = ANY(${params.param(filter.channels)}::text[])`);
    return pagedQuery<Record<string, any>, AdminDeliveryRecord>(
      this.uow.manager,
      {
        select: `d.*, ${NOTIFICATION_COLUMNS}`,
        from: 'notification_deliveries d JOIN notifications n ON n.id = d.notification_id',
        where,
        orderBy: 'd.updated_at DESC, d.notification_id, d.channel',
        params,
        page,
      },
      (rows) => rows.map((r) => ({ ...toDelivery(r), notification: toNotification(r) })),
    );
  }

  /**
   * Sends a FAILED delivery once more: back to PENDING with a new job on the delivery queue (its own retries), in one
   * transaction. The conditional UPDATE decides between two admins retrying at once: one job, the other refused.
   * NOT_FOUND for no such delivery; CONFLICT (INVALID_TRANSITION) when it is not FAILED (a malformed id is refused by
   * the ID scalar before it gets here).
   */
  async retryDelivery(notificationId: string, channel: NotificationChannel): Promise<DeliveryRecord> {
    return this.uow.run(async (manager) => {
      const rows = await queryRows(
        manager,
        `UPDATE notification_deliveries SET status = 'PENDING', not_before = NULL, updated_at = now()
          WHERE notification_id = $1 AND channel = $2 AND status = 'FAILED' RETURNING *`,
        [notificationId, channel],
      );
      if (rows.length === 0) {
        const [current] = await manager.query(`SELECT status FROM notification_deliveries WHERE notification_id = $1 AND channel = $2`, [notificationId, channel]);
        if (!current) throw notFound('Notification delivery');
        throw conflict('INVALID_TRANSITION', `Only a FAILED delivery can be retried; this one is ${current.status}`);
      }
      await this.jobs.sendInTransaction(DELIVERY_QUEUE, { notificationId, channel }, manager);
      this.uow.afterCommit(() => this.jobs.wake(DELIVERY_QUEUE));
      return toDelivery(rows[0]);
    });
  }

  // ------------------------------------------------------------------ preferences

  async preferences(userId: string): Promise<Preferences> {
    const rows = await this.uow.manager.query(`SELECT channels, quiet_start_minute, quiet_end_minute FROM notification_preferences WHERE user_id = $1`, [userId]);
    if (!rows.length) return DEFAULT_PREFERENCES;
    return { channels: rows[0].channels, quietStartMinute: rows[0].quiet_start_minute, quietEndMinute: rows[0].quiet_end_minute };
  }

  async setPreferences(userId: string, prefs: Preferences): Promise<Preferences> {
    await this.uow.manager.query(
      `INSERT INTO notification_preferences (user_id, channels, quiet_start_minute, quiet_end_minute) VALUES ($1, $2::jsonb, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET channels = EXCLUDED.channels, quiet_start_minute = EXCLUDED.quiet_start_minute,
         quiet_end_minute = EXCLUDED.quiet_end_minute, updated_at = now()`,
      [userId, JSON.stringify(prefs.channels), prefs.quietStartMinute, prefs.quietEndMinute],
    );
    return this.preferences(userId);
  }
}
