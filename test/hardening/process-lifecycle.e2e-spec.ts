import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../../src/core/database/free-port.js';
import { createTestDatabase } from '../support/database.js';
import { TEST_JWT_SECRET } from '../support/test-app.js';

/**
 * The built server (node dist/main.js) as a child process, the way `npm start` and the Docker image run it:
 * signals, an embedded PostgreSQL, and what a kill -9 leaves behind.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Server {
  child: ChildProcess;
  port: number;
  /** Log lines, parsed. */
  lines: Array<Record<string, any>>;
  stderr: string[];
  exited: Promise<number | null>;
  url: string;
}

function databasePort(server: Server): number {
  return server.lines.find((l) => l.msg === 'embedded PostgreSQL started')!.port;
}

async function startServer(env: Record<string, string>, expectServing = true): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      JOBS_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: Server = { child, port, lines: [], stderr: [], url: `http://127.0.0.1:${port}`, exited: new Promise((r) => child.once('exit', (code) => r(code))) };
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const line of parts) if (line.trim()) server.lines.push(JSON.parse(line));
  });
  child.stderr!.on('data', (chunk: Buffer) => server.stderr.push(chunk.toString()));
  if (!expectServing) return server;
  for (const end = Date.now() + 60_000; Date.now() < end; ) {
    if (server.lines.some((l) => /is serving/.test(l.msg ?? ''))) return server;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server did not start: ${JSON.stringify(server.lines.slice(-5))} ${server.stderr.join('')}`);
}

const QUERY = JSON.stringify({ query: '{ providers(first: 1) { totalCount } }' });
const post = (server: Server) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY }).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as { data?: { providers: { totalCount: number } }; errors?: unknown[] },
  }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** A data folder the `postgres` user can reach (mkdtemp makes it 0700, which is the next test's subject). */
function openDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yiyang-proc-'));
  chmodSync(dir, 0o755);
  return join(dir, 'data');
}

describe('hardening: the built server as a process', () => {
  const cleanup: Array<() => unknown> = [];

  beforeAll(() => {
    // Builds dist/ only when src/ changed since the last build (the same step as `npm start`).
    execFileSync(process.execPath, ['scripts/build-if-stale.mjs', 'server'], { cwd: ROOT, stdio: 'ignore' });
  }, 180_000);
  afterAll(async () => {
    for (const fn of cleanup.reverse()) await fn();
  });

  it.each([['embedded PostgreSQL'], ['DATABASE_URL']])(
    'on SIGTERM under load (%s) answers every request in flight, refuses new ones, then closes the pool and the database',
    async (mode) => {
      const embedded = mode === 'embedded PostgreSQL';
      const dataDir = openDataDir();
      cleanup.push(() => rmSync(dirnameOf(dataDir), { recursive: true, force: true }));
      const databaseUrl = embedded ? undefined : await createTestDatabase();
      // Long acquire and lock timeouts: the requests below wait on a lock the test holds, longer than the stop takes.
      const server = await startServer({
        DATA_DIR: dataDir,
        DATABASE_LOCK_TIMEOUT_MS: '30000',
        DATABASE_ACQUIRE_TIMEOUT_MS: '30000',
        DATABASE_POOL_SIZE: '20',
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      });
      cleanup.push(() => server.child.exitCode === null && server.child.kill('SIGKILL'));
      const holder = new pg.Client({ connectionString: databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${databasePort(server)}/yiyang` });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE providers IN ACCESS EXCLUSIVE MODE');

      const inFlight = Array.from({ length: 16 }, () => post(server));
      // In flight means inside the server: all 16 wait on the lock (the pool has 20), whatever the machine's load.
      const watcher = new pg.Client({ connectionString: databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${databasePort(server)}/yiyang` });
      await watcher.connect();
      let waiting = 0;
      for (const end = Date.now() + 30_000; waiting < 16 && Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
        waiting = (await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'yiyang' AND wait_event_type = 'Lock'`)).rows[0].n;
      }
      await watcher.end();
      expect(waiting).toBe(16);
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      // The listener is closed: a new request is refused (connection refused, or 503 on a kept-alive connection).
      const late = await post(server).then(
        (res) => res.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(late);
      expect(server.child.exitCode).toBeNull();

      await holder.query('COMMIT');
      await holder.end();
      const answers = await Promise.all(inFlight);
      expect(answers.map((a) => a.status)).toEqual(Array(16).fill(200));
      expect(answers.map((a) => a.body.data?.providers.totalCount)).toEqual(Array(16).fill(0));

      expect(await server.exited).toBe(0);
      const steps = server.lines.filter((l) => l.msg === 'shutdown step done').map((l) => l.step);
      expect(steps).toEqual([
        'http: refuse new requests, answer those in flight',
        'app: after-commit work and event listeners, then the database pool',
        ...(embedded ? ['embedded PostgreSQL'] : []),
      ]);
      expect(server.lines.filter((l) => l.level >= 50)).toEqual([]);
      if (embedded) expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    },
    120_000,
  );

  it('starts again after a kill -9 left its embedded PostgreSQL running on the data folder', async () => {
    const dataDir = openDataDir();
    cleanup.push(() => rmSync(dirnameOf(dataDir), { recursive: true, force: true }));
    const first = await startServer({ DATA_DIR: dataDir });
    const orphan = postmasterPid(dataDir);
    cleanup.push(() => alive(orphan) && process.kill(orphan, 'SIGINT'));
    first.child.kill('SIGKILL');
    await first.exited;
    expect(alive(orphan)).toBe(true);

    const second = await startServer({ DATA_DIR: dataDir });
    cleanup.push(() => second.child.exitCode === null && second.child.kill('SIGKILL'));
    expect(second.lines.some((l) => /earlier run still holds the data folder/.test(l.msg))).toBe(true);
    expect(alive(orphan)).toBe(false);
    expect((await post(second)).body.data?.providers.totalCount).toBe(0);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it('from a folder the postgres user cannot enter: as root, stops with one sentence saying what to do', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'yiyang-closed-'));
    cleanup.push(() => rmSync(closed, { recursive: true, force: true }));
    chmodSync(closed, 0o700);
    mkdirSync(join(closed, 'x'));
    const server = await startServer({ DATA_DIR: join(closed, 'x', 'data') }, process.getuid?.() !== 0);
    if (process.getuid?.() === 0) {
      expect(await server.exited).toBe(1);
      const said = server.stderr.join('').trim();
      expect(said).toMatch(/cannot enter .*yiyang-closed-.*: put the project in a folder it can enter .* or set DATABASE_URL/);
      expect(said).not.toMatch(/\n\s+at /); // no stack trace
    } else {
      // Not root: PostgreSQL runs as this user, who owns the folder; it simply works.
      expect((await post(server)).status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 120_000);
});

function dirnameOf(path: string): string {
  return join(path, '..');
}
