import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity, TEST_PASSWORD } from '../support/factories.js';
import { agency, aroundTheClock, ASSIGN, bookInput, bookOk, HOME } from '../home-care/home-care.fixtures.js';
import { newContext, shot, signIn, startBrowserWorld, type BrowserWorld } from './browser.js';

/** The caregiver, staff and officer pages in a real browser against the real server and database. */
describe('web console: caregiver, staff and officer pages', () => {
  let w: BrowserWorld;
  beforeAll(async () => {
    w = await startBrowserWorld();
  }, 180_000);
  afterAll(() => w?.close());

  it('caregiver (phone-sized): checks in with a faked position outside the geofence, sees the flag, checks out at the home', async () => {
    const { t } = w;
    const provider = await agency(t);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id, displayName: '护理员王阿姨' });
    await aroundTheClock(t, caregiver.id, provider.id);
    const family = await makeUser(t, Role.FAMILY);
    const elder = await makeElder(t, family, { fullName: '赵爷爷', location: HOME });
    const order = await bookOk(t, family.token, bookInput({ provider, elder }, { startsAt: new Date(Date.now() + 10 * 60_000).toISOString(), notes: '请带上防滑垫' }));
    expectData(await t.gql(ASSIGN, { o: order.id, c: caregiver.id }, staff.token));

    // About 1.1 km north of the elder's home: outside the default geofence.
    const context = await newContext(w, { phone: true, geolocation: { latitude: HOME.latitude + 0.01, longitude: HOME.longitude } });
    const page = await context.newPage();
    await signIn(page, caregiver.phone, TEST_PASSWORD, '/caregiver');
    const card = page.getByTestId(`visit-${order.id}`);
    await card.getByText('赵爷爷').waitFor();
    await card.getByText('请带上防滑垫').waitFor();
    await shot(page, '20-caregiver-today');
    await card.getByRole('button', { name: '到达签到' }).click();
    await card.getByTestId('geofence-flag').waitFor();
    await card.getByText('服务中（已签到）').waitFor();
    await shot(page, '21-caregiver-checked-in-flagged');

    await context.setGeolocation(HOME);
    await card.getByLabel('服务记录').fill('已协助洗澡，老人状态良好');
    await card.getByRole('button', { name: '服务完成签退' }).click();
    await card.getByText('已完成').waitFor();
    await shot(page, '22-caregiver-checked-out');

    const [row] = await t.db.query(`SELECT status, check_in_flagged, check_out_flagged, visit_notes FROM home_care_orders WHERE id = $1`, [order.id]);
    expect(row).toMatchObject({ status: 'COMPLETED', check_in_flagged: true, check_out_flagged: false, visit_notes: '已协助洗澡，老人状态良好' });
    await context.close();
  });

  it('staff: sees the capacity board, is told about a version conflict, and admits a held reservation', async () => {
    const { t } = w;
    const home = await makeProvider(t, { name: '颐养护理院' });
    await setCapacity(t, home.id, 'NURSING', 10, 4);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: home.id });
    const family = await makeUser(t, Role.FAMILY);
    const elder = await makeElder(t, family, { fullName: '孙奶奶' });
    const reservation = expectData(
      await t.gql(`mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status } }`, { input: { providerId: home.id, elderId: elder.id, category: 'NURSING', idempotencyKey: 'web-e2e-1' } }, family.token),
    ).reserveBed;

    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, staff.phone, TEST_PASSWORD, '/staff');
    const nursing = page.getByTestId('capacity-NURSING');
    await nursing.getByText('护理型床位').waitFor();
    await shot(page, '30-staff-capacity-board');

    // Someone else saves first: the save names a stale version and the page explains it and reloads.
    await nursing.getByRole('button', { name: '修 改' }).click();
    await setCapacity(t, home.id, 'NURSING', 12, 4, 1);
    await nursing.getByLabel('总床位').fill('11');
    await nursing.getByRole('button', { name: '保 存' }).click();
    await nursing.getByText('别人刚刚修改了这类床位').waitFor();
    await shot(page, '31-staff-capacity-conflict');
    const [{ total }] = await t.db.query(`SELECT total FROM bed_capacity WHERE provider_id = $1 AND category = 'NURSING'`, [home.id]);
    expect(total).toBe(12);

    await page.getByRole('menuitem', { name: '入住与候床' }).click();
    await page.waitForURL('**/staff/reservations');
    const row = page.getByRole('row').filter({ hasText: '孙奶奶' });
    await row.waitFor();
    await shot(page, '32-staff-reservations');
    await row.getByRole('button', { name: '办理入住' }).click();
    await page.getByText('孙奶奶 已办理入住').waitFor();
    await shot(page, '33-staff-admitted');
    const [stored] = await t.db.query(`SELECT status FROM bed_reservations WHERE id = $1`, [reservation.id]);
    expect(stored.status).toBe('ADMITTED');
    await context.close();
  });

  it('officer: reads the dashboard, scores an assessment (level shown as scored), and finalizes a star rating', async () => {
    const { t } = w;
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const family = await makeUser(t, Role.FAMILY);
    const elder = await makeElder(t, family, { fullName: '周爷爷' });
    const home = await makeProvider(t, { name: '任城区福寿养老院' });
    await setCapacity(t, home.id, 'NURSING', 100, 60);

    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, officer.phone, TEST_PASSWORD, '/officer');
    await page.getByText('登记老人').waitFor();
    await page.getByRole('img', { name: '老人能力等级饼图' }).waitFor();
    await shot(page, '40-officer-dashboard');

    // Capability assessment: every item scored; the level changes as items are scored.
    await page.getByRole('menuitem', { name: '老人与能力评估' }).click();
    const elderRow = page.getByRole('row').filter({ hasText: '周爷爷' });
    await elderRow.getByRole('button', { name: '能力评估' }).click();
    const drawer = page.getByRole('dialog').last();
    const level = drawer.getByTestId('assessment-level');
    await level.waitFor();
    expect(await level.innerText()).toContain('完全失能');
    const groups = drawer.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBe(26);
    // Full marks on everything but stairs (3 → 1) and social contact (4 → 2): 86 points, mild (66-89).
    for (let i = 0; i < count; i++) {
      const options = groups.nth(i).locator('label');
      const n = await options.count();
      const pick = i === 11 || i === 25 ? n - 3 : n - 1;
      await options.nth(pick).click();
    }
    expect(await level.innerText()).toContain('轻度失能');
    await shot(page, '41-officer-assessment-scored');
    await drawer.getByText('确诊失智').click();
    expect(await level.innerText()).toContain('中度失能');
    await page.getByRole('button', { name: '提交评估' }).click();
    await page.getByText('评估已记录').waitFor();
    await shot(page, '42-officer-assessment-recorded');
    const [assessment] = await t.db.query(`SELECT total_score, score_level, final_level FROM capability_assessments WHERE elder_id = $1`, [elder.id]);
    expect(assessment).toMatchObject({ total_score: 86, score_level: 'MILD', final_level: 'MODERATE' });
    await page.getByRole('button', { name: '返回列表' }).click();

    // Star rating: start, record facts, score every section, finalize.
    await page.getByRole('menuitem', { name: '星级评定' }).click();
    await page.getByRole('button', { name: '开始评定' }).click();
    const modal = page.getByRole('dialog');
    await modal.getByLabel('机构').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '任城区福寿养老院' }).click();
    await modal.getByRole('button', { name: '开 始' }).click();
    const rating = page.getByRole('dialog').last();
    await rating.getByText('机构情况（用于前提条件）').waitFor();
    await rating.locator('#caregiverCount').fill('20');
    await rating.locator('#fullyDependentResidentCount').fill('40');
    await rating.locator('#roomCount').fill('50');
    await rating.locator('#roomsWithOwnBathroomCount').fill('48');
    await rating.getByRole('button', { name: '保存机构情况' }).click();
    await rating.getByText('缺数据').waitFor({ state: 'detached' });
    const sections = rating.locator('.ant-collapse-item');
    for (let s = 0; s < (await sections.count()); s++) {
      const section = sections.nth(s);
      const inputs = section.locator('input');
      for (let i = 0; i < (await inputs.count()); i++) {
        const label = await section.locator('.ant-form-item-label label').nth(i).innerText();
        const max = Number(/0–(\d+)/.exec(label)![1]);
        await inputs.nth(i).fill(String(Math.round(max * 0.9)));
      }
      await section.getByRole('button', { name: '保存本部分评分' }).click();
      await section.locator('.ant-btn-loading').waitFor({ state: 'detached' });
    }
    await rating.getByText('未评项目 0 项').waitFor();
    await shot(page, '43-officer-rating-scored');
    await rating.getByRole('button', { name: '完成评定' }).click();
    await page.getByRole('button', { name: '完成并发布' }).click();
    // The stars show in the drawer; a refusal would show its reason in an error message instead, and fail here by name.
    const finalStars = page.locator('.ant-drawer').getByTestId('rating-stars');
    const refused = page.locator('.ant-message-error');
    await finalStars.or(refused).first().waitFor({ timeout: 30_000 });
    expect(await refused.allInnerTexts()).toEqual([]);
    await shot(page, '44-officer-rating-finalized');
    const [published] = await t.db.query(`SELECT status, stars FROM rating_assessments WHERE provider_id = $1`, [home.id]);
    expect(published.status).toBe('PUBLISHED');
    expect(published.stars).toBeGreaterThanOrEqual(1);
    expect(await finalStars.innerText()).toBe('★'.repeat(published.stars));
    await context.close();
  }, 180_000); // dozens of scored items, one by one, on a busy CI machine
});
