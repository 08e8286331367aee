import { SettingsService } from '../../src/core/settings/settings.service.js';
import { chinaDayAndTime, doseInstant } from '../../src/modules/care-record/medication.policy.js';
import { expectData, expectError, makeElder } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { HOME } from '../home-care/home-care.fixtures.js';
import {
  ACK_RISK,
  AT_RISK,
  buildCareWorld,
  DAY,
  RECORD_DOSE,
  RECORD_OBSERVATION,
  REPORT_INCIDENT,
  RISK_SUMMARY,
  SET_MEDICATION,
  type CareWorld,
} from './care.fixtures.js';

describe('care records: the risk radar', () => {
  let t: TestApp;
  let w: CareWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildCareWorld(t);
  });
  afterAll(() => t.close());

  /** A fresh elder that the world's provider serves. */
  async function servedElder(): Promise<string> {
    const e = await makeElder(t, w.family, { location: HOME });
    await t.db.query(`INSERT INTO provider_elder_links (provider_id, elder_id, source) VALUES ($1, $2, 'test')`, [w.provider.id, e.id]);
    return e.id;
  }
  const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
  async function observe(elderId: string, daysAgo: number, fields: Record<string, unknown>): Promise<string> {
    return expectData(await t.gql(RECORD_OBSERVATION, { input: { elderId, observedAt: ago(daysAgo), ...fields } }, w.staff.token)).recordObservation.id;
  }
  async function alertsOf(elderId: string): Promise<Array<{ id: string; rule: string; recordIds: string[]; detail: string }>> {
    const all = expectData(await t.gql(AT_RISK, { p: w.provider.id }, w.staff.token)).eldersAtRisk;
    return all.filter((a: { elderId: string }) => a.elderId === elderId);
  }
  const rules = async (elderId: string) => (await alertsOf(elderId)).map((a) => a.rule);

  it('FOOD_INTAKE_FALLING: each of the last 3 lower than the one before; not when two are equal', async () => {
    const fired = await servedElder();
    const ids = [await observe(fired, 3, { foodIntake: 'ALL' }), await observe(fired, 2, { foodIntake: 'MOST' }), await observe(fired, 1, { foodIntake: 'HALF' })];
    const [alert] = await alertsOf(fired);
    expect(alert).toMatchObject({ rule: 'FOOD_INTAKE_FALLING' });
    expect(alert.recordIds.sort()).toEqual([...ids].sort());
    expect(alert.detail).toContain('ALL → MOST → HALF');
    const below = await servedElder();
    for (const [d, f] of [[3, 'ALL'], [2, 'MOST'], [1, 'MOST']] as const) await observe(below, d, { foodIntake: f });
    expect(await rules(below)).toEqual([]);
  });

  it('NIGHT_TOILETING_RISING: the later week\'s mean at least 1 above the earlier\'s; not at 0.5', async () => {
    const fired = await servedElder();
    for (const [d, n] of [[13, 1], [10, 1], [3, 2], [1, 2]]) await observe(fired, d, { nightToileting: n });
    expect(await rules(fired)).toEqual(['NIGHT_TOILETING_RISING']);
    const below = await servedElder();
    for (const [d, n] of [[13, 1], [10, 1], [3, 1], [1, 2]]) await observe(below, d, { nightToileting: n });
    expect(await rules(below)).toEqual([]);
  });

  it('WEIGHT_LOSS: 5% down in 30 days; not at 4.8%, nor from a weight older than 30 days', async () => {
    const fired = await servedElder();
    const from = await observe(fired, 20, { weightKg: 60 });
    const to = await observe(fired, 0, { weightKg: 57 });
    const [alert] = await alertsOf(fired);
    expect(alert).toMatchObject({ rule: 'WEIGHT_LOSS', recordIds: [from, to] });
    const below = await servedElder();
    await observe(below, 20, { weightKg: 60 });
    await observe(below, 0, { weightKg: 57.1 });
    expect(await rules(below)).toEqual([]);
    const old = await servedElder();
    await observe(old, 31, { weightKg: 60 });
    await observe(old, 0, { weightKg: 50 });
    expect(await rules(old)).toEqual([]);
  });

  it('PAIN_HIGH: pain 7+ twice in a week; not 7 and 6, nor 7 twice eight days apart', async () => {
    const fired = await servedElder();
    await observe(fired, 6, { pain: 7 });
    await observe(fired, 1, { pain: 9 });
    expect(await rules(fired)).toEqual(['PAIN_HIGH']);
    const below = await servedElder();
    await observe(below, 6, { pain: 7 });
    await observe(below, 1, { pain: 6 });
    expect(await rules(below)).toEqual([]);
    const apart = await servedElder();
    await observe(apart, 8, { pain: 7 });
    await observe(apart, 0, { pain: 7 });
    expect(await rules(apart)).toEqual([]);
  });

  it('MISSED_DOSES: 2 missed doses in 7 days; not 1', async () => {
    const dose = (daysAgo: number) => doseInstant(chinaDayAndTime(new Date(Date.now() - daysAgo * DAY)).day, '08:00');
    async function missed(elderId: string, days: number[]) {
      const order = expectData(
        await t.gql(SET_MEDICATION, { input: { elderId, drugName: '华法林', dose: '3 mg', route: 'ORAL', timesOfDay: ['08:00'], startsOn: '2026-01-01' } }, w.staff.token),
      ).setMedicationOrder;
      for (const d of days) {
        expectData(await t.gql(RECORD_DOSE, { input: { medicationOrderId: order.id, scheduledAt: dose(d).toISOString(), status: 'MISSED', reason: '外出' } }, w.staff.token));
      }
    }
    const fired = await servedElder();
    await missed(fired, [3, 1]);
    expect(await rules(fired)).toEqual(['MISSED_DOSES']);
    const below = await servedElder();
    await missed(below, [1]);
    expect(await rules(below)).toEqual([]);
  });

  it('INCIDENTS: 2 in 30 days; not 1 plus one older than 30 days', async () => {
    const report = (elderId: string, daysAgo: number) =>
      t.gql(REPORT_INCIDENT, { input: { elderId, kind: 'FALL', severity: 'LOW', occurredAt: ago(daysAgo), place: '卧室', description: '跌倒' } }, w.staff.token);
    const fired = await servedElder();
    expectData(await report(fired, 20));
    expectData(await report(fired, 1));
    expect(await rules(fired)).toEqual(['INCIDENTS']);
    const below = await servedElder();
    expectData(await report(below, 31));
    expectData(await report(below, 1));
    expect(await rules(below)).toEqual([]);
  });

  it('thresholds are regional settings', async () => {
    await t.app.get(SettingsService).set('care.riskThresholds', { painCount: 3 }, '370811');
    try {
      const elder = await servedElder();
      await observe(elder, 3, { pain: 8 });
      await observe(elder, 2, { pain: 8 });
      expect(await rules(elder)).toEqual([]);
      await observe(elder, 1, { pain: 8 });
      expect(await rules(elder)).toEqual(['PAIN_HIGH']);
    } finally {
      await t.db.query(`DELETE FROM settings WHERE key = 'care.riskThresholds'`);
    }
  });

  it('staff acknowledge an alert; one stays open per rule until then; officers see figures only', async () => {
    const elder = await servedElder();
    await observe(elder, 5, { pain: 8 });
    await observe(elder, 4, { pain: 8 });
    await observe(elder, 3, { pain: 8 });
    const open = await alertsOf(elder);
    expect(open).toHaveLength(1);

    const summary = expectData(await t.gql(RISK_SUMMARY, { r: '3708' }, w.officer.token)).riskAlerts;
    expect(summary.openAlerts).toBeGreaterThanOrEqual(7);
    expect(summary.byRule.find((r: { rule: string }) => r.rule === 'PAIN_HIGH').count).toBeGreaterThanOrEqual(2);
    expect(summary.byRule).toHaveLength(6);
    expectError(await t.gql(RISK_SUMMARY, { r: '3708' }, w.outsideOfficer.token), 'NOT_FOUND');
    expect(expectData(await t.gql(RISK_SUMMARY, { r: '11' }, w.outsideOfficer.token)).riskAlerts.openAlerts).toBe(0);

    expectError(await t.gql(ACK_RISK, { id: open[0].id }, w.otherStaff.token), 'NOT_FOUND');
    expect(expectData(await t.gql(ACK_RISK, { id: open[0].id }, w.staff.token)).acknowledgeRiskAlert.acknowledgedAt).not.toBeNull();
    expectError(await t.gql(ACK_RISK, { id: open[0].id }, w.staff.token), 'CONFLICT', 'ALREADY_ACKNOWLEDGED');
    expect(await alertsOf(elder)).toHaveLength(0);
    // a new record that still meets the rule opens a new alert
    await observe(elder, 0, { pain: 9 });
    expect(await rules(elder)).toEqual(['PAIN_HIGH']);
    // staff reading the radar is audited per elder
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM care_record_reads WHERE actor_id = $1 AND elder_id = $2 AND what = 'risk alerts'`, [w.staff.id, elder]);
    expect(count).toBeGreaterThan(0);
  });
});
