import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema pg-boss keeps its queues, jobs and schedules in (see core/jobs). */
export const JOB_SCHEMA = 'pgboss';

/**
 * Durable events and background work.
 *
 * - The pg-boss schema, created here (rather than by pg-boss on first start) so that `npm run migrate` prepares a
 *   database completely and test databases cloned from the migrated template start without DDL. pg-boss upgrades its
 *   own schema on start when a newer version of the library needs it.
 * - processed_events: one row per (event, handler) that has done its work, written in the handler's own transaction,
 *   so a redelivered event (at-least-once delivery) changes nothing twice.
 * - A trigger on settings announces every committed change (whoever wrote it: the API or an operator's SQL) on the
 *   channel yiyang_cache, so every instance drops its cached settings at once (see core/bus).
 */
export class DurableEvents1765040000000 implements MigrationInterface {
  name = 'DurableEvents1765040000000';
  // pg-boss's construction script runs its own BEGIN ... COMMIT under an advisory lock.
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    const [{ installed }] = await q.query(`SELECT to_regclass($1) IS NOT NULL AS installed`, [`${JOB_SCHEMA}.version`]);
    if (!installed) await q.query(PgBoss.getConstructionPlans(JOB_SCHEMA));
    await q.query(`
      CREATE TABLE IF NOT EXISTS processed_events (
        event_id uuid NOT NULL,
        handler text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, handler)
      )`);
    await q.query(`CREATE INDEX IF NOT EXISTS processed_events_processed_at ON processed_events (processed_at)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION settings_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('yiyang_cache', json_build_object('from', 'db', 'body',
          json_build_object('settings', CASE WHEN TG_OP = 'DELETE' THEN OLD.key ELSE NEW.key END))::text);
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER IF EXISTS settings_changed ON settings`);
    await q.query(`CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON settings FOR EACH ROW EXECUTE FUNCTION settings_changed_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS settings_changed ON settings`);
    await q.query(`DROP FUNCTION IF EXISTS settings_changed_notify()`);
    await q.query(`DROP TABLE IF EXISTS processed_events`);
    await q.query(`DROP SCHEMA IF EXISTS ${JOB_SCHEMA} CASCADE`);
  }
}
