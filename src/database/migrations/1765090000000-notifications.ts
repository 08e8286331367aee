import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (see docs/notifications.md).
 *
 * - notifications: the in-app inbox, one row per recipient. UNIQUE (recipient_id, dedupe_key): the key is the kind, the
 *   object and what makes this occurrence distinct (e.g. the new start time of a reschedule), so an event or a
 *   schedule that runs twice never tells one person the same thing twice.
 * - notification_deliveries: one row per (notification, channel) for the outward channels (SMS, webhook), with its
 *   status; the primary key makes a second delivery of a notification on one channel impossible.
 * - notification_preferences: channels per kind and quiet hours, per user.
 */
export class Notifications1765090000000 implements MigrationInterface {
  name = 'Notifications1765090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[A-Z_]{3,40}$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
        urgent boolean NOT NULL,
        object_type text CHECK (object_type IN ('HOME_CARE_ORDER','BED_RESERVATION','WAITLIST_OFFER','ELDER','PROVIDER')),
        object_id uuid,
        dedupe_key text NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notifications_dedupe_key UNIQUE (recipient_id, dedupe_key)
      )`);
    await q.query(`CREATE INDEX notifications_inbox_idx ON notifications (recipient_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_object_idx ON notifications (object_id) WHERE object_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE notification_deliveries (
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('SMS','WEBHOOK')),
        status text NOT NULL CHECK (status IN ('PENDING','SENDING','SENT','FAILED','SUPPRESSED')),
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text CHECK (length(last_error) <= 500),
        suppressed_reason text CHECK (length(suppressed_reason) <= 200),
        not_before timestamptz,
        sent_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, channel),
        CONSTRAINT notification_deliveries_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
        CONSTRAINT notification_deliveries_suppressed CHECK ((status = 'SUPPRESSED') = (suppressed_reason IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        channels jsonb NOT NULL DEFAULT '{}'::jsonb,
        quiet_start_minute int NOT NULL DEFAULT 1320 CHECK (quiet_start_minute BETWEEN 0 AND 1439),
        quiet_end_minute int NOT NULL DEFAULT 420 CHECK (quiet_end_minute BETWEEN 0 AND 1439),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_preferences`);
    await q.query(`DROP TABLE IF EXISTS notification_deliveries`);
    await q.query(`DROP TABLE IF EXISTS notifications`);
  }
}
