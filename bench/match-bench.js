// matchProviders under load at growing province sizes, next to `{ __typename }` on the same server.
//
//   npm run build && node bench/match-bench.js [--sizes 1000,10000,100000] [--elders-per-provider 10]
//       [--duration 10] [--connections 10] [--rates 50,100,150] [--seed 42] [--reuse] [--cpu-prof DIR] [--write-results]
//
// For each size the province generator (bench/generate-province.js) rebuilds the data set (providers, and ten elders
// per provider: 1,000,000 at 100,000 providers), then autocannon drives a mix of 200 needs (elder-based residential,
// explicit-location residential, home care with services, day care) around sampled elders' homes: closed loop over
// --connections connections (saturation: as many requests as the server can take), then open loop at each of --rates
// (requests arriving at that rate whatever the answers, latency counted from when each was due). The EXPLAIN ANALYZE
// plan of the candidate query is captured at each size. With --write-results the figures are appended to
// bench/RESULTS.md. The server runs as `node dist/main.js` in its own process; PostgreSQL is DATABASE_URL when set,
// else the embedded one under bench/.data (as in bench/lib/harness.js, whose request helpers this shares).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { generateProvince } from './generate-province.js';
import { graphql, measureBodies, measureGraphQL, measureOpenLoop, percentile, parseBenchArgs } from './lib/harness.js';

const values = parseBenchArgs(`matchProviders under load at growing province sizes, next to \`{ __typename }\` on the same server.
npm run build && node bench/match-bench.js [--sizes 1000,10000,100000] [--elders-per-provider 10]
[--duration 10] [--connections 10] [--rates 50,100,150] [--seed 42] [--reuse] [--cpu-prof DIR] [--write-results]
For each size the province generator (bench/generate-province.js) rebuilds the data set (providers, and ten elders
per provider: 1,000,000 at 100,000 providers), then autocannon drives a mix of 200 needs (elder-based residential,
explicit-location residential, home care with services, day care) around sampled elders' homes: closed loop over
--connections connections (saturation: as many requests as the server can take), then open loop at each of --rates
(requests arriving at that rate whatever the answers, latency counted from when each was due). The EXPLAIN ANALYZE
plan of the candidate query is captured at each size. With --write-results the figures are appended to
bench/RESULTS.md. The server runs as \`node dist/main.js\` in its own process; PostgreSQL is DATABASE_URL when set,
else the embedded one under bench/.data (as in bench/lib/harness.js, whose request helpers this shares).`, {
    sizes: { type: 'string', default: '1000,10000,100000' },
    'elders-per-provider': { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    // Open-loop arrival rates (requests/s) at which matchProviders is also measured; empty for none.
    rates: { type: 'string', default: '50,100,150' },
    seed: { type: 'string', default: '42' },
    'write-results': { type: 'boolean', default: false },
    // Keep a data set of the same size already in the database (the generator is deterministic per seed).
    reuse: { type: 'boolean', default: false },
    // Write a V8 CPU profile of the server process (open it in Chrome DevTools) to this folder when the run ends.
    'cpu-prof': { type: 'string' },
  });
const sizes = values.sizes.split(',').map(Number);
const duration = Number(values.duration);
const connections = Number(values.connections);
const seed = Number(values.seed);
const eldersPerProvider = Number(values['elders-per-provider']);
const rates = values.rates ? values.rates.split(',').map(Number) : [];

const ROOT = resolve(import.meta.dirname, '..');
const { candidateQuery } = await import(resolve(ROOT, 'dist/modules/matching/match-candidates.query.js'));
const { resolveNeed, DEFAULT_MATCH_PARAMS } = await import(resolve(ROOT, 'dist/modules/matching/match.policy.js'));

const MATCH = `query($need: CareNeedInput!) { matchProviders(need: $need, first: 10) {
  provider { id name kind location { latitude longitude } } score distanceKm availableBeds estimatedMonthlyCostFen estimatedSubsidyFen
  reasons { factor weight value detail } } }`;

/** A FAMILY account that is guardian of 100 sampled elders, and the needs of the mix (deterministic per seed). */
async function prepareNeeds(client, url, providers) {
  const phone = '13900000042';
  await client.query(`DELETE FROM users WHERE phone = $1`, [phone]);
  await graphql(url, `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
    input: { phone, password: 'bench-password-42', displayName: 'bench family' },
  });
  const { login } = await graphql(url, `mutation { login(phone: "${phone}", password: "bench-password-42") { accessToken user { id } } }`);
  const elders = providers * eldersPerProvider;
  const { rows: sample } = await client.query(
    `SELECT e.id, e.latitude, e.longitude FROM generate_series(1, 200) k
       JOIN elders e ON e.id = md5('${seed}:elder:' || (1 + (hashint8extended(k, ${seed}) & 2147483647) % $1))::uuid
      ORDER BY k`,
    [elders],
  );
  await client.query(
    `INSERT INTO elder_guardians (elder_id, user_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
    [sample.slice(0, 100).map((e) => e.id), login.user.id],
  );
  const needs = sample.map((e, k) => {
    const location = { latitude: e.latitude, longitude: e.longitude };
    switch (k % 10) {
      case 0: case 1: case 2: case 3:
        return k < 100 ? { elderId: e.id } : { location, careLevel: 'SEVERE' };
      case 4: case 5:
        return { location, careLevel: 'SEVERE', monthlyBudgetFen: 400_000 };
      case 6: case 7: case 8:
        return { location, setting: 'HOME_CARE', services: ['MEAL', 'CLEANING'], monthlyBudgetFen: 100_000 };
      default:
        return { location, setting: 'DAY_CARE' };
    }
  });
  return { token: login.accessToken, needs };
}

/**
 * The candidate query alone, sequentially over the location-based needs, as the server runs it (a named prepared
 * statement, generic plan: see core/database/data-source-options): wall time per query on a quiet connection, after
 * one round that prepares each shape.
 */
async function timeCandidateQuery(databaseUrl, needs) {
  const client = new pg.Client({ connectionString: databaseUrl, options: '-c plan_cache_mode=force_generic_plan' });
  await client.connect();
  const times = [];
  try {
    for (const round of [0, 1]) {
      for (const input of needs.filter((n) => !n.elderId)) {
        const need = resolveNeed(input, null, DEFAULT_MATCH_PARAMS);
        const { sql, params } = candidateQuery(need, DEFAULT_MATCH_PARAMS, 15);
        const started = performance.now();
        await client.query({ name: `m_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`, text: sql, values: params });
        if (round === 1) times.push(performance.now() - started);
      }
    }
  } finally {
    await client.end();
  }
  times.sort((a, b) => a - b);
  return { mean: +(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2), p95: +percentile(times, 95).toFixed(2) };
}

/** The plan the server runs: the prepared statement's generic plan, executed once before it is explained. */
async function explainCandidateQuery(databaseUrl, location) {
  const need = resolveNeed({ location, careLevel: 'SEVERE' }, null, DEFAULT_MATCH_PARAMS);
  const { sql, params } = candidateQuery(need, DEFAULT_MATCH_PARAMS, 15);
  const client = new pg.Client({ connectionString: databaseUrl, options: '-c plan_cache_mode=force_generic_plan' });
  await client.connect();
  try {
    await client.query(`PREPARE candidates AS ${sql}`);
    // EXECUTE takes its arguments as SQL (no bind parameters in a utility statement).
    const literal = (v) =>
      v == null ? 'NULL'
      : Array.isArray(v) ? `ARRAY[${v.map((x) => client.escapeLiteral(String(x))).join(', ')}]::text[]`
      : typeof v === 'number' || typeof v === 'boolean' ? String(v)
      : client.escapeLiteral(String(v));
    const args = params.map(literal).join(', ');
    await client.query(`EXECUTE candidates(${args})`);
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE candidates(${args})`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

/**
 * The server runs in its own process (`node dist/main.js`), so that autocannon, in this process, does not share the
 * server's event loop; PostgreSQL is DATABASE_URL or the embedded one under bench/.data, as in bench/lib/harness.js.
 */
async function startServerProcess() {
  const { startEmbeddedPostgres } = await import(resolve(ROOT, 'dist/core/database/embedded-postgres.js'));
  const { createRootLogger } = await import(resolve(ROOT, 'dist/core/logging/logger.js'));
  const { freePort } = await import(resolve(ROOT, 'dist/core/database/free-port.js'));
  let databaseUrl = process.env.DATABASE_URL;
  let embedded;
  if (!databaseUrl) {
    const dataDir = resolve(ROOT, 'bench', '.data');
    mkdirSync(dataDir, { recursive: true });
    embedded = await startEmbeddedPostgres(dataDir, createRootLogger('warn'));
    databaseUrl = embedded.url;
  }
  const port = await freePort();
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values['cpu-prof'])}`] : [];
  const child = spawn(process.execPath, [...profile, resolve(ROOT, 'dist/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      BCRYPT_ROUNDS: '4',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 600 || child.exitCode != null) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    databaseUrl,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode != null ? r() : child.once('exit', r)));
      await embedded?.stop();
    },
  };
}

const server = await startServerProcess();
const client = new pg.Client({ connectionString: server.databaseUrl });
await client.connect();
const results = [];
try {
  for (const providers of sizes) {
    const elders = providers * eldersPerProvider;
    const bar = new cliProgress.SingleBar(
      // On a non-terminal the bar is printed as a line every 5 s (bench/generate-province.js).
      { format: `province ${providers} providers [{bar}] {percentage}% | {value}/{total} rows | {stage} | {duration}s`, noTTYOutput: true, notTTYSchedule: 5000 },
      cliProgress.Presets.shades_classic,
    );
    const { rows: present } = await client.query(
      `SELECT (SELECT count(*) FROM providers WHERE name LIKE 'Bench %')::int AS p, (SELECT count(*) FROM elders WHERE full_name LIKE 'Bench elder %')::int AS e`,
    );
    let generated = { seconds: 0 };
    if (!(values.reuse && present[0].p === providers && present[0].e === elders)) {
      bar.start(providers + elders, 0, { stage: 'providers' });
      generated = await generateProvince(client, { providers, elders, seed }, (done, _total, stage) => bar.update(done, { stage }));
      bar.stop();
    }
    const { token, needs } = await prepareNeeds(client, server.url, providers);
    const headers = { authorization: `Bearer ${token}` };
    const bodies = needs.map((need) => JSON.stringify({ query: MATCH, variables: { need } }));
    // Every need answers without errors (and the caches are warm) before anything is measured.
    let matched = 0;
    for (const need of needs) matched += (await graphql(server.url, MATCH, { need }, headers)).matchProviders.length;
    await measureGraphQL(server.url, '{ __typename }', {}, { connections, duration: 2 });
    await measureBodies(server.url, bodies, { connections, duration: 2, headers });
    const trivial = await measureGraphQL(server.url, '{ __typename }', {}, { connections, duration });
    const matching = await measureBodies(server.url, bodies, { connections, duration, headers });
    const paced = [];
    for (const rate of rates) paced.push({ rate, ...(await measureOpenLoop(server.url, bodies, { rate, duration, headers, seed })) });
    const plan = await explainCandidateQuery(server.databaseUrl, needs[4].location);
    const sqlAlone = await timeCandidateQuery(server.databaseUrl, needs);
    const load = loadavg()[0];
    results.push({ providers, elders, generated, trivial, matching, paced, plan, sqlAlone, meanMatches: matched / needs.length, load });
    console.log(JSON.stringify({ providers, elders, seconds: generated.seconds, trivial, matching, paced, sqlAlone, meanMatches: matched / needs.length, load }));
  }
} finally {
  await client.end();
  await server.stop();
}

const row = (r, name, load, m) =>
  `| ${r.providers.toLocaleString('en')} | ${r.elders.toLocaleString('en')} | ${name} | ${load} | ${m.rps} | ${m.p50} | ${m.p95} | ${m.p99} | ${m.errors} |`;
const lines = [
  '',
  `### ${sizes.map((n) => n.toLocaleString('en')).join(' / ')} providers: closed loop over ${connections} connections` +
    (rates.length ? `, open loop at ${rates.join(' / ')} req/s` : '') + (values.reuse ? ' (data set reused)' : ''),
  '',
  `Command: \`npm run build && node bench/match-bench.js --sizes ${values.sizes} --elders-per-provider ${eldersPerProvider} --duration ${duration} --connections ${connections} --rates ${rates.join(',')} --seed ${seed}${values.reuse ? ' --reuse' : ''} --write-results\``,
  '',
  `Run ${new Date().toISOString()}, ${cpus().length} cores, ${duration} s per line (closed loop: autocannon over ${connections} connections, ` +
    `each sending its next request when the last is answered; open loop: Poisson arrivals at the given rate, latency from when each was due) against \`node dist/main.js\` in its own process on 127.0.0.1, embedded PostgreSQL ` +
    `unless DATABASE_URL. Needs: a rotating mix of 200 (40% residential, of which half by elderId, 20% residential with a budget, ` +
    `30% home care MEAL+CLEANING, 10% day care) around sampled elders' homes; \`first: 10\` with reasons.`,
  '',
  '| providers | elders | query | load | req/s | p50 ms | p95 ms | p99 ms | errors |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.flatMap((r) => [
    row(r, '`{ __typename }`', `closed, ${connections} conn.`, r.trivial),
    row(r, 'matchProviders', `closed, ${connections} conn.`, r.matching),
    ...r.paced.map((m) => row(r, 'matchProviders', `open, ${m.rate}/s`, m)),
  ]),
  '',
  ...results.map(
    (r) =>
      `- ${r.providers.toLocaleString('en')} providers: ${r.generated.seconds ? `generated in ${r.generated.seconds.toFixed(0)} s` : 'data set reused'}; ${r.meanMatches.toFixed(1)} matches per need ` +
      `on average; the candidate query alone (prepared, generic plan, sequential over the location needs): mean ${r.sqlAlone.mean} ms, p95 ${r.sqlAlone.p95} ms; ` +
      `1-min load average of the machine at the end ${r.load.toFixed(1)}.`,
  ),
  '',
];
for (let i = 1; i < results.length; i++) {
  const a = results[i - 1];
  const b = results[i];
  const paced = b.paced.map((m, k) => `at ${m.rate}/s p95 x${(m.p95 / a.paced[k].p95).toFixed(2)}`);
  lines.push(
    `- ${b.providers / a.providers}x the providers (${a.providers} to ${b.providers}): closed loop p95 x${(b.matching.p95 / a.matching.p95).toFixed(2)}, ` +
      `p50 x${(b.matching.p50 / a.matching.p50).toFixed(2)}${paced.length ? `; open loop ${paced.join(', ')}` : ''}.`,
  );
}
const last = results.at(-1);
if (last) {
  lines.push('', `Candidate query plan at ${last.providers.toLocaleString('en')} providers (residential, SEVERE, 10 km, EXPLAIN ANALYZE):`, '', '```', last.plan, '```', '');
}
const text = lines.join('\n');
console.log(text);
if (values['write-results']) {
  const file = resolve(ROOT, 'bench', 'RESULTS.md');
  if (!existsSync(file)) appendFileSync(file, '# Benchmark results\n');
  appendFileSync(file, text);
}
