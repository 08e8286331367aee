// Shared by the benchmarks: a real server on 127.0.0.1 (built app from dist/, embedded or given PostgreSQL),
// and a bounded autocannon run that reports requests/s and latency percentiles. Benchmarks print numbers;
// nothing here asserts a timeout.
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { resolve } from 'node:path';
import autocannon from 'autocannon';

const ROOT = resolve(import.meta.dirname, '..', '..');

async function importDist(path) {
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
