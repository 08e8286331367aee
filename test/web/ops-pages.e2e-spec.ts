import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, linkElderToProvider, makeElder, makeProvider, makeUser, TEST_PASSWORD, validIdNumber } from '../support/factories.js';
import { agency, aroundTheClock, HOME } from '../home-care/home-care.fixtures.js';
import { creditCode, PROVIDER_HEADER } from '../import/import-support.js';
import { cn, generate, insertVisit } from '../settlement/settlement.fixtures.js';
import { newContext, shot, signIn, startBrowserWorld, type BrowserWorld } from './browser.js';

const CAREGIVERS = `query($p: ID!) { caregivers(providerId: $p) { id customHours workingHours { weekday startTime endTime } } }`;

/** The staff, officer and admin operations pages in a real browser against the real server and database. */
describe('web console: staff, officer and admin operations', () => {
  let w: BrowserWorld;
  beforeAll(async () => {
    w = await startBrowserWorld();
  }, 180_000);
  afterAll(() => w?.close());

  it('staff: edits a caregiver\'s hours (a wrong period refused before sending) and a service price', async () => {
    const { t } = w;
    const provider = await agency(t, { name: '颐家居家服务中心' });
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id, displayName: '护理员李阿姨' });

    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, staff.phone, TEST_PASSWORD, '/staff');
    await page.getByRole('menuitem', { name: '护理员与家庭床位' }).click();
    await page.getByRole('button', { name: '修改 护理员李阿姨' }).click();
    const modal = page.getByRole('dialog');
    await modal.getByRole('switch', { name: '使用地区默认工作时间' }).or(modal.getByLabel('使用地区默认工作时间')).click();
    const periods = modal.getByTestId('working-period');
    await periods.first().waitFor();
    // Keep Monday only: 08:00 to 07:00 first (refused here), then to 12:00.
    while ((await periods.count()) > 1) await periods.last().getByRole('button', { name: '删除这一段' }).click();
    await periods.first().getByLabel('结束时间').fill('07:00');
    await modal.getByRole('button', { name: '保 存' }).click();
    await modal.getByText('结束须晚于开始').waitFor();
    expect(expectData(await t.gql(CAREGIVERS, { p: provider.id }, staff.token)).caregivers[0].customHours).toBe(false);
    await shot(page, '50-staff-caregiver-hours-refused');
    await periods.first().getByLabel('结束时间').fill('12:00');
    await modal.getByRole('button', { name: '保 存' }).click();
    await page.getByText('已保存 护理员李阿姨 的资质与工作时间').waitFor();
    await page.getByRole('row').filter({ hasText: '护理员李阿姨' }).getByText('周一 08:00–12:00').waitFor();
    await shot(page, '51-staff-caregiver-hours-saved');
    const [saved] = expectData(await t.gql(CAREGIVERS, { p: provider.id }, staff.token)).caregivers;
    expect(saved).toEqual({ id: caregiver.id, customHours: true, workingHours: [{ weekday: 1, startTime: '08:00', endTime: '12:00' }] });

    await page.getByRole('menuitem', { name: '服务与价格' }).click();
    const rows = page.getByTestId('service-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    const bathing = rows.filter({ hasText: '助浴' });
    await bathing.getByLabel('价格（元）').fill('88.5');
    await page.getByRole('button', { name: '保存服务与价格' }).click();
    await page.getByText('服务与价格已保存').waitFor();
    await shot(page, '52-staff-service-price-saved');
    const [row] = await t.db.query(`SELECT price_fen FROM provider_services WHERE provider_id = $1 AND kind = 'BATHING'`, [provider.id]);
    expect(row.price_fen).toBe(8850);
    await context.close();
  });

  it('officer: imports an XLSX of providers, sees the refused rows, then downloads an export', async () => {
    const { t } = w;
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const row = (n: number, fields: Record<string, string | number> = {}) => {
      const r: Record<string, string | number> = {
        机构名称: `网页导入第${n}养老院`, 机构类型: '养老院', 统一社会信用代码: creditCode(900 + n), 性质: '民办', 行政区划代码: '370811006',
        地址: `济宁市任城区${n}号`, 纬度: 35.41, 经度: 116.58, 电话: '0537-2345678', 服务半径公里: 5, 失智照护: '否',
        自理床位: 10, 自理床位已用: 2, 护理型床位: 20, 护理型床位已用: 5, 失智床位: '', 失智床位已用: '', ...fields,
      };
      return PROVIDER_HEADER.map((h) => r[h]);
    };
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('机构');
    for (const r of [PROVIDER_HEADER, row(1), row(2, { 纬度: 95 }), row(3)]) sheet.addRow(r);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, officer.phone, TEST_PASSWORD, '/officer');
    await page.getByRole('menuitem', { name: '导入与导出' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: '机构名录.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await page.getByRole('button', { name: '开始导入' }).click();
    const job = page.getByTestId('import-job');
    await job.getByTestId('import-status').getByText('已完成').waitFor();
    const problem = job.getByRole('row').filter({ hasText: '纬度' });
    await problem.waitFor();
    expect(await problem.locator('td').first().innerText()).toBe('3');
    await job.getByText('已写入').waitFor();
    await shot(page, '60-officer-import-row-errors');
    const imported = await t.db.query(`SELECT name FROM providers WHERE name LIKE '网页导入%' ORDER BY name`);
    expect(imported.map((p: { name: string }) => p.name)).toEqual(['网页导入第1养老院', '网页导入第3养老院']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出并下载' }).click()]);
    expect(download.suggestedFilename()).toMatch(/机构名录.*\.xlsx$/);
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(await readFile((await download.path())!) as never);
    const names: string[] = [];
    exported.worksheets[0].eachRow((r) => names.push(String(r.values && (r.values as unknown[]).find((v) => typeof v === 'string' && v.startsWith('网页导入')) || '')));
    expect(names.filter(Boolean).sort()).toEqual(['网页导入第1养老院', '网页导入第3养老院']);
    await page.getByText(/已下载：.*机构名录/).waitFor();
    await shot(page, '61-officer-export-downloaded');
    await context.close();
  });

  it('officer: reviews a submitted statement, clears its held line, approves it and records the payment', async () => {
    const { t } = w;
    const home = await makeProvider(t, { kind: 'NURSING_HOME', name: '结算测试护理院' });
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: home.id });
    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: home.id });
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const family = await makeUser(t, Role.FAMILY);
    const elder = await makeElder(t, family, { fullName: '钱奶奶' });
    await linkElderToProvider(t, elder.id, home.id);
    const visit = { providerId: home.id, elderId: elder.id, caregiverId: caregiver.id, bookedBy: family.id };
    await insertVisit(t, { ...visit, startsAt: cn('2026-09-03 09:00') });
    await insertVisit(t, { ...visit, startsAt: cn('2026-09-05 14:00'), checkInFlagged: true });
    const [statement] = await generate(t, staff, home.id, '2026-09');
    expectData(await t.gql(`mutation($id: ID!) { submitSettlement(id: $id) { id } }`, { id: statement.id }, staff.token));

    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, officer.phone, TEST_PASSWORD, '/officer');
    await page.getByRole('menuitem', { name: '补贴结算审核' }).click();
    const listed = page.getByRole('row').filter({ hasText: '结算测试护理院' });
    await listed.getByText('待核实 1').waitFor();
    await shot(page, '70-officer-settlement-list');
    await listed.getByRole('button', { name: /^查看/ }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('statement-status').getByText('已提交待审').waitFor();
    expect(await drawer.getByRole('button', { name: '审核通过' }).isDisabled()).toBe(true);
    const held = drawer.getByRole('row').filter({ hasText: '签到位置异常' });
    await held.getByRole('button', { name: '核实支付' }).click();
    const dialog = page.getByRole('dialog').last();
    await dialog.getByLabel('核实说明').fill('已电话核实，护理员在老人家中');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await drawer.getByText('已核实，计入结算').waitFor();
    await shot(page, '71-officer-settlement-line-accepted');
    await drawer.getByRole('button', { name: '审核通过' }).click();
    await drawer.getByTestId('statement-status').getByText('已审核通过').waitFor();
    await shot(page, '72-officer-settlement-approved');

    const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect((await readFile((await download.path())!)).toString('utf8')).toContain('2026-09');

    await drawer.getByRole('button', { name: '登记拨付' }).click();
    const paid = page.getByRole('dialog').last();
    await paid.getByLabel('支付凭证号').fill('国库支付 GK-2026-0901');
    await paid.getByRole('button', { name: '确 定' }).click();
    await drawer.getByTestId('statement-status').getByText('已拨付').waitFor();
    await shot(page, '73-officer-settlement-paid');
    const [stored] = await t.db.query(`SELECT status, total_fen, payment_reference FROM settlement_statements WHERE id = $1`, [statement.id]);
    expect(stored).toMatchObject({ status: 'PAID', total_fen: 8000, payment_reference: '国库支付 GK-2026-0901' });
    await context.close();
  });

  it('admin: finds an account by phone and disables it; its owner can no longer sign in', async () => {
    const { t } = w;
    const admin = await makeUser(t, Role.ADMIN, { displayName: '平台管理员' });
    const target = await makeUser(t, Role.FAMILY, { displayName: '要停用的家属', phone: '13655550123' });
    await makeUser(t, Role.FAMILY, { displayName: '另一位家属', phone: '13655559999' });

    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, admin.phone, TEST_PASSWORD, '/admin');
    const search = page.getByLabel('按手机号查找');
    await search.fill('555x');
    await search.press('Enter');
    await page.getByText('手机号只能是数字，最多11位').waitFor();
    await search.fill('5550123');
    await search.press('Enter');
    await page.getByText('手机号只能是数字，最多11位').waitFor({ state: 'detached' });
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.filter({ hasText: '13655550123' }).waitFor();
    await page.getByText('共 1 个账号').waitFor();
    await shot(page, '80-admin-account-found');
    await rows.first().getByRole('button', { name: '停 用' }).or(rows.first().getByRole('button', { name: '停用' })).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await dialog.getByText('请填写停用原因').waitFor();
    await dialog.getByLabel('停用原因').fill('家属申请注销');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await page.getByText('已停用 要停用的家属').waitFor();
    await rows.first().getByText(/已停用/).waitFor();
    await shot(page, '81-admin-account-disabled');
    const [row] = await t.db.query(`SELECT disabled_at, disabled_reason FROM users WHERE id = $1`, [target.id]);
    expect(row.disabled_at).not.toBeNull();
    expect(row.disabled_reason).toBe('家属申请注销');
    const login = await t.gql(`mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { accessToken } }`, { p: target.phone, w: TEST_PASSWORD });
    expect(login.errors?.[0].extensions?.reason).toBe('ACCOUNT_DISABLED');
    await context.close();
  });

  it('officer registers an elder and names the provider; its staff register a home bed for the elder and end it', async () => {
    const { t } = w;
    const provider = await agency(t, { name: '颐居家庭床位服务中心' });
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
    await aroundTheClock(t, caregiver.id, provider.id);
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });

    const officerContext = await newContext(w);
    const page = await officerContext.newPage();
    await signIn(page, officer.phone, TEST_PASSWORD, '/officer');
    await page.getByRole('menuitem', { name: '老人与能力评估' }).click();
    await page.getByRole('button', { name: '登记老人' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('老人姓名').fill('吴爷爷');
    await dialog.getByText('男', { exact: true }).click();
    await dialog.getByLabel('出生日期').fill('1938-03-02');
    await dialog.getByLabel('出生日期').press('Enter');
    await dialog.getByLabel('身份证号').fill(validIdNumber('1938-03-02'));
    await dialog.getByLabel('所在区县/乡镇行政区划代码').fill('370811');
    await dialog.getByLabel('居住地址').fill('济宁市任城区安康路8号');
    await dialog.getByLabel('纬度').fill(String(HOME.latitude));
    await dialog.getByLabel('经度').fill(String(HOME.longitude));
    await dialog.getByText('特困人员').click();
    await dialog.getByRole('button', { name: '登 记' }).click();
    await page.getByText('已登记 吴爷爷（类别已核实）').waitFor();
    const elderRow = page.getByRole('row').filter({ hasText: '吴爷爷' });
    await elderRow.getByRole('button', { name: '指定服务机构' }).click();
    const link = page.getByRole('dialog');
    await link.getByLabel('服务机构（同区县）').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '颐居家庭床位服务中心' }).click();
    await link.getByRole('button', { name: '确 定' }).click();
    await page.getByText('吴爷爷 已由 颐居家庭床位服务中心 服务').waitFor();
    await shot(page, '55-officer-elder-registered-and-linked');
    const [elder] = await t.db.query(`SELECT id FROM elders WHERE full_name = '吴爷爷'`);
    await officerContext.close();

    const staffContext = await newContext(w);
    const staffPage = await staffContext.newPage();
    await signIn(staffPage, staff.phone, TEST_PASSWORD, '/staff');
    await staffPage.getByRole('menuitem', { name: '护理员与家庭床位' }).click();
    await staffPage.getByRole('button', { name: '登记家庭床位' }).click();
    const bed = staffPage.getByRole('dialog');
    await bed.getByLabel('老人（本机构服务的老人）').click();
    await staffPage.locator('.ant-select-item-option').filter({ hasText: '吴爷爷' }).click();
    await bed.getByRole('button', { name: '登 记' }).click();
    await staffPage.getByText(/家庭床位已登记：已预约 \d+ 次上门/).waitFor();
    const bedRow = staffPage.getByRole('row').filter({ hasText: '吴爷爷' });
    await bedRow.getByText('服务中').waitFor();
    await shot(staffPage, '56-staff-home-bed-registered');
    const [{ n: booked }] = await t.db.query(`SELECT count(*)::int AS n FROM home_care_orders WHERE elder_id = $1 AND status IN ('REQUESTED', 'ASSIGNED')`, [elder.id]);
    expect(booked).toBeGreaterThanOrEqual(3);

    await bedRow.getByRole('button', { name: '结 束' }).or(bedRow.getByRole('button', { name: '结束' })).click();
    const end = staffPage.getByRole('dialog');
    await end.getByLabel('结束原因（未开始的上门将取消）').fill('老人入住养老院');
    await end.getByRole('button', { name: '结 束' }).or(end.getByRole('button', { name: '结束' })).click();
    await staffPage.getByText('家庭床位已结束，未开始的上门已取消').waitFor();
    await bedRow.getByText('已结束（老人入住养老院）').waitFor();
    await shot(staffPage, '57-staff-home-bed-ended');
    const [stored] = await t.db.query(`SELECT status, end_reason FROM home_beds WHERE elder_id = $1`, [elder.id]);
    expect(stored).toEqual({ status: 'ENDED', end_reason: '老人入住养老院' });
    const [{ n: open }] = await t.db.query(`SELECT count(*)::int AS n FROM home_care_orders WHERE elder_id = $1 AND status IN ('REQUESTED', 'ASSIGNED')`, [elder.id]);
    expect(open).toBe(0);
    await staffContext.close();
  });

  it('every staff, officer and admin page opens, also on a phone-sized screen without sideways scrolling', async () => {
    const { t } = w;
    const provider = await agency(t, { name: '巡检服务中心' });
    const users = {
      staff: await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id }),
      officer: await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' }),
      admin: await makeUser(t, Role.ADMIN),
    };
    const tour: Array<[keyof typeof users, string, string, string]> = [
      ['staff', '/staff', '/staff/caregivers', '护理员与家庭床位'],
      ['staff', '/staff', '/staff/services', '服务与价格'],
      ['staff', '/staff', '/staff/settlement', '补贴结算'],
      ['officer', '/officer', '/officer', '风险预警与严重事件'],
      ['officer', '/officer', '/officer/elders', '老人与能力评估'],
      ['officer', '/officer', '/officer/subsidies', '补贴规则'],
      ['officer', '/officer', '/officer/home-care-rules', '上门服务规则'],
      ['officer', '/officer', '/officer/incidents', '意外事件'],
      ['officer', '/officer', '/officer/data', '导入与导出'],
      ['officer', '/officer', '/officer/settlement', '补贴结算'],
      ['officer', '/officer', '/officer/ledger', '结算台账与规则'],
      ['admin', '/admin', '/admin', '账号列表'],
      ['admin', '/admin', '/admin/rubrics', '星级评定标准'],
      ['admin', '/admin', '/admin/failed-events', '失败的事件'],
    ];
    for (const phone of [false, true]) {
      for (const role of Object.keys(users) as Array<keyof typeof users>) {
        // One browser profile per account: the session is kept in the profile's storage.
        const context = await newContext(w, { phone });
        const page = await context.newPage();
        await signIn(page, users[role].phone, TEST_PASSWORD, tour.find((s) => s[0] === role)![1]);
        for (const [, , path, heading] of tour.filter((s) => s[0] === role)) {
          await page.goto(path);
          await page.getByText(heading, { exact: true }).first().waitFor();
          await page.waitForLoadState('networkidle').catch(() => undefined);
          expect(await page.locator('[role=alert]').count()).toBe(0);
          await shot(page, `9${phone ? 1 : 0}-${role}${path.replace(/\//g, '-')}`);
          if (phone) expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
        }
        await context.close();
      }
    }
  }, 300_000);
});
