// Shared by the benchmarks: a real server on 127.0.0.1 (built app from dist/, embedded or given PostgreSQL),
// and a bounded autocannon run that reports requests/s and latency percentiles. Benchmarks print numbers;
// nothing here asserts a timeout.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** A module of the built app (dist/), or an error that says to build first. */
export async function importDist(path) {
  try {
    return await import(resolve(ROOT, 'dist', path));
  } catch (error) {
    throw new Error(`Build first (npm run build): cannot load dist/${path}: ${error.message}`);
  }
}

/**
 * Starts PostgreSQL (DATABASE_URL, else an embedded one kept under bench/.data so generated data survives
 * between runs) and the app on a free port. Returns { url, databaseUrl, stop }.
 */
export async function startBenchServer({ databaseUrl = process.env.DATABASE_URL, logLevel = 'warn', overrides = {} } = {}) {
  const { loadConfig } = await importDist('config/app-config.js');
  const { createRootLogger } = await importDist('core/logging/logger.js');
  const { startEmbeddedPostgres } = await importDist('core/database/embedded-postgres.js');
  const { createApp, closeApp } = await importDist('app.factory.js');
  const logger = createRootLogger(logLevel);
  let embedded;
  if (!databaseUrl) {
    const dataDir = resolve(ROOT, 'bench', '.data');
    mkdirSync(dataDir, { recursive: true });
    embedded = await startEmbeddedPostgres(dataDir, logger);
    databaseUrl = embedded.url;
  }
  const config = loadConfig(
    { NODE_ENV: 'development' },
    { JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', SEED_DEMO: 'false', LOG_LEVEL: logLevel, JOBS_ENABLED: 'false', BCRYPT_ROUNDS: '4', ...overrides },
  );
  const app = await createApp(config, databaseUrl, logger);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = await app.getUrl();
  return {
    app,
    url: url.replace('[::1]', '127.0.0.1'),
    databaseUrl,
    async stop() {
      // autocannon drops its connections when a run ends, and the server finishes the requests it had begun.
      await new Promise((r) => setTimeout(r, 500));
      await closeApp(app);
      await embedded?.stop();
    },
  };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * POSTs GraphQL request bodies (JSON strings, taken in turn) for `duration` seconds over `connections` connections
 * and returns { requests, rps, p50, p95, p99, errors }; any non-200 answer counts as an error.
 */
export async function measureBodies(url, bodies, { connections = 10, duration = 10, headers = {} } = {}) {
  const latencies = [];
  let errors = 0;
  let next = 0;
  const instance = autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode !== 200) errors++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: +percentile(latencies, 50).toFixed(2),
    p95: +percentile(latencies, 95).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    errors: errors + result.errors + result.non2xx,
  };
}

/**
 * Open-loop load: requests arrive at `rate` per second on average (Poisson arrivals from a seeded generator), whether
 * or not earlier ones have been answered, each on a free keep-alive connection (opened as needed). Latency counts from
 * the moment a request was due, so a slow server cannot hide its queue by slowing the load down (autocannon's rate
 * option sends each second's quota in a burst and waits for answers, which measures neither). Returns
 * { requests, rps, p50, p95, p99, errors, maxInFlight }. With BENCH_TRACE set, prints when (ms into the run) requests
 * took over 200 ms, to line stalls up with a CPU trace of the machine.
 */
export async function measureOpenLoop(url, bodies, { rate, duration = 10, headers = {}, seed = 1 } = {}) {
  const target = new URL(`${url}/graphql`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: reproducible arrivals per seed.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const latencies = [];
  let errors = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const send = (body, due) =>
    new Promise((done) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const finish = (ok) => {
        inFlight--;
        latencies.push(performance.now() - due);
        if (process.env.BENCH_TRACE) trace.push([Math.round(due - started), Math.round(performance.now() - due)]);
        if (!ok) errors++;
        done();
      };
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
        (res) => {
          res.resume();
          res.on('end', () => finish(res.statusCode === 200));
          res.on('error', () => finish(false));
        },
      );
      req.on('error', () => finish(false));
      req.end(body);
    });
  const trace = [];
  const started = performance.now();
  const end = started + duration * 1000;
  const pending = [];
  let due = started;
  let next = 0;
  for (;;) {
    due += (-Math.log(1 - random()) / rate) * 1000;
    if (due >= end) break;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(bodies[next++ % bodies.length], due));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  if (process.env.BENCH_TRACE) {
    const slow = trace.filter(([, ms]) => ms > 200);
    console.error(`open loop ${rate}/s from ${new Date(Date.now() - elapsed * 1000).toISOString()}: ${slow.length} over 200 ms, due at ${slow.slice(0, 3).concat(slow.slice(-3)).map(([at, ms]) => `${at}ms (${ms}ms)`).join(' ')}`);
  }
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / elapsed),
    p50: +percentile(latencies, 50).toFixed(2),
    p95: +percentile(latencies, 95).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    errors,
    maxInFlight,
  };
}

/** One GraphQL operation measured as by measureBodies. */
export function measureGraphQL(url, query, variables = {}, options = {}) {
  return measureBodies(url, [JSON.stringify({ query, variables })], options);
}

/** One request, to check that an operation answers without errors before measuring it. */
export async function graphql(url, query, variables = {}, headers = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(`GraphQL error: ${JSON.stringify(json.errors)}`);
  return json.data;
}

const withoutHelp = (option) => Object.fromEntries(Object.entries(option).filter(([key]) => key !== 'help'));

/**
 * Command-line options with `--help`: prints `usage` (and the options with their defaults) and exits 0; an unknown or
 * malformed option prints the message and the usage and exits 2, never a stack trace. `spec` is parseArgs' options,
 * each with an optional `help` text; with `positionals`, the answer's `positionals` holds the other arguments.
 */
export function parseBenchArgs(usage, spec, { positionals = false } = {}) {
  const options = { help: { type: 'boolean', short: 'h', help: 'print this help' }, ...spec };
  const text = () =>
    [
      usage.trim(),
      '',
      'Options:',
      ...Object.entries(options).map(([name, o]) => {
        const flag = `--${name}${o.type === 'string' ? ' <value>' : ''}`;
        const def = o.default === undefined || o.type === 'boolean' ? '' : ` (default ${o.default})`;
        return `  ${flag.padEnd(28)} ${o.help ?? ''}${def}`;
      }),
      '',
    ].join('\n');
  let parsed;
  try {
    parsed = parseArgs({ options: Object.fromEntries(Object.entries(options).map(([k, o]) => [k, withoutHelp(o)])), strict: true, allowPositionals: positionals });
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${text()}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(text());
    process.exit(0);
  }
  return positionals ? { ...parsed.values, positionals: parsed.positionals } : parsed.values;
}

/** A number option, or exit 2 saying which option was not one. */
export function numberOption(values, name) {
  const n = Number(values[name]);
  if (!Number.isFinite(n)) {
    process.stderr.write(`--${name} must be a number (got ${JSON.stringify(values[name])})\n`);
    process.exit(2);
  }
  return n;
}

/** PostgreSQL for a benchmark: DATABASE_URL, else the embedded one kept under bench/.data. Returns { url, stop }. */
export async function startBenchDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, async stop() {} };
  const { startEmbeddedPostgres } = await importDist('core/database/embedded-postgres.js');
  const { createRootLogger } = await importDist('core/logging/logger.js');
  const dataDir = resolve(ROOT, 'bench', '.data');
  mkdirSync(dataDir, { recursive: true });
  const embedded = await startEmbeddedPostgres(dataDir, createRootLogger('warn'));
  return { url: embedded.url, stop: () => embedded.stop() };
}

export const BENCH_JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

/**
 * A server in its own process (`node <script>`, by default the app's dist/main.js), so that the load generator does not
 * share its event loop and its CPU can be read from /proc. Waits for GET /health. Returns { url, pid, stop }.
 */
export async function startServerProcess({ script = resolve(ROOT, 'dist', 'main.js'), databaseUrl, env = {}, cpuProf } = {}) {
  const { freePort } = await importDist('core/database/free-port.js');
  const port = await freePort();
  const profile = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${resolve(cpuProf)}`] : [];
  const child = spawn(process.execPath, [...profile, script], {
    env: {
      ...process.env,
      // Without a URL the app starts its own embedded PostgreSQL under DATA_DIR (the startup benchmark).
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: BENCH_JWT_SECRET,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      BCRYPT_ROUNDS: '4',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 1200 || child.exitCode != null) throw new Error(`${script} did not start`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    url,
    pid: child.pid,
    startMs: performance.now() - startedAt,
    async stop() {
      if (child.exitCode == null) child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode != null ? r() : child.once('exit', r)));
    },
  };
}

/** Server processes started by this benchmark: killed when it exits, however it exits. */
const children = new Set();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system, microseconds) a process has used so far, from /proc/<pid>/stat. */
export function processCpuMicros(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces: the fields after it start past the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS_PER_SECOND;
}

/**
 * The processes of the PostgreSQL server behind `databaseUrl` (its postmaster, from the data folder's postmaster.pid, and
 * the postmaster's children: backends, checkpointer, walwriter...), for postgresCpuMicros. Null when the server's data
 * folder cannot be read from here (a remote DATABASE_URL): PostgreSQL's CPU is then not reported.
 */
export async function postgresProcesses(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW data_directory');
    const postmaster = Number(readFileSync(resolve(rows[0].data_directory, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(postmaster) ? { postmaster } : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * CPU time (microseconds) used so far by one PostgreSQL server (postgresProcesses): the postmaster and its children,
 * and no other cluster on the machine. Backends that ended in between are not counted (keep the pools open).
 */
export function postgresCpuMicros(server) {
  if (!server) return NaN;
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (Number(entry) === server.postmaster || ppid === server.postmaster) total += processCpuMicros(entry);
    } catch {
      // the process ended while being read
    }
  }
  return total;
}

/** RSS (MB) of a process now, from /proc/<pid>/status. */
export function processRssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** min / median / max of some numbers. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted.at(-1) };
}

/** `min / median / max` with the given number of decimals. */
export function formatSpread(values, decimals = 0) {
  const s = spread(values);
  return `${s.min.toFixed(decimals)} / ${s.median.toFixed(decimals)} / ${s.max.toFixed(decimals)}`;
}

/**
 * One closed-loop round against a server process, with the CPU the server and PostgreSQL spent on it:
 * measureBodies' figures plus cpuUs (server CPU per request, µs) and pgCpuUs (PostgreSQL CPU per request, µs, when
 * `postgres` is postgresProcesses' answer).
 */
export async function measureWithCpu(server, bodies, { postgres, ...options } = {}) {
  const cpu0 = processCpuMicros(server.pid);
  const pg0 = postgresCpuMicros(postgres);
  const r = await measureBodies(server.url, bodies, options);
  const cpu = processCpuMicros(server.pid) - cpu0;
  const pgCpu = postgresCpuMicros(postgres) - pg0;
  return { ...r, cpuUs: r.requests ? cpu / r.requests : NaN, pgCpuUs: r.requests ? pgCpu / r.requests : NaN };
}

/** A new, empty database `name` on the server of `adminUrl` (dropped first if it exists); returns its URL. */
export async function freshBenchDatabase(adminUrl, name) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
