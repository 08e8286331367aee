// `npm start` runs this first: it builds dist/ only when a source changed since the last build (a full build takes
// from a few seconds to a minute on a busy machine). Sources: src/ (files and folders, so a deleted file counts), the
// TypeScript settings and the lockfile. `npm run build` (--force) always builds. The build is TypeScript's own
// compiler on tsconfig.build.json into a fresh dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');

function newest(path) {
  const stat = statSync(path);
  let latest = stat.mtimeMs;
  if (stat.isDirectory()) for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((p) => join(root, p)).filter(existsSync);
const sourcesChanged = Math.max(...inputs.map(newest));
const built = existsSync(stamp) && existsSync(join(root, 'dist', 'main.js')) ? statSync(stamp).mtimeMs : -1;

if (built >= sourcesChanged && process.argv[2] !== '--force') {
  process.stdout.write('dist/ is up to date with src/ (no rebuild)\n');
} else {
  const started = Date.now();
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
  // Dated when the build began: a source saved while it ran is newer, so the next start builds again.
  utimesSync(stamp, new Date(started), new Date(started));
  process.stdout.write(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
