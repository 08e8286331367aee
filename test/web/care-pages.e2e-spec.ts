import { expectData, TEST_PASSWORD } from '../support/factories.js';
import { buildCareWorld, RAISE, RECORD_OBSERVATION, recordLowSelfCareAssessment, SET_MEDICATION, type CareWorld } from '../care-record/care.fixtures.js';
import { newContext, shot, signIn, startBrowserWorld, type BrowserWorld } from './browser.js';

/** Today's China date, YYYY-MM-DD. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The staff's care-record pages in a real browser against the real server and database. */
describe('web console: care records for institution staff', () => {
  let w: BrowserWorld;
  let c: CareWorld;
  beforeAll(async () => {
    w = await startBrowserWorld();
    c = await buildCareWorld(w.t);
    // self-care and mobility scored low at the latest assessment: the suggestion brings their tasks
    await recordLowSelfCareAssessment(w.t, c.elder.id, c.officer.id);
  }, 180_000);
  afterAll(() => w?.close());

  it('sets a plan from the suggestion, records doses, reports and closes an incident', async () => {
    const { t } = w;
    expectData(
      await t.gql(SET_MEDICATION, { input: { elderId: c.elder.id, drugName: '氨氯地平', dose: '5 mg', route: 'ORAL', timesOfDay: ['08:00', '20:00'], startsOn: chinaToday() } }, c.staff.token),
    );
    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, c.staff.phone, TEST_PASSWORD, '/staff');
    await page.getByRole('menuitem', { name: '照护记录' }).click();
    await page.waitForURL('**/staff/care');

    // Care plan: start from the suggestion of the latest assessment, save.
    await page.getByText('尚无照护计划').waitFor();
    await page.getByRole('button', { name: '按能力评估建议填写' }).click();
    await page.getByTestId('plan-task-1').waitFor();
    await shot(page, '50-care-plan-suggested');
    await page.getByRole('button', { name: '保存照护计划' }).click();
    await page.getByText('照护计划已保存').waitFor();
    const [plan] = await t.db.query(`SELECT id, cardinality(goals) AS goals FROM care_plans WHERE elder_id = $1 AND provider_id = $2`, [c.elder.id, c.provider.id]);
    expect(plan.goals).toBeGreaterThan(0);
    const tasks = await t.db.query(`SELECT service FROM care_plan_tasks WHERE plan_id = $1`, [plan.id]);
    expect(tasks.map((x: { service: string }) => x.service)).toEqual(expect.arrayContaining(['MEAL', 'PERSONAL_CARE', 'HEALTH_MONITORING']));

    // Medication chart: today's two doses; one given, one refused with a reason.
    await page.getByRole('tab', { name: '用药与给药' }).click();
    const mar = page.getByTestId('mar');
    const morning = mar.getByRole('row').filter({ hasText: '08:00' });
    await morning.getByRole('button', { name: /已\s?服/ }).click();
    await page.getByText('氨氯地平 08:00 已记录为已服').waitFor();
    const evening = mar.getByRole('row').filter({ hasText: '20:00' });
    await evening.getByLabel('氨氯地平 20:00 原因').fill('老人说头晕，不愿服');
    await evening.getByRole('button', { name: /拒\s?服/ }).click();
    await page.getByText('氨氯地平 20:00 已记录为拒服').waitFor();
    await shot(page, '51-care-medication-chart');
    const doses = await t.db.query(`SELECT status, reason, recorded_by FROM medication_administrations WHERE elder_id = $1 ORDER BY scheduled_at`, [c.elder.id]);
    expect(doses).toEqual([
      { status: 'GIVEN', reason: null, recorded_by: c.staff.id },
      { status: 'REFUSED', reason: '老人说头晕，不愿服', recorded_by: c.staff.id },
    ]);

    // Incident: report, start the review, close with an outcome.
    await page.getByRole('tab', { name: '安全事件' }).click();
    await page.getByLabel('地点').fill('卫生间');
    await page.getByLabel('经过').fill('起身时滑倒，无明显外伤');
    await page.getByRole('button', { name: /上\s?报/ }).click();
    await page.getByText('安全事件已上报').waitFor();
    const row = page.getByRole('row').filter({ hasText: '卫生间' });
    await row.getByRole('button', { name: '开始调查' }).click();
    await row.getByText('调查中').waitFor();
    await row.getByLabel('结案结论').fill('加装扶手，夜间陪护');
    await row.getByRole('button', { name: /结\s?案/ }).click();
    await row.getByText('结论：加装扶手，夜间陪护').waitFor();
    await shot(page, '52-care-incident-closed');
    const [incident] = await t.db.query(`SELECT status, outcome FROM incidents WHERE elder_id = $1`, [c.elder.id]);
    expect(incident).toEqual({ status: 'CLOSED', outcome: '加装扶手，夜间陪护' });
    const events = await t.db.query(`SELECT e.status FROM incident_events e JOIN incidents i ON i.id = e.incident_id WHERE i.elder_id = $1 ORDER BY e.id`, [c.elder.id]);
    expect(events.map((e: { status: string }) => e.status)).toEqual(['REPORTED', 'UNDER_REVIEW', 'CLOSED']);
    await context.close();
  });

  it('acknowledges an emergency on the board, and acknowledges an at-risk alert naming its records', async () => {
    const { t } = w;
    const emergency = expectData(await t.gql(RAISE, { e: c.elder.id, k: 'FALL', l: { latitude: 35.41, longitude: 116.58 } }, c.family.token)).raiseEmergency;
    for (const pain of [8, 9]) expectData(await t.gql(RECORD_OBSERVATION, { input: { elderId: c.elder.id, pain } }, c.staff.token));
    const [alert] = await t.db.query(`SELECT id, record_ids FROM risk_alerts WHERE elder_id = $1 AND rule = 'PAIN_HIGH' AND acknowledged_at IS NULL`, [c.elder.id]);
    expect(alert.record_ids).toHaveLength(2);

    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, c.staff.phone, TEST_PASSWORD, '/staff');
    await page.getByRole('menuitem', { name: '助急看板' }).click();
    const card = page.getByTestId(`emergency-${emergency.id}`);
    await card.getByText('待响应').waitFor();
    const first = await card.getByTestId('elapsed').innerText();
    await page.waitForTimeout(1500);
    expect(await card.getByTestId('elapsed').innerText()).not.toBe(first);
    await shot(page, '53-care-emergency-raised');
    await card.getByRole('button', { name: /响\s?应/ }).click();
    await card.getByText('处理中').waitFor();
    await shot(page, '54-care-emergency-acknowledged');
    const [stored] = await t.db.query(`SELECT status, acknowledged_by FROM emergencies WHERE id = $1`, [emergency.id]);
    expect(stored).toEqual({ status: 'ACKNOWLEDGED', acknowledged_by: c.staff.id });

    await page.getByRole('menuitem', { name: '风险老人' }).click();
    const risk = page.getByTestId(`risk-${alert.id}`);
    await risk.getByText('反复剧烈疼痛').waitFor();
    await risk.getByText('依据记录（2 条）', { exact: false }).waitFor();
    await shot(page, '55-care-elders-at-risk');
    await risk.getByRole('button', { name: '确认已处理' }).click();
    await page.getByText('已确认风险提示').waitFor();
    const [acked] = await t.db.query(`SELECT acknowledged_at FROM risk_alerts WHERE id = $1`, [alert.id]);
    expect(acked.acknowledged_at).not.toBeNull();

    await page.getByRole('menuitem', { name: '评级准备' }).click();
    await page.getByText('近12个月安全事件').waitFor();
    await shot(page, '56-care-rating-readiness');
    await context.close();
  });

  it('adds a help button for the elder (its credential shown once, and it signs in), then revokes it', async () => {
    const { t } = w;
    const context = await newContext(w);
    const page = await context.newPage();
    await signIn(page, c.staff.phone, TEST_PASSWORD, '/staff');
    await page.goto('/staff/care');
    await page.getByRole('tab', { name: '助急设备' }).click();
    await page.getByLabel('设备名称').fill('卧室紧急按钮');
    await page.getByRole('button', { name: '添加设备' }).click();
    const shown = await page.getByTestId('device-credential').innerText();
    const [, loginId, secret] = /登录号 (D\d{15})，密钥 (\S+)/.exec(shown)!;
    await shot(page, '58-care-device-added');
    const login = expectData(await t.gql(`mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { user { role elderId } } }`, { p: loginId, w: secret })).login;
    expect(login.user).toEqual({ role: 'DEVICE', elderId: c.elder.id });
    const row = page.getByRole('row').filter({ hasText: '卧室紧急按钮' });
    await row.getByRole('button', { name: /停\s?用/ }).click();
    await row.getByText('已停用', { exact: false }).waitFor();
    const [stored] = await t.db.query(`SELECT disabled_at FROM users WHERE role = 'DEVICE' AND elder_id = $1`, [c.elder.id]);
    expect(stored.disabled_at).not.toBeNull();
    await context.close();
  });

  it('works at phone width (390 px)', async () => {
    const context = await newContext(w, { phone: true });
    const page = await context.newPage();
    await signIn(page, c.staff.phone, TEST_PASSWORD, '/staff');
    await page.goto('/staff/care');
    await page.getByRole('tab', { name: '观察记录' }).click();
    await page.getByRole('button', { name: '记录观察' }).waitFor();
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    expect(width).toBeLessThanOrEqual(390);
    await shot(page, '57-care-phone');
    await context.close();
  });
});
