// Live updates and the event dispatcher under load.
//
//   npm run build && node bench/events-bench.js [--subscriptions 1000] [--rate 100] [--duration 5] [--events 2000]
//
// The changes raise occupied (no bed is freed, so no waitlist work is queued): the live path alone.
// For each setting (one instance; two instances, changes on A and subscribers on B; over LISTEN/NOTIFY and, when
// REDIS_URL or redis://127.0.0.1:6379 answers, over Redis): opens --subscriptions bedCapacityChanged subscriptions
// (20 per WebSocket connection, 10 per provider), makes --rate capacity changes per second (open loop, round robin over
// the providers) for --duration seconds, and reports the latency from each change's commit (its mutation's answer) and
// from its request to each subscriber's message: p50/p95/p99. Then the dispatcher: --events durable events published
// at once to a no-op handler, events/s until all were handled.
//
// Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data. Numbers only; nothing is asserted.
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import pg from 'pg';
import WebSocket from 'ws';
import { freshBenchDatabase, importDist, parseBenchArgs, percentile, startBenchDatabase } from './lib/harness.js';

const dist = importDist;

const values = parseBenchArgs(
  `Live updates (subscriptions) and the durable event dispatcher under load.
Build first: npm run build && node bench/events-bench.js [options]`,
  {
    subscriptions: { type: 'string', default: '1000', help: 'bedCapacityChanged subscriptions (20 per WebSocket connection)' },
    rate: { type: 'string', default: '100', help: 'capacity changes per second (open loop)' },
    duration: { type: 'string', default: '5', help: 'seconds of changes per setting' },
    events: { type: 'string', default: '2000', help: 'durable events published at once to a no-op handler' },
  },
);
const SUBSCRIPTIONS = Number(values.subscriptions);
const RATE = Number(values.rate);
const DURATION = Number(values.duration);
const EVENTS = Number(values.events);
const PER_CONNECTION = 20;
const PER_PROVIDER = 10;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const { loadConfig } = await dist('config/app-config.js');
const { createRootLogger } = await dist('core/logging/logger.js');
const { createApp, closeApp } = await dist('app.factory.js');
const { TokenService } = await dist('core/auth/token.service.js');
const { DomainEvents } = await dist('core/events/domain-events.js');
const { UnitOfWork } = await dist('core/database/unit-of-work.js');

const logger = createRootLogger('warn');
const database = await startBenchDatabase();
const adminUrl = database.url;

const freshDatabase = () => freshBenchDatabase(adminUrl, 'yiyang_events_bench');

async function startInstance(databaseUrl, overrides) {
  const config = loadConfig(
    { NODE_ENV: 'development' },
    { JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', SEED_DEMO: 'false', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', BCRYPT_ROUNDS: '4', ...overrides },
  );
  const app = await createApp(config, databaseUrl, logger);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = app.getHttpServer().address().port;
  return { app, http: `http://127.0.0.1:${port}/graphql`, ws: `ws://127.0.0.1:${port}/graphql` };
}

async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function seed(databaseUrl, providers) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query(
    `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude, service_radius_km)
     SELECT 'EventsBench ' || i, 'NURSING_HOME', 'PRIVATE', '370811', '测试地址', 35.41, 116.58, 10 FROM generate_series(1, $1) i RETURNING id`,
    [providers],
  );
  await db.query(`INSERT INTO bed_capacity (provider_id, category, total, occupied, version) SELECT unnest($1::uuid[]), 'NURSING', 100000, 0, 1`, [
    rows.map((r) => r.id),
  ]);
  const staff = [];
  for (const [i, r] of rows.entries()) {
    const { rows: u } = await db.query(
      `INSERT INTO users (phone, password_hash, display_name, role, provider_id) VALUES ($1, 'x', 'bench staff', 'PROVIDER_STAFF', $2) RETURNING id`,
      [`137${String(i).padStart(8, '0')}`, r.id],
    );
    staff.push(u[0].id);
  }
  await db.end();
  return rows.map((r, i) => ({ id: r.id, staffId: staff[i], version: 1, total: 100000, occupied: 0 }));
}

const UPDATE = `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) { version } }`;
const CHANGED = `subscription($p: ID!) { bedCapacityChanged(providerId: $p) { providerId version } }`;

async function liveRun(label, overrides, instances) {
  const databaseUrl = await freshDatabase();
  const a = await startInstance(databaseUrl, { MIGRATE_ON_START: 'true', ...overrides });
  const b = instances === 2 ? await startInstance(databaseUrl, overrides) : a;
  const providers = await seed(databaseUrl, Math.ceil(SUBSCRIPTIONS / PER_PROVIDER));
  const tokens = a.app.get(TokenService);
  for (const p of providers) p.token = (await tokens.sign({ userId: p.staffId, role: 'PROVIDER_STAFF', providerId: p.id, regionScope: null })).token;

  const sentAt = new Map();
  const answeredAt = new Map();
  const fromCommit = [];
  const fromRequest = [];
  let received = 0;
  const deliveredKeys = [];
  const clients = [];
  let acked = 0;
  for (let c = 0; c < SUBSCRIPTIONS / PER_CONNECTION; c++) {
    const client = createClient({ url: b.ws, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, onNonLazyError: () => undefined });
    clients.push(client);
    for (let s = 0; s < PER_CONNECTION; s++) {
      const provider = providers[Math.floor((c * PER_CONNECTION + s) / PER_PROVIDER)];
      client.subscribe(
        { query: CHANGED, variables: { p: provider.id } },
        {
          next: ({ data }) => {
            const now = performance.now();
            const key = `${data.bedCapacityChanged.providerId}:${data.bedCapacityChanged.version}`;
            received++;
            deliveredKeys.push(key);
            if (sentAt.has(key)) fromRequest.push(now - sentAt.get(key));
            // The event can overtake the mutation's own answer; such deliveries count as 0 ms after the commit.
            const answered = answeredAt.get(key);
            fromCommit.push(answered === undefined ? 0 : Math.max(0, now - answered));
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    client.on('connected', () => acked++);
  }
  while (acked < clients.length) await new Promise((r) => setTimeout(r, 20));
  console.error(`${label}: ${clients.length} connections open`);
  // graphql-ws does not acknowledge a subscribe: give the server time to set up every subscription (each reads its
  // provider once) before the first change.
  await new Promise((r) => setTimeout(r, 3000));

  const total = RATE * DURATION;
  const started = performance.now();
  const inflight = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const p = providers[i % providers.length];
    // One change at a time per provider (each names the version it read), many providers at once.
    p.chain = (p.chain ?? Promise.resolve()).then(async () => {
      const expected = p.version;
      p.version++;
      p.occupied = (p.occupied ?? 0) + 1;
      const key = `${p.id}:${p.version}`;
      sentAt.set(key, performance.now());
      await gql(a.http, UPDATE, { input: { providerId: p.id, category: 'NURSING', total: p.total, occupied: p.occupied, expectedVersion: expected } }, p.token);
      answeredAt.set(key, performance.now());
    });
    inflight.push(p.chain);
  }
  await Promise.all(inflight);
  const achievedRate = total / ((performance.now() - started) / 1000);
  console.error(`${label}: ${total} changes made`);
  const expectedDeliveries = total * PER_PROVIDER;
  const deadline = performance.now() + 10_000;
  while (received < expectedDeliveries && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));

  for (const client of clients) await client.dispose();
  console.error(`${label}: ${received} deliveries`);
  const perKey = new Map();
  for (const k of sentAt.keys()) perKey.set(k, 0);
  for (const k of deliveredKeys) perKey.set(k, (perKey.get(k) ?? 0) + 1);
  // A subscriber reads the row when the event reaches it: if the next change has committed by then, it shows that
  // version (twice), never a stale one. Counted, not lost.
  const coalesced = [...perKey].reduce((n, [, seen]) => n + Math.max(0, PER_PROVIDER - seen), 0);
  const dispatcher = await dispatcherRun(a.app);
  console.error(`${label}: dispatcher ${dispatcher.handled}`);
  if (b !== a) await closeApp(b.app);
  await closeApp(a.app);
  const ms = (xs, p) => percentile([...xs].sort((x, y) => x - y), p).toFixed(1);
  return {
    label,
    changes: total,
    deliveries: `${received} (${expectedDeliveries})`,
    commit: [ms(fromCommit, 50), ms(fromCommit, 95), ms(fromCommit, 99)],
    request: [ms(fromRequest, 50), ms(fromRequest, 95), ms(fromRequest, 99)],
    achievedRate: achievedRate.toFixed(0),
    coalesced,
    dispatcher,
  };
}

/** Durable events published at once (in transactions of 100), to a no-op handler: handled per second. */
async function dispatcherRun(app) {
  const events = app.get(DomainEvents);
  const uow = app.get(UnitOfWork);
  let handled = 0;
  await events.handle('bed-capacity.changed', 'bench.noop', async () => {
    handled++;
  });
  const started = performance.now();
  for (let i = 0; i < EVENTS; i += 100) {
    await uow.run(async () => {
      for (let j = i; j < Math.min(EVENTS, i + 100); j++) {
        events.publish('bed-capacity.changed', { providerId: '00000000-0000-4000-8000-000000000000', category: 'NURSING', totalBefore: 0, totalAfter: 0, freeBefore: 0, freeAfter: 0, waitlistServed: true });
      }
    });
  }
  const published = performance.now();
  const deadline = published + 60_000;
  while (handled < EVENTS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  return { handled, publishPerSecond: (EVENTS / ((published - started) / 1000)).toFixed(0), eventsPerSecond: (handled / seconds).toFixed(0) };
}

async function redisAnswers() {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const runs = [];
runs.push(await liveRun('1 instance, LISTEN/NOTIFY', {}, 1));
runs.push(await liveRun('2 instances, LISTEN/NOTIFY', {}, 2));
if (await redisAnswers()) {
  runs.push(await liveRun('1 instance, Redis', { REDIS_URL }, 1));
  runs.push(await liveRun('2 instances, Redis', { REDIS_URL }, 2));
} else {
  console.log(`Redis runs skipped: nothing answered at ${REDIS_URL}`);
}
await database.stop();
process.exit(0);

console.log(`${SUBSCRIPTIONS} subscriptions (${PER_CONNECTION} per connection, ${PER_PROVIDER} per provider), ${RATE} changes/s for ${DURATION} s; dispatcher: ${EVENTS} events`);
console.log('| setting | changes | messages (expected) | later version shown | achieved changes/s | commit→subscriber p50 / p95 / p99 ms | request→subscriber p50 / p95 / p99 ms | dispatcher events/s |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of runs) {
  console.log(`| ${r.label} | ${r.changes} | ${r.deliveries} | ${r.coalesced} | ${r.achievedRate} | ${r.commit.join(' / ')} | ${r.request.join(' / ')} | ${r.dispatcher.eventsPerSecond} (${r.dispatcher.handled} handled) |`);
}
process.exit(0);
