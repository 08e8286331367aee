import { SettingsService } from '../../src/core/settings/settings.service.js';
import {
  PROCESSED_EVENTS_CLEANUP_SCHEDULE,
  PROCESSED_EVENTS_RETENTION_SETTING,
  ProcessedEventsCleanupJob,
} from '../../src/core/events/processed-events-cleanup.job.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 24 * 3600_000;

describe('processed events cleanup: the idempotency records are kept for the retention, then deleted', () => {
  let t: TestApp;
  const now = new Date('2026-12-01T04:00:00Z');

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.query(`DELETE FROM processed_events`);
    await t.db.query(`DELETE FROM settings WHERE key = $1`, [PROCESSED_EVENTS_RETENTION_SETTING]);
  });

  /** `count` records handled `daysAgo` days before `now`, under handler `handler`. */
  const records = (handler: string, daysAgo: number, count = 1) =>
    t.db.query(
      `INSERT INTO processed_events (event_id, handler, processed_at) SELECT gen_random_uuid(), $1, $2 FROM generate_series(1, $3)`,
      [handler, new Date(now.getTime() - daysAgo * DAY), count],
    );
  const left = async () =>
    Object.fromEntries(
      (await t.db.query(`SELECT handler, count(*)::int AS n FROM processed_events GROUP BY handler ORDER BY handler`)).map((r: { handler: string; n: number }) => [r.handler, r.n]),
    );

  it('is a schedule on the job queue', async () => {
    const [queue] = await t.db.query(`SELECT name FROM pgboss.queue WHERE name = $1`, [PROCESSED_EVENTS_CLEANUP_SCHEDULE]);
    expect(queue?.name).toBe(PROCESSED_EVENTS_CLEANUP_SCHEDULE);
  });

  it('deletes records older than 30 days by default, in batches, and keeps the younger ones', async () => {
    await records('old', 31, 12_000);
    await records('edge', 29.9);
    await records('young', 1, 3);
    const done = await t.app.get(ProcessedEventsCleanupJob).run(now);
    expect(done).toEqual({ deleted: 12_000, retentionDays: 30 });
    expect(await left()).toEqual({ edge: 1, young: 3 });
    // A second run finds nothing more to delete.
    expect((await t.app.get(ProcessedEventsCleanupJob).run(now)).deleted).toBe(0);
  });

  it('follows the retention setting', async () => {
    await records('week', 7, 2);
    await records('hours', 0.5, 2);
    await t.app.get(SettingsService).set(PROCESSED_EVENTS_RETENTION_SETTING, 3);
    expect(await t.app.get(ProcessedEventsCleanupJob).run(now)).toEqual({ deleted: 2, retentionDays: 3 });
    expect(await left()).toEqual({ hours: 2 });
  });

  it.each([[0], [-5], [2.5], ['7']])('ignores an invalid retention (%p) for the default, and says so in the log', async (value) => {
    await records('month', 40);
    await records('week', 7);
    await t.app.get(SettingsService).set(PROCESSED_EVENTS_RETENTION_SETTING, value);
    const logged = t.logs.length;
    expect(await t.app.get(ProcessedEventsCleanupJob).run(now)).toEqual({ deleted: 1, retentionDays: 30 });
    expect(await left()).toEqual({ week: 1 });
    expect(t.logs.slice(logged).join('')).toContain('ignoring an invalid retention');
  });
});
