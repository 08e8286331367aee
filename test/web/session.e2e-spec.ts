import type { Page } from 'playwright-core';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeUser, TEST_PASSWORD } from '../support/factories.js';
import { agency, aroundTheClock, bookInput, bookOk, HOME } from '../home-care/home-care.fixtures.js';
import { newContext, shot, signIn, startBrowserWorld, type BrowserWorld } from './browser.js';

const ACCESS_SECONDS = 8;
const REFRESH = `mutation($r: String!) { refreshAccessToken(refreshToken: $r) { accessToken } }`;

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse((globalThis as any).localStorage.getItem('yiyang.session') ?? 'null') as { accessToken: string; refreshToken: string } | null);

/**
 * A session outlives its access tokens: with 8-second tokens the console renews them before they expire, in two tabs
 * at once without spending a refresh token twice (which would end the session), keeps the live socket authenticated,
 * and signing out revokes the session on the server.
 */
describe('web console: sessions with refresh tokens', () => {
  let w: BrowserWorld;
  beforeAll(async () => {
    w = await startBrowserWorld({ JWT_EXPIRES_IN: `${ACCESS_SECONDS}s` });
  }, 180_000);
  afterAll(() => w?.close());

  it('survives several access-token lifetimes in two tabs, stays live, and logout revokes it', async () => {
    const { t } = w;
    const provider = await agency(t);
    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
    await aroundTheClock(t, caregiver.id, provider.id);
    const family = await makeUser(t, Role.FAMILY, { displayName: '周女士' });
    const elder = await makeElder(t, family, { fullName: '周奶奶', location: HOME });

    const context = await newContext(w);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, family.phone, TEST_PASSWORD, '/family');
    await page.getByText('周奶奶（').waitFor();
    const first = (await stored(page))!;
    const second = await context.newPage();
    await second.goto('/notifications');
    await second.getByRole('heading', { name: '消息' }).waitFor();

    // Three lifetimes pass with both tabs open: each renewal happens once (a reused refresh token would end the session).
    await page.waitForTimeout(ACCESS_SECONDS * 3 * 1000 + 1000);
    const later = (await stored(page))!;
    expect(later.accessToken).not.toBe(first.accessToken);
    expect(later.refreshToken).not.toBe(first.refreshToken);
    // One session, not ended by a reuse, renewed about once per lifetime (not once per tab or per request).
    const sessions = await t.db.query(
      `SELECT s.revoked_at, count(r.used_at)::int AS used FROM auth_sessions s JOIN refresh_tokens r ON r.session_id = s.id WHERE s.user_id = $1 GROUP BY s.id`,
      [family.id],
    );
    expect(sessions).toHaveLength(1);
    expect(sessions[0].revoked_at).toBeNull();
    expect(sessions[0].used).toBeGreaterThanOrEqual(3);
    expect(sessions[0].used).toBeLessThanOrEqual(6);
    expectData(await t.gql(`query { me { id } }`, {}, later.accessToken));

    // Both tabs are still signed in and load data.
    await page.getByRole('menuitem', { name: '上门服务' }).click();
    await page.waitForURL('**/family/visits**');
    await page.getByText('还没有预约').waitFor();
    await second.getByRole('menuitem', { name: '我的老人' }).click();
    await second.getByText('周奶奶（').waitFor();
    await shot(page, '30-session-after-refreshes');

    // The live socket was reopened with each new token: a booking made now still reaches the open page and the bell.
    const order = await bookOk(t, (await stored(page))!.accessToken, bookInput({ provider, elder }));
    await page.getByTestId(`visit-${order.id}`).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: /消息，1 条未读/ }).waitFor({ timeout: 10_000 });

    // Signing out revokes the session: its refresh token no longer works.
    const last = (await stored(page))!;
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await second.waitForURL('**/login');
    const refused = await t.gql(REFRESH, { r: last.refreshToken });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors).toEqual([]);
    await context.close();
  });
});
