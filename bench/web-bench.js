// Web console figures: initial JavaScript gzipped, time to an interactive sign-in page and to the family home in
// headless Chromium. Needs `npm run build` first (server and console). Starts `node dist/main.js` with an embedded
// database under bench/.data/web and the demo accounts, drives Debian's chromium, prints JSON.
//   node bench/web-bench.js [runs=5]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parseBenchArgs } from './lib/harness.js';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'web', 'dist');
const { positionals } = parseBenchArgs(
  `Web console figures: initial JavaScript gzipped, time to an interactive sign-in page and to the family home.
Build first (server and console): npm run build && node bench/web-bench.js [runs=5]`,
  {},
  { positionals: true },
);
const runs = Number(positionals[0] ?? 5);

function initialJs() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]);
  const sizes = files.map((f) => {
    const body = readFileSync(join(DIST, f));
    return { file: f, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  return { files: sizes, totalGzipKB: +(sizes.reduce((n, s) => n + s.gzipBytes, 0) / 1024).toFixed(1) };
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: 'bench/.data/web', SEED_DEMO: 'true', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error('server did not start');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { url, child } = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const signInMs = [];
const familyHomeMs = [];
try {
  for (let i = 0; i < runs; i++) {
    // A fresh profile each run: nothing cached, as for a first visit.
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`${url}/login`);
    await page.getByLabel('手机号').waitFor();
    await page.waitForFunction("!!document.querySelector('button[type=submit]:not([disabled])')");
    signInMs.push(Date.now() - start);
    await page.getByLabel('手机号').fill('13800000006');
    await page.getByLabel('密码').fill('demo-password');
    const clicked = Date.now();
    await page.locator('button[type=submit]').click();
    await page.waitForURL('**/family');
    await page.getByRole('heading', { name: '我的老人' }).waitFor();
    await page.waitForFunction("!document.querySelector('.ant-spin-spinning')");
    familyHomeMs.push(Date.now() - clicked);
    await context.close();
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
console.log(
  JSON.stringify(
    {
      initialJs: initialJs(),
      runs,
      signInInteractiveMs: { median: median(signInMs), all: signInMs },
      familyHomeAfterSignInMs: { median: median(familyHomeMs), all: familyHomeMs },
    },
    null,
    2,
  ),
);
