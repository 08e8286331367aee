// `npm start` runs this first: it builds each part only when one of its sources changed since that part's last build
// (a full build takes from a few seconds to a minute on a busy machine). The server: src/ (files and folders, so a
// deleted file counts), the TypeScript settings and the lockfile, built by TypeScript's own compiler on
// tsconfig.build.json into a fresh dist/. The web console: web/ (less its output and dependencies), built by its own
// `npm run build -w web` into web/dist/. `npm run build` (--force) always builds both.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
// `server` or `web` builds that part only (the schema printer needs only the server).
const only = args.filter((a) => !a.startsWith('--'));
const SKIP = new Set(['node_modules', 'dist']);

function newest(path) {
  const stat = statSync(path);
  let latest = stat.mtimeMs;
  if (stat.isDirectory()) for (const entry of readdirSync(path)) if (!SKIP.has(entry)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const parts = [
  {
    key: 'server',
    name: 'dist/',
    out: join(root, 'dist'),
    ready: join(root, 'dist', 'main.js'),
    inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    build: () => spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' }),
  },
  {
    key: 'web',
    name: 'web/dist/',
    out: join(root, 'web', 'dist'),
    ready: join(root, 'web', 'dist', 'index.html'),
    inputs: ['web', 'package-lock.json'],
    build: () => spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' }),
  },
];

for (const part of parts.filter((p) => only.length === 0 || only.includes(p.key))) {
  const stamp = join(part.out, '.build-stamp');
  const inputs = part.inputs.map((p) => join(root, p)).filter(existsSync);
  const sourcesChanged = Math.max(...inputs.map(newest));
  const built = existsSync(stamp) && existsSync(part.ready) ? statSync(stamp).mtimeMs : -1;
  if (built >= sourcesChanged && !force) {
    process.stdout.write(`${part.name} is up to date with its sources (no rebuild)\n`);
    continue;
  }
  const started = Date.now();
  rmSync(part.out, { recursive: true, force: true });
  const result = part.build();
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
  // Dated when the build began: a source saved while it ran is newer, so the next start builds again.
  utimesSync(stamp, new Date(started), new Date(started));
  process.stdout.write(`built ${part.name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
