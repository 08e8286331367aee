import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin's list of outward deliveries by status (`notificationDeliveries`, FAILED by default), most recently changed
 * first: an index on (status, updated_at) so the page is read in order instead of sorting every delivery.
 */
export class NotificationDeliveryStatus1765120000000 implements MigrationInterface {
  name = 'NotificationDeliveryStatus1765120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notification_deliveries_status_idx ON notification_deliveries (status, updated_at DESC, notification_id, channel)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS notification_deliveries_status_idx`);
  }
}
