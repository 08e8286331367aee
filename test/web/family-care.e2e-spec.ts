import type { Locator, Page } from 'playwright-core';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeUser, TEST_PASSWORD } from '../support/factories.js';
import { agency, aroundTheClock, ASSIGN, bookInput, bookOk, CHECK_IN, CHECK_OUT, future, HOME } from '../home-care/home-care.fixtures.js';
import { readFileSync } from 'node:fs';
import { ACK, buildCareWorld, RECORD_OBSERVATION, SET_PLAN, planInput } from '../care-record/care.fixtures.js';
import { newContext, shot, signIn, startBrowserWorld, type BrowserWorld } from './browser.js';

/**
 * The family's and the caregiver's console against the real server: rescheduling to another real free slot and
 * cancelling, a notification arriving live in the bell and read, inviting a co-guardian who accepts, a caregiver's
 * check-out with a required task skipped for a reason (after the API's refusal naming it), and 紧急求助 answered live.
 */
describe('web console: families and caregivers', () => {
  let w: BrowserWorld;
  beforeAll(async () => {
    w = await startBrowserWorld();
  }, 180_000);
  afterAll(() => w?.close());

  const watchErrors = (page: Page) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return errors;
  };
  /** Clicks an antd radio button by its text (the input itself is visually hidden). */
  const choose = (scope: Locator | Page, text: string) => scope.locator('label.ant-radio-button-wrapper').filter({ hasText: text }).click();

  async function familyWithVisits() {
    const { t } = w;
    const provider = await agency(t, { name: '康宁居家服务中心' } as never);
    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id, displayName: '护理员吴阿姨' });
    await aroundTheClock(t, caregiver.id, provider.id);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    const family = await makeUser(t, Role.FAMILY, { displayName: '郑先生' });
    const elder = await makeElder(t, family, { fullName: '郑奶奶', location: HOME });
    return { provider, caregiver, staff, family, elder };
  }

  it('reschedules a visit to another real free slot and cancels another', async () => {
    const { t } = w;
    const { provider, family, elder } = await familyWithVisits();
    const moved = await bookOk(t, family.token, bookInput({ provider, elder }, { startsAt: future(2, 2).toISOString() }));
    const dropped = await bookOk(t, family.token, bookInput({ provider, elder }, { startsAt: future(4, 2).toISOString() }));

    const context = await newContext(w, { phone: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, family.phone, TEST_PASSWORD, '/family');
    await page.goto(`/family/visits?elder=${elder.id}`);
    const card = page.getByTestId(`visit-${moved.id}`);
    await card.getByRole('button', { name: '改 期' }).or(card.getByRole('button', { name: '改期' })).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, '明天');
    const slots = dialog.locator('[data-testid="slots"][data-day="1"][data-ready="true"]');
    const slot = slots.getByRole('button', { name: /^\d{2}:\d{2}–\d{2}:\d{2}$/ }).nth(3);
    await slot.waitFor();
    const chosen = await slot.innerText();
    await slot.click();
    await dialog.getByText('改到：').waitFor();
    await shot(page, '40-reschedule-slots');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const [row] = await t.db.query(`SELECT starts_at FROM home_care_orders WHERE id = $1`, [moved.id]);
    const newStart = new Date(row.starts_at);
    expect(newStart.getTime()).not.toBe(new Date(moved.startsAt).getTime());
    // The visit moved to the slot chosen (China time), and the page shows its new time.
    const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(newStart);
    expect(chosen.startsWith(hhmm)).toBe(true);
    await card.getByText(new RegExp(` ${hhmm}–`)).waitFor();

    const other = page.getByTestId(`visit-${dropped.id}`);
    await other.getByRole('button', { name: '取消预约' }).click();
    await page.getByRole('dialog').getByLabel('取消原因').fill('家里临时有事');
    await page.getByRole('dialog').getByRole('button', { name: '确 定' }).click();
    await other.getByTestId('visit-status').getByText('已取消').waitFor();
    await shot(page, '41-visit-cancelled');
    const [cancelled] = await t.db.query(`SELECT status, cancel_reason FROM home_care_orders WHERE id = $1`, [dropped.id]);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancel_reason: '家里临时有事' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a notification arrives live in the bell and is marked read', async () => {
    const { t } = w;
    const { provider, caregiver, staff, family, elder } = await familyWithVisits();
    const order = await bookOk(t, family.token, bookInput({ provider, elder }, { startsAt: future(3, 3).toISOString() }));
    const context = await newContext(w);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, family.phone, TEST_PASSWORD, '/family');
    await page.getByRole('button', { name: '消息，1 条未读' }).waitFor();

    expectData(await t.gql(ASSIGN, { o: order.id, c: caregiver.id }, staff.token));
    await page.getByRole('button', { name: '消息，2 条未读' }).waitFor({ timeout: 15_000 });
    await page.locator('.ant-notification-notice').getByText('护理员已派单').waitFor();
    await shot(page, '42-bell-live');

    await page.getByRole('button', { name: '消息，2 条未读' }).click();
    await page.waitForURL('**/notifications');
    const [assigned] = await t.db.query(`SELECT id FROM notifications WHERE recipient_id = $1 AND kind = 'CAREGIVER_ASSIGNED'`, [family.id]);
    const item = page.getByTestId(`notification-${assigned.id}`);
    await item.getByText('护理员已派单').waitFor();
    await item.getByText('未读').waitFor();
    await item.getByRole('button', { name: '标为已读' }).click();
    await page.getByRole('button', { name: '消息，1 条未读' }).waitFor();
    await item.getByText('未读').waitFor({ state: 'detached' });
    const [read] = await t.db.query(`SELECT read_at FROM notifications WHERE id = $1`, [assigned.id]);
    expect(read.read_at).not.toBeNull();

    await page.getByRole('button', { name: '全部标为已读' }).click();
    await page.getByRole('button', { name: '消息', exact: true }).waitFor();
    const [{ unread }] = await t.db.query(`SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [family.id]);
    expect(unread).toBe(0);
    await shot(page, '43-inbox-read');

    // Settings: SMS off for assignments, quiet hours changed; kept by the server.
    await page.getByRole('button', { name: '通知设置' }).click();
    await page.waitForURL('**/notifications/settings');
    // The form shows the saved settings first (the defaults: 22:00-07:00).
    await page.waitForFunction(() => (globalThis as any).document.querySelector('input[aria-label="免打扰结束"]')?.value === '07:00');
    await page.getByLabel('免打扰开始').fill('21:30');
    await page.getByRole('row').filter({ hasText: '已派护理员' }).getByText('短信').click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('通知设置已保存').waitFor().catch(async (e) => {
      await shot(page, '43-settings-failed');
      throw e;
    });
    const prefs = expectData(await t.gql(`query { myNotificationPreferences { quietHoursStart channels { kind channels } } }`, {}, family.token)).myNotificationPreferences;
    expect(prefs.quietHoursStart).toBe('21:30');
    expect(prefs.channels.find((c: { kind: string }) => c.kind === 'CAREGIVER_ASSIGNED').channels).toEqual(['WEBHOOK']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('invites a co-guardian by phone, who accepts and then sees the elder', async () => {
    const { t } = w;
    const { family, elder } = await familyWithVisits();
    const sister = await makeUser(t, Role.FAMILY, { displayName: '郑女士' });

    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, family.phone, TEST_PASSWORD, '/family');
    await page.getByRole('button', { name: '监护人（1）' }).click();
    const dialog = page.getByRole('dialog');
    // The only guardian cannot remove themselves: the API's refusal in words.
    await dialog.getByLabel('移除手机号').fill(family.phone);
    await dialog.getByRole('button', { name: '移 除' }).or(dialog.getByRole('button', { name: '移除' })).click();
    await dialog.getByRole('alert').getByText('不能移除最后一位监护人。').waitFor();
    await dialog.getByLabel('邀请手机号').fill(sister.phone);
    await dialog.getByRole('button', { name: '发送邀请' }).click();
    await page.getByText('邀请已发出').waitFor();
    await dialog.getByText('谁能看到老人的信息？').click();
    await dialog.getByText('五岁年龄段').waitFor();
    await shot(page, '44-guardians');
    await context.close();

    const theirs = await newContext(w);
    const other = await theirs.newPage();
    const errors = watchErrors(other);
    await signIn(other, sister.phone, TEST_PASSWORD, '/family');
    const invitations = other.getByTestId('guardian-invitations');
    await invitations.getByText('郑先生 邀请您一起照看老人 郑**').waitFor();
    await invitations.getByRole('button', { name: '接受邀请' }).click();
    await other.getByText('郑奶奶（').waitFor();
    await other.getByRole('button', { name: '监护人（2）' }).waitFor();
    await shot(other, '45-guardian-accepted');
    const guardians = await t.db.query(`SELECT user_id FROM elder_guardians WHERE elder_id = $1 ORDER BY created_at`, [elder.id]);
    expect(guardians.map((g: { user_id: string }) => g.user_id)).toEqual([family.id, sister.id]);
    expect(errors).toEqual([]);
    await theirs.close();
  });

  it('caregiver: a required task left open is refused by name; skipped with a reason it checks out, with an observation', async () => {
    const { t } = w;
    const cw = await buildCareWorld(t);
    expectData(await t.gql(SET_PLAN, { input: planInput(cw, [
      { title: '助浴', service: 'BATHING', required: true, schedule: 'SERVICE' },
      { title: '测量血压', service: 'BATHING', required: true, schedule: 'EVERY_VISIT' },
      { title: '陪伴聊天', service: 'COMPANIONSHIP', required: false, schedule: 'EVERY_VISIT' },
    ]) }, cw.staff.token));

    const context = await newContext(w, { phone: true, geolocation: HOME });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, cw.caregiver.phone, TEST_PASSWORD, '/caregiver');
    const card = page.getByTestId(`visit-${cw.visit.id}`);
    await card.getByRole('button', { name: '到达签到' }).click();
    await card.getByText('服务中（已签到）').waitFor();
    await choose(card.getByTestId('task-助浴'), '已完成');
    await card.getByRole('button', { name: '服务完成签退' }).click();
    await card.getByRole('alert').getByText('必做项目“测量血压”还没有记录').waitFor();
    await shot(page, '46-caregiver-required-task-refused');

    const bp = card.getByTestId('task-测量血压');
    await choose(bp, '未做');
    await card.getByRole('button', { name: '服务完成签退' }).click();
    await bp.getByText('请写明没有做的原因').waitFor();
    await bp.getByLabel('测量血压未做原因').fill('老人拒绝测量');

    await card.getByRole('button', { name: '记录观察' }).click();
    const observation = page.getByRole('dialog');
    await observation.getByLabel('疼痛').fill('3');
    await observation.getByLabel('观察备注').fill('精神很好');
    await observation.getByRole('button', { name: '保 存' }).click();
    await page.getByText('观察记录已保存').waitFor();

    await card.getByRole('button', { name: '服务完成签退' }).click();
    await card.locator('.ant-card-head .ant-tag').getByText('已完成', { exact: true }).waitFor();
    await shot(page, '47-caregiver-checked-out-with-tasks');

    const tasks = await t.db.query(`SELECT title, status, note FROM visit_tasks WHERE order_id = $1 ORDER BY position`, [cw.visit.id]);
    expect(tasks).toEqual([
      { title: '助浴', status: 'DONE', note: null },
      { title: '测量血压', status: 'SKIPPED', note: '老人拒绝测量' },
      { title: '陪伴聊天', status: 'OPEN', note: null },
    ]);
    const [obs] = await t.db.query(`SELECT order_id, pain, note, recorded_by FROM observations WHERE elder_id = $1`, [cw.elder.id]);
    expect(obs).toEqual({ order_id: cw.visit.id, pain: 3, note: '精神很好', recorded_by: cw.caregiver.id });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('family: the elder\'s day, and 紧急求助 whose acknowledgement appears live', async () => {
    const { t } = w;
    const cw = await buildCareWorld(t);
    expectData(await t.gql(RECORD_OBSERVATION, { input: { elderId: cw.elder.id, orderId: cw.visit.id, pain: 2, foodIntake: 'MOST', note: '午饭吃得不错' } }, cw.caregiver.token));

    const context = await newContext(w, { phone: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, cw.family.phone, TEST_PASSWORD, '/family');
    await page.goto(`/family/today?elder=${cw.elder.id}`);
    await page.getByTestId(`day-visit-${cw.visit.id}`).getByText('已派护理员').waitFor();
    await page.getByText('进食：大部分，疼痛 2/10，备注：午饭吃得不错').waitFor();

    await page.getByRole('button', { name: '紧急求助' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, '摔倒');
    await dialog.getByText('同时发送当前位置').click();
    await dialog.getByRole('button', { name: '立即求助' }).click();
    const status = page.getByTestId('emergency-status');
    await status.getByText('摔倒：已发出，等待响应').waitFor();
    await shot(page, '48-emergency-raised');

    const [raised] = await t.db.query(`SELECT id, status, kind FROM emergencies WHERE elder_id = $1`, [cw.elder.id]);
    expect(raised).toMatchObject({ status: 'RAISED', kind: 'FALL' });
    expectData(await t.gql(ACK, { id: raised.id }, cw.staff.token));
    await status.getByText('摔倒：已有人响应').waitFor({ timeout: 10_000 });
    await status.getByText(/已有人响应，正在处理/).waitFor();
    await shot(page, '49-emergency-acknowledged');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('family money: the month\'s co-pay and payment, what is owed, and the statement downloaded', async () => {
    const { t } = w;
    const cw = await buildCareWorld(t);
    expectData(await t.gql(CHECK_IN, { o: cw.visit.id, l: HOME }, cw.caregiver.token));
    expectData(await t.gql(CHECK_OUT, { o: cw.visit.id, l: HOME, n: '完成' }, cw.caregiver.token));
    expectData(await t.gql(`mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
      { input: { elderId: cw.elder.id, providerId: cw.provider.id, amountFen: 1000, method: 'WECHAT', paidAt: new Date().toISOString(), reference: 'WX-0001' } }, cw.staff.token));
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
    const statement = expectData(await t.gql(`query($e: ID!, $m: String!) { elderStatement(elderId: $e, month: $m) { copayFen paymentsFen balanceFen } }`, { e: cw.elder.id, m: month }, cw.family.token)).elderStatement;
    expect(statement.paymentsFen).toBe(1000);

    const context = await newContext(w, { phone: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, cw.family.phone, TEST_PASSWORD, '/family');
    await page.goto(`/family/money?elder=${cw.elder.id}`);
    const yuanText = (fen: number) => `¥${(Math.abs(fen) / 100).toFixed(2)}`;
    await page.getByTestId('statement-balance').getByText(yuanText(statement.balanceFen)).waitFor();
    await page.getByText(statement.balanceFen >= 0 ? '还需缴费' : '多缴（可退）').waitFor();
    await page.getByText('缴费记录').waitFor();
    // The payment is listed as paid (its line is −10.00 on the balance), not as a refund.
    await page.locator('.ant-table-cell').getByText('¥10.00', { exact: true }).waitFor();
    await shot(page, '50-family-statement');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV 账单' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('金额（元）');
    expect(csv).toContain('10.00');
    expect(errors).toEqual([]);
    await context.close();
  });
});
