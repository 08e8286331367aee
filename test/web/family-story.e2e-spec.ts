import type { Page } from 'playwright-core';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeUser, validIdNumber } from '../support/factories.js';
import { agency, aroundTheClock, ASSIGN, CHECK_IN, CHECK_OUT, HOME, shiftVisit } from '../home-care/home-care.fixtures.js';
import { newContext, shot, startBrowserWorld, type BrowserWorld } from './browser.js';

/**
 * The family story in a real browser against the real server: register, add an elder (an API field error shown beside
 * its field), find a provider with its reasons, book a real free slot, follow the visit live (caregiver assigned,
 * checked in, done: pushed over the live socket) and review it.
 */
describe('web console: the family story', () => {
  let w: BrowserWorld;
  beforeAll(async () => {
    w = await startBrowserWorld();
  }, 180_000);
  afterAll(() => w?.close());

  const statusOf = (page: Page) => page.getByTestId('visit-status').first();

  it('registers, adds an elder, finds care, books, follows the visit live and reviews it', async () => {
    const { t } = w;
    const provider = await agency(t, { name: '安康居家养老服务中心' } as never);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id, displayName: '护理员刘阿姨' });
    await aroundTheClock(t, caregiver.id, provider.id);

    const context = await newContext(w);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    // Register (家属注册) and land on the family home.
    await page.goto('/');
    await page.waitForURL('**/login');
    await shot(page, '01-login');
    await page.getByRole('link', { name: '注册家属账号' }).click();
    await page.getByLabel('您的姓名').fill('陈先生');
    await page.getByLabel('手机号').fill('13912345678');
    await page.getByLabel('密码（8位以上）').fill('family-pass-1');
    await page.getByLabel('再次输入密码').fill('family-pass-1');
    await shot(page, '02-register');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL('**/family');
    await page.getByText('还没有添加老人').waitFor();
    await shot(page, '03-family-home-empty');

    // Add an elder. An 18-digit number with a wrong check digit passes the form's pattern; the API refuses it and its
    // field error appears beside the ID number field.
    await page.getByRole('button', { name: '添加老人' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('老人姓名').fill('陈奶奶');
    await dialog.getByText('女', { exact: true }).click();
    await dialog.getByLabel('出生日期').fill('1940-05-01');
    await dialog.getByLabel('出生日期').press('Enter');
    const goodId = validIdNumber('1940-05-01');
    const badId = goodId.slice(0, 17) + (goodId[17] === '1' ? '2' : '1');
    await dialog.getByLabel('身份证号').fill(badId);
    await dialog.getByLabel('所在区县/乡镇行政区划代码').fill('370811');
    await dialog.getByLabel('居住地址').fill('济宁市任城区幸福路12号');
    await dialog.getByLabel('纬度').fill(String(HOME.latitude));
    await dialog.getByLabel('经度').fill(String(HOME.longitude));
    await dialog.getByRole('button', { name: '保 存' }).click();
    const idField = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('身份证号') });
    await idField.locator('.ant-form-item-explain-error').waitFor();
    expect(await idField.locator('.ant-form-item-explain-error').innerText()).toMatch(/idNumber|ID/i);
    await shot(page, '04-elder-form-api-field-error');
    await dialog.getByLabel('身份证号').fill(goodId);
    await dialog.getByRole('button', { name: '保 存' }).click();
    await page.getByText('陈奶奶（').waitFor();
    await page.getByText('尚未评估').waitFor();
    await shot(page, '05-family-home-elder');

    // Find care: matching with its reasons, on a list and a map.
    await page.getByRole('button', { name: '查找服务' }).click();
    await page.waitForURL('**/family/find**');
    const card = page.locator('.ant-card').filter({ hasText: '安康居家养老服务中心' });
    await card.waitFor();
    await card.getByText('匹配理由').waitFor();
    await page.getByRole('img', { name: /地图/ }).waitFor();
    await shot(page, '06-find-care');

    // Book a real free slot (tomorrow: the caregiver works around the clock).
    await card.getByRole('button', { name: '预约上门服务' }).click();
    await page.waitForURL('**/family/book**');
    await page.getByText('明天').click();
    const firstSlot = page.getByRole('button', { name: /^\d{2}:\d{2}–\d{2}:\d{2}$/ }).first();
    await firstSlot.waitFor();
    await firstSlot.click();
    await shot(page, '07-book-visit');
    await page.getByRole('button', { name: '确认预约' }).click();
    await page.getByText('预约成功').waitFor();
    await shot(page, '08-booked');
    await page.getByRole('button', { name: '查看我的预约' }).click();
    await page.waitForURL('**/family/visits**');
    await expect(statusOf(page).innerText()).resolves.toBe('待派单');
    // The status is pushed over the live socket (the page polls only while it is down).
    await page.getByTestId('live-state').getByText('状态实时更新').waitFor();

    const [order] = await t.db.query(`SELECT id FROM home_care_orders WHERE provider_id = $1`, [provider.id]);

    // The caregiver is assigned, then checks in and out: the open page follows without a reload.
    expectData(await t.gql(ASSIGN, { o: order.id, c: caregiver.id }, staff.token));
    await page.getByText('已派护理员').waitFor({ timeout: 15_000 });
    await page.getByText('护理员 护理员刘阿姨').waitFor();
    await shot(page, '09-visit-assigned');
    await shiftVisit(t, order.id, new Date(Date.now() + 5 * 60_000));
    expectData(await t.gql(CHECK_IN, { o: order.id, l: HOME }, caregiver.token));
    await page.getByText('服务中（已签到）').waitFor({ timeout: 15_000 });
    await shot(page, '10-visit-checked-in');
    expectData(await t.gql(CHECK_OUT, { o: order.id, l: HOME, n: '已协助洗澡' }, caregiver.token));
    await page.getByText('已完成', { exact: true }).first().waitFor({ timeout: 15_000 });

    // Review the finished visit.
    await page.getByRole('button', { name: '评价这次服务' }).click();
    const review = page.getByRole('dialog');
    await review.getByRole('radio').nth(4).click();
    await review.getByLabel('评价').fill('护理员很细心');
    await review.getByRole('button', { name: '确 定' }).click();
    // The review shows on the visit; a refusal would show its reason in the dialog instead, and fail here by name.
    const refused = review.locator('.ant-alert-error');
    await page.getByText('我的评价：').or(refused).first().waitFor();
    expect(await refused.allInnerTexts()).toEqual([]);
    await shot(page, '11-visit-reviewed');

    // Large type and high contrast, for older family members: the toggles change the page at once and are kept.
    const before = await page.getByRole('heading', { name: '上门服务' }).evaluate((el) => parseFloat((globalThis as any).getComputedStyle(el).fontSize));
    await page.getByRole('switch', { name: '大字体' }).click();
    await page.getByRole('switch', { name: '高对比度' }).click();
    await page.reload();
    await page.getByText('我的评价：').waitFor();
    const after = await page.getByRole('heading', { name: '上门服务' }).evaluate((el) => parseFloat((globalThis as any).getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before);
    expect(await page.evaluate('document.documentElement.dataset.highContrast')).toBe('true');
    await shot(page, '12-large-type-high-contrast');

    const [stored] = await t.db.query(`SELECT status, review_stars, review_comment FROM home_care_orders WHERE id = $1`, [order.id]);
    expect(stored).toMatchObject({ status: 'COMPLETED', review_stars: 5, review_comment: '护理员很细心' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
