// reserveBed under load beside the raw transaction in pgbench: 20 clients reserving beds for distinct elders (the
// app: `reserveBed` over HTTP), and pgbench sending the conditional capacity UPDATE and a row INSERT in one transaction
// to the same PostgreSQL, interleaved rounds; min / median / max and the ratio app / pgbench. Between them, pgbench's
// very transaction sent over HTTP to the bare Apollo + Fastify + `pg` server (bench/bare/server.js, a signed-in
// mutation): what answering over HTTP and GraphQL costs on this machine before any of the app's own work.
//
//   npm run build && node bench/reserve-bench.js [--rounds 3] [--duration 5] [--clients 20] [--elders 20000]
//
// Uses DATABASE_URL when set, else the embedded PostgreSQL under bench/.data; needs pgbench (Debian: postgresql-client).
import { execFileSync } from 'node:child_process';
import { createSecretKey } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { BENCH_JWT_SECRET, formatSpread, measureWithCpu, numberOption, parseBenchArgs, postgresProcesses, spread, startBenchDatabase, startServerProcess } from './lib/harness.js';

const values = parseBenchArgs(
  `reserveBed beside the same transaction in pgbench and, over HTTP, on the bare server; interleaved rounds.
Build first: npm run build && node bench/reserve-bench.js [options]`,
  {
    rounds: { type: 'string', default: '3', help: 'rounds (each measures the app, the bare server and pgbench)' },
    duration: { type: 'string', default: '5', help: 'seconds per side per round' },
    clients: { type: 'string', default: '20', help: 'concurrent clients on each side' },
    elders: { type: 'string', default: '20000', help: 'distinct elders to reserve for (one active reservation each)' },
    'cpu-prof': { type: 'string', help: 'write a V8 CPU profile of the app process to this folder' },
    'handlers-elsewhere': {
      type: 'boolean',
      default: false,
      help: 'start the app with JOBS_WORK=false, as an instance whose durable handlers (the notice of each hold) run on another',
    },
  },
);
const rounds = numberOption(values, 'rounds');
const duration = numberOption(values, 'duration');
const clients = numberOption(values, 'clients');
const elderCount = numberOption(values, 'elders');

const db = await startBenchDatabase();
const handlersElsewhere = values['handlers-elsewhere'];
const app = await startServerProcess({ databaseUrl: db.url, cpuProf: values['cpu-prof'], env: handlersElsewhere ? { JOBS_WORK: 'false' } : {} });
const bare = await startServerProcess({ script: resolve(import.meta.dirname, 'bare', 'server.js'), databaseUrl: db.url });
const postgres = await postgresProcesses(db.url);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const perSide = { app: [], bare: [], pgbench: [] };
try {
  await client.query(`DELETE FROM providers WHERE name = 'ReserveBench home'`);
  await client.query(`DELETE FROM elders WHERE full_name LIKE 'ReserveBench %'`);
  const [provider] = (await client.query(
    `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude) VALUES ('ReserveBench home', 'NURSING_HOME', 'PUBLIC', '370811', '地址', 35.4, 116.6) RETURNING id`,
  )).rows;
  await client.query(`INSERT INTO bed_capacity (provider_id, category, total, occupied, version) VALUES ($1, 'NURSING', 100000000, 0, 1)`, [provider.id]);
  const { rows: elders } = await client.query(
    `INSERT INTO elders (full_name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, region_code, address, latitude, longitude)
     SELECT 'ReserveBench ' || i, 'MALE', '1940-01-01', 'x', sha256(('reservebench-' || i || '-' || now())::bytea), '3708**********0000', '370811', '地址', 35.4, 116.6
       FROM generate_series(1, $1) i RETURNING id`,
    [elderCount],
  );
  const [officer] = (await client.query(
    `INSERT INTO users (phone, password_hash, display_name, role, region_scope) VALUES ('13900000079', 'x', 'reserve bench', 'CIVIL_AFFAIRS', '3708')
     ON CONFLICT (phone) DO UPDATE SET region_scope = '3708' RETURNING id`,
  )).rows;
  await client.query(`CREATE TABLE IF NOT EXISTS bench_reserve_rows (provider_id uuid NOT NULL, elder bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  await client.query('VACUUM ANALYZE');
  const token = jwt.sign({ sub: officer.id, role: 'CIVIL_AFFAIRS', scope: '3708', ver: 0 }, createSecretKey(Buffer.from(BENCH_JWT_SECRET)), { algorithm: 'HS256', expiresIn: '2h', issuer: 'yiyang' });
  const headers = { authorization: `Bearer ${token}` };
  const RESERVE = 'mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status } }';
  let next = 0;
  const bodies = () => {
    // Fresh elders for every round (one active reservation each): a round must not take more than are left.
    const batch = elders.slice(next, next + 6000).map((e, i) =>
      JSON.stringify({ query: RESERVE, variables: { input: { providerId: provider.id, elderId: e.id, category: 'NURSING', idempotencyKey: `rb-${next + i}` } } }),
    );
    next += batch.length;
    if (batch.length === 0) throw new Error('no elders left: give more --elders');
    return batch;
  };
  const script = join(mkdtempSync(join(tmpdir(), 'reserve-bench-')), 'reserve.sql');
  writeFileSync(
    script,
    `\\set e random(1, 1000000000)
BEGIN;
UPDATE bed_capacity SET reserved = reserved + 1, version = version + 1, updated_at = now() WHERE provider_id = :p AND category = 'NURSING' AND total - occupied - reserved >= 1;
INSERT INTO bench_reserve_rows (provider_id, elder) VALUES (:p, :e);
COMMIT;
`,
  );
  const BARE_HOLD = 'mutation($p: ID!, $e: Int!) { reserveBed(providerId: $p, elder: $e) }';
  const bareBodies = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ query: BARE_HOLD, variables: { p: provider.id, e: i + 1 } }));
  const bareRound = () => measureWithCpu(bare, bareBodies, { connections: clients, duration, headers, postgres });
  const pgbench = () => {
    const out = execFileSync('pgbench', ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(duration), '-f', script, '-D', `p=${provider.id}`, db.url], { encoding: 'utf8' });
    return { rps: Number(/tps = ([\d.]+)/.exec(out)[1]) };
  };
  // The app's side ends when the work its reservations started (each hold's notification, by the durable handlers) is
  // done, not when the last answer arrives: otherwise that work would run into the next side's time.
  const drained = async () => {
    // Without this instance's handlers, the jobs its holds queued are left for another instance: dropped here.
    if (handlersElsewhere) {
      await client.query(`DELETE FROM pgboss.job WHERE name LIKE 'event.%'`);
      return 0;
    }
    const started = performance.now();
    for (;;) {
      const [{ waiting }] = (await client.query(`SELECT count(*)::int AS waiting FROM pgboss.job WHERE name LIKE 'event.%' AND state < 'completed'`)).rows;
      if (waiting === 0) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const appRound = async () => {
    const result = await measureWithCpu(app, bodies(), { connections: clients, duration, headers, postgres });
    result.drainMs = await drained();
    return result;
  };
  await measureWithCpu(app, bodies(), { connections: clients, duration: 1, headers, postgres });
  await drained();
  await measureWithCpu(bare, bareBodies, { connections: clients, duration: 1, headers, postgres });
  for (let round = 0; round < rounds; round++) {
    const sides = [
      ['app', appRound],
      ['bare', bareRound],
      ['pgbench', async () => pgbench()],
    ];
    // Rotate which side goes first, so none always meets the machine right after another's load.
    for (let i = 0; i < sides.length; i++) {
      const [name, run] = sides[(i + round) % sides.length];
      perSide[name].push(await run());
    }
  }
  const errors = perSide.app.reduce((s, r) => s + r.errors, 0);
  const bareErrors = perSide.bare.reduce((s, r) => s + r.errors, 0);
  console.log(`\nRun ${new Date().toISOString()}: ${rounds} rounds x ${duration} s per side, ${clients} clients, interleaved; the machine is shared.\n`);
  console.log('| side | per second (min / median / max) | p95 ms | server CPU µs/req | PostgreSQL CPU µs/req |');
  console.log('|---|---|---|---|---|');
  console.log(`| reserveBed (app, distinct elders; ${errors} errors) | ${formatSpread(perSide.app.map((r) => r.rps))} | ${formatSpread(perSide.app.map((r) => r.p95), 1)} | ${formatSpread(perSide.app.map((r) => r.cpuUs))} | ${formatSpread(perSide.app.map((r) => r.pgCpuUs))} |`);
  console.log(`| (the app's handlers finished their work within ${formatSpread(perSide.app.map((r) => r.drainMs))} ms of the last answer) | | | | |`);
  console.log(`| bare Apollo + Fastify + pg: pgbench's transaction as a signed-in mutation (${bareErrors} errors) | ${formatSpread(perSide.bare.map((r) => r.rps))} | ${formatSpread(perSide.bare.map((r) => r.p95), 1)} | ${formatSpread(perSide.bare.map((r) => r.cpuUs))} | ${formatSpread(perSide.bare.map((r) => r.pgCpuUs))} |`);
  console.log(`| pgbench: conditional UPDATE + INSERT, one transaction | ${formatSpread(perSide.pgbench.map((r) => r.rps))} | - | - | - |`);
  console.log('');
  for (const [a, b] of [['app', 'pgbench'], ['bare', 'pgbench'], ['app', 'bare']]) {
    const ratio = spread(perSide[a].map((r) => r.rps)).median / spread(perSide[b].map((r) => r.rps)).median;
    console.log(`ratio ${a} / ${b} per round: ${formatSpread(perSide[a].map((r, i) => r.rps / perSide[b][i].rps), 2)}; of medians ${ratio.toFixed(2)}x`);
  }
} finally {
  await client.query(`DROP TABLE IF EXISTS bench_reserve_rows`).catch(() => undefined);
  await client.end();
  await app.stop();
  await bare.stop();
  await db.stop();
}
process.exit(0);
