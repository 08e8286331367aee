import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB = join(ROOT, 'web');
export const SCREENSHOTS = join(ROOT, 'test-results', 'web');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function stale(): boolean {
  const index = join(WEB, 'dist', 'index.html');
  const sources = Math.max(newest(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs, statSync(join(WEB, 'vite.config.ts')).mtimeMs);
  return !existsSync(index) || statSync(index).mtimeMs < sources;
}

/**
 * Builds the console when web/dist is missing or older than its sources, so the browser tests run the current code.
 * Test files run in parallel workers: one builds under a lock directory while the others wait, then find it fresh.
 */
export async function ensureWebBuild() {
  if (!stale()) return;
  const lock = join(WEB, '.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is older than any build takes.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released meanwhile: try again.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (stale()) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: WEB, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface BrowserWorld {
  t: TestApp;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real server (its own database) listening on a free port with the built console, and a headless Chromium.
 * `overrides`: configuration for this server (e.g. a short JWT_EXPIRES_IN).
 */
export async function startBrowserWorld(overrides: Parameters<typeof startTestApp>[0] = {}): Promise<BrowserWorld> {
  await ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const t = await startTestApp(overrides);
  await t.app.listen(0, '127.0.0.1');
  const baseUrl = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    t,
    browser,
    baseUrl,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** A fresh browser profile; `phone` gives a phone-sized screen. */
export async function newContext(w: BrowserWorld, opts: { phone?: boolean; geolocation?: { latitude: number; longitude: number } } = {}): Promise<BrowserContext> {
  const context = await w.browser.newContext({
    baseURL: w.baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: opts.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    isMobile: !!opts.phone,
    hasTouch: !!opts.phone,
    ...(opts.geolocation ? { geolocation: opts.geolocation, permissions: ['geolocation'] } : {}),
  });
  // Nothing but the server itself may be asked for: the console is fully bundled.
  await context.route(/^(?!https?:\/\/127\.0\.0\.1)/, (route) => route.abort());
  return context;
}

export async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the sign-in page and waits for the role's home. */
export async function signIn(page: Page, phone: string, password: string, home: string) {
  await page.goto('/login');
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登 录' }).or(page.getByRole('button', { name: '登录' })).click();
  await page.waitForURL((url) => url.pathname === home);
}
