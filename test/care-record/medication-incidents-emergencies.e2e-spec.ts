import { SettingsService } from '../../src/core/settings/settings.service.js';
import { EmergencyService } from '../../src/modules/care-record/emergency.service.js';
import { MedicationService } from '../../src/modules/care-record/medication.service.js';
import { chinaDayAndTime, doseInstant } from '../../src/modules/care-record/medication.policy.js';
import { expectData, expectError } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ACK,
  ALERTS,
  buildCareWorld,
  CLOSE_INCIDENT,
  DAY,
  DOSES,
  EMERGENCY,
  INCIDENTS,
  MINUTE,
  RAISE,
  RECORD_DOSE,
  REPORT_INCIDENT,
  RESOLVE,
  SET_MEDICATION,
  START_REVIEW,
  type CareWorld,
} from './care.fixtures.js';

describe('care records: medication, incidents and emergency help', () => {
  let t: TestApp;
  let w: CareWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildCareWorld(t);
  });
  afterAll(() => t.close());

  const today = () => chinaDayAndTime(new Date()).day;
  const medication = (overrides: Record<string, unknown> = {}) => ({
    elderId: w.elder.id,
    drugName: '氨氯地平片',
    dose: '5 mg',
    route: 'ORAL',
    timesOfDay: ['08:00', '20:00'],
    startsOn: '2026-01-01',
    prescriberNote: '饭后',
    ...overrides,
  });

  describe('medication', () => {
    it('staff set orders; carers record a scheduled dose once, with a reason unless given', async () => {
      const order = expectData(await t.gql(SET_MEDICATION, { input: medication() }, w.staff.token)).setMedicationOrder;
      expect(order).toMatchObject({ providerId: w.provider.id, timesOfDay: ['08:00', '20:00'], startsOn: '2026-01-01', endsOn: null });
      const changed = expectData(await t.gql(SET_MEDICATION, { input: medication({ id: order.id, dose: '2.5 mg' }) }, w.staff.token)).setMedicationOrder;
      expect(changed).toMatchObject({ id: order.id, dose: '2.5 mg' });
      expectError(await t.gql(SET_MEDICATION, { input: medication({ timesOfDay: ['8am'] }) }, w.staff.token), 'BAD_USER_INPUT');
      expectError(await t.gql(SET_MEDICATION, { input: medication({ startsOn: '2026-02-01', endsOn: '2026-01-01' }) }, w.staff.token), 'BAD_USER_INPUT');

      const scheduledAt = doseInstant('2026-06-01', '08:00').toISOString();
      expectError(await t.gql(RECORD_DOSE, { input: { medicationOrderId: order.id, scheduledAt, status: 'REFUSED' } }, w.caregiver.token), 'BAD_USER_INPUT');
      const notScheduled = doseInstant('2026-06-01', '09:00').toISOString();
      expectError(await t.gql(RECORD_DOSE, { input: { medicationOrderId: order.id, scheduledAt: notScheduled, status: 'GIVEN' } }, w.caregiver.token), 'BAD_USER_INPUT', 'NOT_A_SCHEDULED_DOSE');
      const given = expectData(await t.gql(RECORD_DOSE, { input: { medicationOrderId: order.id, scheduledAt, status: 'GIVEN' } }, w.caregiver.token)).recordMedicationAdministration;
      expect(given).toMatchObject({ status: 'GIVEN', recordedBy: w.caregiver.id, scheduledAt });
      expectError(await t.gql(RECORD_DOSE, { input: { medicationOrderId: order.id, scheduledAt, status: 'HELD', reason: 'BP low' } }, w.staff.token), 'CONFLICT', 'DOSE_ALREADY_RECORDED');
    });

    it('two records of the same dose at once: exactly one lands', async () => {
      const order = expectData(await t.gql(SET_MEDICATION, { input: medication({ drugName: '二甲双胍' }) }, w.staff.token)).setMedicationOrder;
      const input = { medicationOrderId: order.id, scheduledAt: doseInstant('2026-06-02', '20:00').toISOString(), status: 'GIVEN' };
      const results = await Promise.all([t.gql(RECORD_DOSE, { input }, w.caregiver.token), t.gql(RECORD_DOSE, { input }, w.staff.token)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM medication_administrations WHERE medication_order_id = $1`, [order.id]);
      expect(count).toBe(1);
    });

    it('the job marks a dose with no record an hour after its time MISSED and alerts the staff, once', async () => {
      const job = t.app.get(MedicationService);
      const order = expectData(await t.gql(SET_MEDICATION, { input: medication({ drugName: '阿司匹林', timesOfDay: ['07:00'], startsOn: today() }) }, w.staff.token)).setMedicationOrder;
      await t.db.query(`UPDATE medication_orders SET created_at = $2 WHERE id = $1`, [order.id, doseInstant(today(), '06:00')]);
      const dose = doseInstant(today(), '07:00');
      // 59 minutes after: not yet
      await job.markMissedDoses(new Date(dose.getTime() + 59 * MINUTE));
      expect(await t.db.query(`SELECT 1 FROM medication_administrations WHERE medication_order_id = $1`, [order.id])).toHaveLength(0);
      await job.markMissedDoses(new Date(dose.getTime() + 60 * MINUTE));
      await job.markMissedDoses(new Date(dose.getTime() + 61 * MINUTE));
      const doses = expectData(await t.gql(DOSES, { e: w.elder.id }, w.family.token)).medicationAdministrations.filter((d: { scheduledAt: string }) => d.scheduledAt === dose.toISOString());
      expect(doses).toEqual([expect.objectContaining({ status: 'MISSED', recordedBy: null })]);
      const alerts = expectData(await t.gql(ALERTS, {}, w.staff.token)).careAlerts.filter((a: { kind: string }) => a.kind === 'MISSED_DOSE');
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ audience: 'PROVIDER', elderId: w.elder.id, providerId: w.provider.id, subjectId: doses[0].id });
      expect(expectData(await t.gql(ALERTS, {}, w.otherStaff.token)).careAlerts).toHaveLength(0);
      // a dose recorded in time is never marked
      const recorded = doseInstant(today(), '07:00');
      const other = expectData(await t.gql(SET_MEDICATION, { input: medication({ drugName: '维生素D', timesOfDay: ['07:00'], startsOn: today() }) }, w.staff.token)).setMedicationOrder;
      await t.db.query(`UPDATE medication_orders SET created_at = $2 WHERE id = $1`, [other.id, doseInstant(today(), '06:00')]);
      expectData(await t.gql(RECORD_DOSE, { input: { medicationOrderId: other.id, scheduledAt: recorded.toISOString(), status: 'GIVEN', at: new Date(Math.min(Date.now(), recorded.getTime() + 5 * MINUTE)).toISOString() } }, w.staff.token));
      await job.markMissedDoses(new Date(recorded.getTime() + 2 * 60 * MINUTE));
      const rows = await t.db.query(`SELECT status FROM medication_administrations WHERE medication_order_id = $1`, [other.id]);
      expect(rows).toEqual([{ status: 'GIVEN' }]);
    });
  });

  describe('incidents', () => {
    const incident = (overrides: Record<string, unknown> = {}) => ({
      elderId: w.elder.id,
      kind: 'FALL',
      severity: 'LOW',
      occurredAt: new Date(Date.now() - 30 * MINUTE).toISOString(),
      place: '卫生间',
      description: '起身时滑倒',
      actionsTaken: '扶起, 检查无外伤',
      ...overrides,
    });

    it('a report runs REPORTED → UNDER_REVIEW → CLOSED with an outcome, each step with actor and time', async () => {
      const i = expectData(await t.gql(REPORT_INCIDENT, { input: incident() }, w.caregiver.token)).reportIncident;
      expect(i).toMatchObject({ status: 'REPORTED', serious: false, providerId: w.provider.id });
      expect(i.events).toEqual([expect.objectContaining({ fromStatus: null, status: 'REPORTED', actorId: w.caregiver.id, actorRole: 'CAREGIVER' })]);
      expectError(await t.gql(CLOSE_INCIDENT, { id: i.id, o: ' ' }, w.staff.token), 'BAD_USER_INPUT');
      expect(expectData(await t.gql(START_REVIEW, { id: i.id }, w.staff.token)).startIncidentReview.status).toBe('UNDER_REVIEW');
      expectError(await t.gql(START_REVIEW, { id: i.id }, w.staff.token), 'CONFLICT', 'INVALID_TRANSITION');
      const closed = expectData(await t.gql(CLOSE_INCIDENT, { id: i.id, o: '加装扶手' }, w.staff.token)).closeIncident;
      expect(closed).toMatchObject({ status: 'CLOSED', outcome: '加装扶手' });
      expect(closed.events.map((e: { status: string }) => e.status)).toEqual(['REPORTED', 'UNDER_REVIEW', 'CLOSED']);
      expectError(await t.gql(START_REVIEW, { id: i.id }, w.otherStaff.token), 'NOT_FOUND');
    });

    it('serious incidents (HIGH, SUSPECTED_ABUSE, WANDERING) alert the officer in scope at once; others do not', async () => {
      const officerAlerts = async () => expectData(await t.gql(ALERTS, {}, w.officer.token)).careAlerts.filter((a: { kind: string }) => a.kind === 'SERIOUS_INCIDENT');
      const before = (await officerAlerts()).length;
      expectData(await t.gql(REPORT_INCIDENT, { input: incident({ severity: 'MEDIUM', kind: 'INJURY' }) }, w.staff.token));
      expect(await officerAlerts()).toHaveLength(before);
      const serious = [
        incident({ severity: 'HIGH' }),
        incident({ kind: 'SUSPECTED_ABUSE', severity: 'LOW' }),
        incident({ kind: 'WANDERING', severity: 'LOW', place: '小区门口' }),
      ];
      const ids = [];
      for (const input of serious) ids.push(expectData(await t.gql(REPORT_INCIDENT, { input }, w.family.token)).reportIncident.id);
      const after = await officerAlerts();
      expect(after.map((a: { subjectId: string }) => a.subjectId)).toEqual(expect.arrayContaining(ids));
      expect(after).toHaveLength(before + 3);
      expect(expectData(await t.gql(ALERTS, {}, w.outsideOfficer.token)).careAlerts).toHaveLength(0);
      // officers in scope list incidents (and are audited); outside officers see none
      const listed = expectData(await t.gql(INCIDENTS, { f: { serious: true } }, w.officer.token)).incidents;
      expect(listed.totalCount).toBe(3);
      const reads = await t.db.query(`SELECT what FROM care_record_reads WHERE actor_id = $1`, [w.officer.id]);
      expect(reads.map((r: { what: string }) => r.what)).toContain('incidents');
      expect(expectData(await t.gql(INCIDENTS, {}, w.outsideOfficer.token)).incidents.totalCount).toBe(0);
      expect(expectData(await t.gql(INCIDENTS, {}, w.otherFamily.token)).incidents.totalCount).toBe(0);
      expect(expectData(await t.gql(INCIDENTS, {}, w.otherStaff.token)).incidents.totalCount).toBe(0);
      expect(expectData(await t.gql(INCIDENTS, { f: { elderId: w.elder.id } }, w.family.token)).incidents.totalCount).toBeGreaterThanOrEqual(5);
    });

    it('a guardian may name only a provider that serves the elder', async () => {
      expectError(await t.gql(REPORT_INCIDENT, { input: incident({ kind: 'COMPLAINT', providerId: w.otherProvider.id }) }, w.family.token), 'BAD_USER_INPUT');
      const ok = expectData(await t.gql(REPORT_INCIDENT, { input: incident({ kind: 'COMPLAINT', providerId: w.provider.id }) }, w.family.token)).reportIncident;
      expect(ok.providerId).toBe(w.provider.id);
    });

    it('lists incidents with a constant number of queries', async () => {
      const count = async (first: number) => {
        const before = t.queries.count;
        const res = expectData(await t.gql(INCIDENTS, { first }, w.staff.token));
        return { queries: t.queries.count - before, nodes: res.incidents.nodes.length };
      };
      const few = await count(1);
      const many = await count(20);
      expect(many.nodes).toBeGreaterThan(few.nodes);
      expect(many.queries).toBe(few.queries);
    });
  });

  describe('emergency help', () => {
    it('a guardian raises one: the serving provider and the other guardians are alerted; staff acknowledge and resolve, timed', async () => {
      const e = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'FALL', l: { latitude: 35.415, longitude: 116.585 } }, w.family.token)).raiseEmergency;
      expect(e).toMatchObject({ status: 'RAISED', providerId: w.provider.id, kind: 'FALL', location: { latitude: 35.415, longitude: 116.585 }, acknowledgedAt: null });
      const staffAlerts = expectData(await t.gql(ALERTS, {}, w.staff.token)).careAlerts.filter((a: { subjectId: string }) => a.subjectId === e.id);
      expect(staffAlerts).toEqual([expect.objectContaining({ kind: 'EMERGENCY', audience: 'PROVIDER' })]);
      expectError(await t.gql(ACK, { id: e.id }, w.otherStaff.token), 'NOT_FOUND');
      const ack = expectData(await t.gql(ACK, { id: e.id }, w.idleCaregiver.token)).acknowledgeEmergency;
      expect(ack).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: w.idleCaregiver.id });
      expectError(await t.gql(ACK, { id: e.id }, w.staff.token), 'CONFLICT', 'NOT_RAISED');
      expectError(await t.gql(RESOLVE, { id: e.id, n: ' ' }, w.staff.token), 'BAD_USER_INPUT');
      const done = expectData(await t.gql(RESOLVE, { id: e.id, n: '送医检查, 无骨折' }, w.staff.token)).resolveEmergency;
      expect(done.status).toBe('RESOLVED');
      expect(new Date(done.resolvedAt).getTime()).toBeGreaterThanOrEqual(new Date(ack.acknowledgedAt).getTime());
      expectError(await t.gql(RAISE, { e: w.elder.id, k: 'SOMETHING' }, w.family.token), 'BAD_USER_INPUT');
    });

    it('a caregiver raising one alerts every guardian', async () => {
      const e = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'ILLNESS' }, w.caregiver.token)).raiseEmergency;
      const mine = expectData(await t.gql(ALERTS, {}, w.family.token)).careAlerts.filter((a: { subjectId: string }) => a.subjectId === e.id);
      expect(mine).toEqual([expect.objectContaining({ audience: 'GUARDIAN', kind: 'EMERGENCY' })]);
      expect(expectData(await t.gql(ALERTS, {}, w.otherFamily.token)).careAlerts).toHaveLength(0);
    });

    it('not acknowledged in time (5 minutes by default, a setting) it escalates to the officer in scope, once', async () => {
      const job = t.app.get(EmergencyService);
      const e = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'BREATHING' }, w.family.token)).raiseEmergency;
      const raisedAt = new Date(e.raisedAt).getTime();
      await job.escalateUnacknowledged(new Date(raisedAt + 5 * MINUTE - 1000));
      expect(expectData(await t.gql(EMERGENCY, { id: e.id }, w.family.token)).emergency.escalatedAt).toBeNull();
      expect(await job.escalateUnacknowledged(new Date(raisedAt + 5 * MINUTE))).toBeGreaterThanOrEqual(1);
      expect(await job.escalateUnacknowledged(new Date(raisedAt + 6 * MINUTE))).toBe(0);
      const escalated = expectData(await t.gql(EMERGENCY, { id: e.id }, w.officer.token)).emergency;
      expect(escalated.escalatedAt).toBe(new Date(raisedAt + 5 * MINUTE).toISOString());
      const alerts = expectData(await t.gql(ALERTS, {}, w.officer.token)).careAlerts.filter((a: { subjectId: string }) => a.subjectId === e.id);
      expect(alerts).toEqual([expect.objectContaining({ kind: 'EMERGENCY_ESCALATED', audience: 'OFFICER' })]);
      expectError(await t.gql(EMERGENCY, { id: e.id }, w.outsideOfficer.token), 'NOT_FOUND');
      // once escalated, the officer may act on it
      expect(expectData(await t.gql(RESOLVE, { id: e.id, n: '120 到场' }, w.officer.token)).resolveEmergency.status).toBe('RESOLVED');

      // an acknowledged one never escalates
      const acked = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'OTHER' }, w.family.token)).raiseEmergency;
      expectData(await t.gql(ACK, { id: acked.id }, w.staff.token));
      await job.escalateUnacknowledged(new Date(Date.now() + DAY));
      expect(expectData(await t.gql(EMERGENCY, { id: acked.id }, w.staff.token)).emergency.escalatedAt).toBeNull();
    });

    it('the time before escalation is a regional setting', async () => {
      await t.app.get(SettingsService).set('care.emergencyAcknowledgeMinutes', 2, '3708');
      const job = t.app.get(EmergencyService);
      const e = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'LOST' }, w.family.token)).raiseEmergency;
      const raisedAt = new Date(e.raisedAt).getTime();
      await job.escalateUnacknowledged(new Date(raisedAt + 2 * MINUTE - 1000));
      expect(expectData(await t.gql(EMERGENCY, { id: e.id }, w.staff.token)).emergency.escalatedAt).toBeNull();
      await job.escalateUnacknowledged(new Date(raisedAt + 2 * MINUTE));
      expect(expectData(await t.gql(EMERGENCY, { id: e.id }, w.staff.token)).emergency.escalatedAt).not.toBeNull();
      await t.app.get(SettingsService).set('care.emergencyAcknowledgeMinutes', 5, '3708');
    });

    it('acknowledging twice at once: exactly one succeeds', async () => {
      const e = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'FIRE' }, w.family.token)).raiseEmergency;
      const results = await Promise.all([t.gql(ACK, { id: e.id }, w.staff.token), t.gql(ACK, { id: e.id }, w.caregiver.token)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const [{ acknowledged_by }] = await t.db.query(`SELECT acknowledged_by FROM emergencies WHERE id = $1`, [e.id]);
      expect([w.staff.id, w.caregiver.id]).toContain(acknowledged_by);
    });
  });
});
