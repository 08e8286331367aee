// Lists that should not grow with the data: `elders(first: 50)` for a county officer with many elders in scope, and
// `providers(first: 20)` unfiltered at growing sizes, each without and with `totalCount`; PostgreSQL CPU per request
// beside latency, and the plan of the elders page (EXPLAIN ANALYZE).
//
//   npm run build && node bench/lists-bench.js [--elders 200000] [--providers 1000,100000] [--duration 5] [--connections 10]
//       [--cpu-prof DIR]
//
// Uses DATABASE_URL when set, else the embedded PostgreSQL under bench/.data. Generated rows are marked ('ListBench')
// and replaced on each run.
import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import {
  BENCH_JWT_SECRET,
  graphql,
  measureWithCpu,
  numberOption,
  parseBenchArgs,
  postgresProcesses,
  startBenchDatabase,
  startServerProcess,
} from './lib/harness.js';

const values = parseBenchArgs(
  `Lists at scale: elders(first: 50) for a county officer, providers(first: 20) at growing sizes.
Build first: npm run build && node bench/lists-bench.js [options]`,
  {
    elders: { type: 'string', default: '200000', help: 'elders in the officer\'s county (370811)' },
    providers: { type: 'string', default: '1000,100000', help: 'comma-separated provider counts to measure providers(first: 20) at ("" for none)' },
    duration: { type: 'string', default: '5', help: 'seconds per measurement' },
    connections: { type: 'string', default: '10', help: 'autocannon connections' },
    'cpu-prof': { type: 'string', help: 'write a V8 CPU profile of the app process to this folder' },
  },
);
const elderCount = numberOption(values, 'elders');
const providerSizes = values.providers.split(',').filter((n) => n.trim() !== '').map(Number);
const duration = numberOption(values, 'duration');
const connections = numberOption(values, 'connections');

const db = await startBenchDatabase();
const app = await startServerProcess({ databaseUrl: db.url, cpuProf: values['cpu-prof'] });
const postgres = await postgresProcesses(db.url);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const sign = (claims) => jwt.sign({ ver: 0, ...claims }, createSecretKey(Buffer.from(BENCH_JWT_SECRET)), { algorithm: 'HS256', expiresIn: '2h', issuer: 'yiyang' });
const lines = [];
const row = (label, r) =>
  lines.push(`| ${label} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.cpuUs.toFixed(0)} | ${Number.isNaN(r.pgCpuUs) ? '-' : r.pgCpuUs.toFixed(0)} | ${r.errors} |`);
const measure = async (label, query, headers = {}) => {
  await graphql(app.url, query, {}, headers);
  await measureWithCpu(app, [JSON.stringify({ query })], { connections, duration: 1, headers, postgres });
  row(label, await measureWithCpu(app, [JSON.stringify({ query })], { connections, duration, headers, postgres }));
};
try {
  // Elders: one county officer, elderCount elders in the county and as many again elsewhere in the province.
  await client.query(`DELETE FROM elders WHERE full_name LIKE 'ListBench %'`);
  const started = performance.now();
  await client.query(
    `INSERT INTO elders (full_name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, region_code, address, latitude, longitude, created_at)
     SELECT 'ListBench ' || i, 'FEMALE', '1940-01-01', 'x', sha256(('listbench-' || i)::bytea), '3708**********0000',
            CASE WHEN i % 2 = 0 THEN '370811' ELSE '3708' || lpad((12 + i % 20)::text, 2, '0') END, '地址', 35.4, 116.6,
            now() - (i || ' seconds')::interval
       FROM generate_series(1, $1) i`,
    [elderCount * 2],
  );
  await client.query('VACUUM ANALYZE elders');
  console.error(`elders generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const [officer] = (await client.query(
    `INSERT INTO users (phone, password_hash, display_name, role, region_scope) VALUES ('13900000078', 'x', 'list bench', 'CIVIL_AFFAIRS', '370811')
     ON CONFLICT (phone) DO UPDATE SET region_scope = '370811' RETURNING id`,
  )).rows;
  const headers = { authorization: `Bearer ${sign({ sub: officer.id, role: 'CIVIL_AFFAIRS', scope: '370811' })}` };
  await measure(`\`elders(first: 50)\`, county officer, ${elderCount.toLocaleString('en')} in scope`, '{ elders(first: 50) { nodes { id fullName regionCode } } }', headers);
  await measure('the same with `totalCount`', '{ elders(first: 50) { totalCount totalCountCapped nodes { id fullName regionCode } } }', headers);
  const { rows: plan } = await client.query(
    `EXPLAIN (ANALYZE, COSTS OFF) SELECT e.id FROM elders e WHERE (e.region_code LIKE '370811%') ORDER BY e.created_at DESC, e.id DESC LIMIT 51 OFFSET 0`,
  );
  const elderPlan = plan.map((r) => r['QUERY PLAN']).join('\n');
  await client.query(`DELETE FROM elders WHERE full_name LIKE 'ListBench %'`);

  for (const n of providerSizes) {
    await client.query(`DELETE FROM providers WHERE name LIKE 'ListBench %'`);
    await client.query(
      `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude)
       SELECT 'ListBench ' || lpad(i::text, 7, '0'), 'DAY_CARE_CENTRE', 'PRIVATE', '370811', '地址', 35.4, 116.6 FROM generate_series(1, $1) i`,
      [n],
    );
    await client.query('VACUUM ANALYZE providers');
    await measure(`\`providers(first: 20)\`, ${n.toLocaleString('en')} providers`, '{ providers(first: 20) { nodes { id name } } }');
    await measure(`the same with \`totalCount\``, '{ providers(first: 20) { totalCount totalCountCapped nodes { id name } } }');
  }
  await client.query(`DELETE FROM providers WHERE name LIKE 'ListBench %'`);
  console.log(`\nRun ${new Date().toISOString()}: ${duration} s per line, ${connections} connections, closed loop, the app in its own process; the machine is shared (2 cores).\n`);
  console.log('| list | req/s | p50 ms | p95 ms | p99 ms | server CPU µs/req | PostgreSQL CPU µs/req | errors |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const line of lines) console.log(line);
  console.log(`\nPlan of the elders page (county officer, ${elderCount.toLocaleString('en')} in scope):\n\n\`\`\`\n${elderPlan}\n\`\`\``);
} finally {
  await client.end();
  await app.stop();
  await db.stop();
}
process.exit(0);
