import { Role } from '../../src/core/domain/enums.js';
import { BED_EXPIRY_SCHEDULE } from '../../src/modules/bed/bed-expiry.job.js';
import { MessageBus } from '../../src/core/bus/message-bus.js';
import { JobQueue } from '../../src/core/jobs/job-queue.js';
import { HOME_BED_EXTENSION_SCHEDULE } from '../../src/modules/home-care/home-bed.service.js';
import { MatchingSettings, MATCH_WEIGHTS_SETTING } from '../../src/modules/matching/matching.settings.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity } from '../support/factories.js';
import { connected, liveClient, type LiveClient } from '../support/live-client.js';
import { redisAnswers, TEST_REDIS_URL } from '../support/redis.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';

const UPDATE_CAPACITY = `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) { total version } }`;
const CAPACITY_CHANGED = `subscription($p: ID!) { bedCapacityChanged(providerId: $p) { providerId category total occupied available version } }`;

const redisUp = await redisAnswers();
if (!redisUp) {
  // A skipped case must say so where CI output is read, not vanish.
  // eslint-disable-next-line no-console
  console.log(`SKIPPED: the Redis cases of test/events/instances (no Redis answered at ${TEST_REDIS_URL}); the LISTEN/NOTIFY cases ran`);
}


/** Two app instances on one PostgreSQL, as behind a load balancer. */
async function twoInstances(overrides: Record<string, string> = {}): Promise<[TestApp, TestApp]> {
  const a = await startTestApp(overrides);
  const b = await startTestApp(overrides, { databaseUrl: a.databaseUrl });
  return [a, b];
}

describe.each([
  ['PostgreSQL LISTEN/NOTIFY', {} as Record<string, string>, true],
  ['Redis', { REDIS_URL: TEST_REDIS_URL } as Record<string, string>, redisUp],
])('two instances over %s', (bus, overrides, enabled) => {
  const maybe = enabled ? it : it.skip;
  let a: TestApp;
  let b: TestApp;
  let live: LiveClient;

  beforeAll(async () => {
    if (!enabled) return;
    [a, b] = await twoInstances(overrides);
  });
  afterAll(async () => {
    await live?.close();
    await a?.close();
    await b?.close();
  });

  maybe('uses the configured bus', () => {
    expect(a.app.get(MessageBus).kind).toBe(bus === 'Redis' ? 'redis' : 'postgres');
    expect(b.app.get(MessageBus).kind).toBe(a.app.get(MessageBus).kind);
  });

  maybe('delivers a change made through instance A to a subscriber on instance B within a second', async () => {
    const provider = await makeProvider(a);
    const staff = await makeUser(a, Role.PROVIDER_STAFF, { providerId: provider.id });
    await setCapacity(a, provider.id, 'NURSING', 10, 2);
    live = liveClient(await b.listen());
    await connected(live);
    const sub = live.subscribe(CAPACITY_CHANGED, { p: provider.id });
    await new Promise((r) => setTimeout(r, 150));
    const started = Date.now();
    expectData(await a.gql(UPDATE_CAPACITY, { input: { providerId: provider.id, category: 'NURSING', total: 14, occupied: 3, expectedVersion: 1 } }, staff.token));
    const got = await sub.next((r) => r.data?.bedCapacityChanged.total === 14, 1000);
    const elapsed = Date.now() - started;
    expect(got?.data?.bedCapacityChanged).toEqual({ providerId: provider.id, category: 'NURSING', total: 14, occupied: 3, available: 11, version: 2 });
    expect(elapsed).toBeLessThan(1000);
  });

  maybe('carries messages published together to the other instance in their order (over PostgreSQL in one statement)', async () => {
    const heard: number[] = [];
    const stop = b.app.get(MessageBus).subscribe('events', (m) => {
      const n = (m.body as { busOrderTest?: number }).busOrderTest;
      if (n !== undefined) heard.push(n);
    });
    try {
      a.queries.captured = [];
      await Promise.all(Array.from({ length: 20 }, (_, n) => a.app.get(MessageBus).publish('events', { busOrderTest: n })));
      const notifies = a.queries.captured.filter((q) => q.includes('pg_notify')).length;
      a.queries.captured = null;
      await eventually(async () => heard.length === 20, 5000);
      expect(heard).toEqual(Array.from({ length: 20 }, (_, n) => n));
      expect(notifies).toBe(bus === 'Redis' ? 0 : 1);
    } finally {
      stop();
    }
  });

  maybe('drops cached settings on every instance when a setting is committed (not after the cache period)', async () => {
    // B keeps matching settings for 10 minutes; the committed change must reach it at once.
    const settingsB = b.app.get(MatchingSettings);
    (b.config as { MATCHING_SETTINGS_CACHE_MS?: number }).MATCHING_SETTINGS_CACHE_MS = 600_000;
    const before = await settingsB.paramsFor('370811');
    const weights = { ...before.weights };
    const keys = Object.keys(weights) as Array<keyof typeof weights>;
    const moved = 0.05;
    (weights[keys[0]] as number) += moved;
    (weights[keys[1]] as number) -= moved;
    await a.db.query(`INSERT INTO settings (key, region_prefix, value) VALUES ($1, '3708', $2::jsonb)
      ON CONFLICT (key, region_prefix) DO UPDATE SET value = EXCLUDED.value`, [MATCH_WEIGHTS_SETTING, JSON.stringify(weights)]);
    try {
      const after = await eventually(async () => {
        const p = await settingsB.paramsFor('370811');
        return Math.abs((p.weights[keys[0]] as number) - (before.weights[keys[0]] as number) - moved) < 1e-9 ? p : null;
      }, 1000);
      expect(after.weights[keys[1]]).toBeCloseTo((before.weights[keys[1]] as number) - moved);
    } finally {
      await a.db.query(`DELETE FROM settings WHERE key = $1`, [MATCH_WEIGHTS_SETTING]);
    }
  });
});

describe('a schedule with two instances up', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    [a, b] = await twoInstances({ JOBS_ENABLED: 'true', BED_EXPIRY_PERIOD_SECONDS: '1' });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('offers every schedule of the app, daily ones included, without a refusal from the queue', async () => {
    const names = a.app.get(JobQueue).scheduleNames();
    expect(names).toEqual(expect.arrayContaining([BED_EXPIRY_SCHEDULE, HOME_BED_EXTENSION_SCHEDULE]));
    await eventually(async () => {
      const rows: Array<{ name: string }> = await a.db.query(`SELECT DISTINCT name FROM pgboss.job WHERE name = ANY($1)`, [names]);
      return rows.length === names.length;
    }, 10_000);
  });

  it('runs once per period, on one of them, and expires a due hold exactly once', async () => {
    const provider = await makeProvider(a);
    await setCapacity(a, provider.id, 'NURSING', 5, 0);
    const family = await makeUser(a, Role.FAMILY);
    const elder = await makeElder(a, family);
    const held = expectData(
      await a.gql(`mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status } }`, {
        input: { providerId: provider.id, elderId: elder.id, category: 'NURSING', idempotencyKey: 'sched-1' },
      }, family.token),
    ).reserveBed;
    await a.db.query(`UPDATE bed_reservations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [held.id]);
    await eventually(async () => (await a.db.query(`SELECT status FROM bed_reservations WHERE id = $1`, [held.id]))[0].status === 'EXPIRED', 5000);
    await new Promise((r) => setTimeout(r, 3000));
    const slots: Array<{ slot: Date; jobs: number; completed: number }> = await a.db.query(
      `SELECT singleton_on AS slot, count(*)::int AS jobs, count(*) FILTER (WHERE state = 'completed')::int AS completed
         FROM pgboss.job WHERE name = $1 GROUP BY singleton_on ORDER BY singleton_on`,
      [BED_EXPIRY_SCHEDULE],
    );
    // Both instances offered every period's job; one job per period exists, and it ran once.
    expect(slots.length).toBeGreaterThanOrEqual(3);
    for (const slot of slots) expect(slot.jobs).toBe(1);
    expect(slots.slice(0, -1).every((s) => s.completed === 1)).toBe(true);
    const expiries = await a.db.query(`SELECT count(*)::int AS n FROM bed_reservation_events WHERE reservation_id = $1 AND to_status = 'EXPIRED'`, [held.id]);
    expect(expiries[0].n).toBe(1);
  });
});
