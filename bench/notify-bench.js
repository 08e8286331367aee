// Notification fan-out under a burst of durable events.
//
//   npm run build && node bench/notify-bench.js [--events 10000] [--recipients 3]
//
// Publishes --events durable events (bed-capacity.changed that free no bed, so only the bench handler gets them) at once (transactions of 100) to a bench handler that does what every trigger
// does: NotificationService.notify for --recipients guardians (inbox rows deduplicated by the unique key, a delivery
// row per outward channel — both SUPPRESSED here, no channel is configured —, and the live notificationAdded event).
// Reports notifications made per second until all events were handled, and the delay from each event's publication
// to its notifications' inbox rows (created_at): p50/p95/p99.
//
// Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data. Numbers only; nothing is asserted.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { freshBenchDatabase, importDist, parseBenchArgs, percentile, startBenchDatabase } from './lib/harness.js';

const dist = importDist;

const values = parseBenchArgs(
  `Notification fan-out under a burst of durable events.
Build first: npm run build && node bench/notify-bench.js [options]`,
  {
    events: { type: 'string', default: '10000', help: 'durable events published at once' },
    recipients: { type: 'string', default: '3', help: 'guardians notified per event' },
  },
);
const EVENTS = Number(values.events);
const RECIPIENTS = Number(values.recipients);

const { loadConfig } = await dist('config/app-config.js');
const { createRootLogger } = await dist('core/logging/logger.js');
const { createApp, closeApp } = await dist('app.factory.js');
const { DomainEvents } = await dist('core/events/domain-events.js');
const { UnitOfWork } = await dist('core/database/unit-of-work.js');
const { NotificationService } = await dist('modules/notification/notification.service.js');

const logger = createRootLogger('warn');
const database = await startBenchDatabase();
const databaseUrl = await freshBenchDatabase(database.url, 'yiyang_notify_bench');

const config = loadConfig(
  { NODE_ENV: 'development' },
  { JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', SEED_DEMO: 'false', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', MIGRATE_ON_START: 'true' },
);
const app = await createApp(config, databaseUrl, logger);
await app.init();
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const { rows: users } = await db.query(
  `INSERT INTO users (phone, password_hash, display_name, role) SELECT '136' || lpad(i::text, 8, '0'), 'x', 'bench family', 'FAMILY'
     FROM generate_series(1, $1) i RETURNING id`,
  [RECIPIENTS],
);
const recipients = users.map((u) => u.id);

const events = app.get(DomainEvents);
const uow = app.get(UnitOfWork);
const notifications = app.get(NotificationService);
const publishedAt = new Map();
let handled = 0;
await events.handle('bed-capacity.changed', 'bench.notify', async (payload) => {
  await notifications.notify({
    kind: 'ADMITTED', objectType: 'ELDER', objectId: payload.providerId,
    vars: { elder: '测试老人', provider: '测试机构', time: '12月4日 10:00' }, recipients,
  });
  handled++;
});

const started = performance.now();
const startedWall = Date.now();
for (let i = 0; i < EVENTS; i += 100) {
  await uow.run(async () => {
    for (let j = i; j < Math.min(EVENTS, i + 100); j++) {
      const objectId = randomUUID();
      publishedAt.set(objectId, Date.now());
      events.publish('bed-capacity.changed', { providerId: objectId, category: 'NURSING', totalBefore: 1, totalAfter: 1, freeBefore: 0, freeAfter: 0 });
    }
  });
}
const publishSeconds = (performance.now() - started) / 1000;
const deadline = performance.now() + 10 * 60_000;
while (handled < EVENTS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
const seconds = (performance.now() - started) / 1000;

const { rows } = await db.query(`SELECT object_id, (extract(epoch FROM min(created_at)) * 1000)::float8 AS at, count(*)::int AS n FROM notifications GROUP BY object_id`);
const delays = rows.map((r) => r.at - publishedAt.get(r.object_id)).filter((d) => Number.isFinite(d)).sort((a, b) => a - b);
const made = rows.reduce((s, r) => s + r.n, 0);
console.log(
  JSON.stringify({
    events: EVENTS, handled, recipients: RECIPIENTS, notifications: made, publishSeconds: +publishSeconds.toFixed(2), seconds: +seconds.toFixed(2),
    notificationsPerSecond: Math.round(made / seconds), eventsPerSecond: Math.round(handled / seconds),
    eventToInboxMs: { p50: Math.round(percentile(delays, 50)), p95: Math.round(percentile(delays, 95)), p99: Math.round(percentile(delays, 99)) },
    startedAt: new Date(startedWall).toISOString(),
  }),
);
await db.end();
await closeApp(app);
await database.stop();
process.exit(0);
