import { doseInstant } from '../../src/modules/care-record/medication.policy.js';
import type { TestUser } from '../support/factories.js';
import { expectData } from '../support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import {
  ACK,
  ACK_RISK,
  ALERTS,
  AT_RISK,
  buildCareWorld,
  CLOSE_INCIDENT,
  DOSES,
  EMERGENCY,
  INCIDENTS,
  MEDICATION_ORDERS,
  OBSERVATIONS,
  PLAN,
  planInput,
  RAISE,
  RECORD_DOSE,
  RECORD_OBSERVATION,
  REPORT_INCIDENT,
  RESOLVE,
  RISK_SUMMARY,
  SET_MEDICATION,
  SET_PLAN,
  START_REVIEW,
  signedInDevice,
  SUGGESTED,
  type CareWorld,
} from './care.fixtures.js';

type Who = 'anonymous' | 'family' | 'otherFamily' | 'caregiver' | 'idleCaregiver' | 'otherCaregiver' | 'staff' | 'otherStaff' | 'officer' | 'outsideOfficer' | 'admin';
/** ok: allowed on this object; empty: allowed, but the list holds nothing of the object; else the error code. */
type Outcome = 'ok' | 'empty' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';
const WHO: Who[] = ['anonymous', 'family', 'otherFamily', 'caregiver', 'idleCaregiver', 'otherCaregiver', 'staff', 'otherStaff', 'officer', 'outsideOfficer', 'admin'];

const F = 'FORBIDDEN' as const;
const N = 'NOT_FOUND' as const;
/** family otherFamily caregiver idleCaregiver otherCaregiver staff otherStaff officer outsideOfficer admin */
const row = (...o: Outcome[]): Record<Who, Outcome> => Object.fromEntries([['anonymous', 'UNAUTHENTICATED'], ...WHO.slice(1).map((w, i) => [w, o[i]])]) as Record<Who, Outcome>;

const HEALTH_READ = row('ok', N, 'ok', N, N, 'ok', N, F, F, 'ok');
const CARER_WRITE = row(F, F, 'ok', N, N, 'ok', N, F, F, F);
const STAFF_WRITE = row(F, F, F, F, F, 'ok', N, F, F, F);
const INCIDENT_MANAGE = row(F, F, F, F, F, 'ok', N, 'ok', N, 'ok');
const EMERGENCY_RESPOND = row(F, F, 'ok', 'ok', N, 'ok', N, N, N, 'ok');
/**
 * DEVICE accounts (a help button bound to the elder, one bound to another elder): refused everything but raising an
 * emergency for their own elder and reading it.
 */
type Device = 'device' | 'otherDevice';
const DEVICE_OUTCOMES: Partial<Record<string, Record<Device, Outcome>>> = {
  raiseEmergency: { device: 'ok', otherDevice: N },
  emergency: { device: 'ok', otherDevice: N },
};

describe('care records: the access matrix (every operation x role, own object and someone else\'s)', () => {
  let t: TestApp;
  let w: CareWorld;
  let medicationOrderId: string;
  let doseSeq = 0;
  let devices: Record<Device, { token: string }>;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildCareWorld(t);
    expectData(await t.gql(SET_PLAN, { input: planInput(w) }, w.staff.token));
    medicationOrderId = expectData(
      await t.gql(SET_MEDICATION, { input: { elderId: w.elder.id, drugName: '药', dose: '1 片', route: 'ORAL', timesOfDay: ['08:00'], startsOn: '2025-01-01' } }, w.staff.token),
    ).setMedicationOrder.id;
    devices = { device: await signedInDevice(t, w.family.token, w.elder.id), otherDevice: await signedInDevice(t, w.otherFamily.token, w.otherElder.id) };
  });
  afterAll(() => t.close());

  const user = (who: Who): TestUser | null => (who === 'anonymous' ? null : (w[who] as TestUser));
  const incident = async () =>
    expectData(
      await t.gql(REPORT_INCIDENT, { input: { elderId: w.elder.id, kind: 'OTHER', severity: 'LOW', occurredAt: new Date(Date.now() - 60_000).toISOString(), place: '房间', description: '测试' } }, w.staff.token),
    ).reportIncident.id as string;
  const emergency = async () => expectData(await t.gql(RAISE, { e: w.elder.id, k: 'OTHER' }, w.family.token)).raiseEmergency.id as string;
  const riskAlert = async () =>
    (
      await t.db.query(
        `INSERT INTO risk_alerts (elder_id, region_code, rule, detail, record_ids) VALUES ($1, '370811', 'PAIN_HIGH', 'test', '{}')
         ON CONFLICT (elder_id, rule) WHERE acknowledged_at IS NULL DO UPDATE SET detail = 'test' RETURNING id`,
        [w.elder.id],
      )
    )[0].id as string;

  const operations: Record<string, { expect: Record<Who, Outcome>; call: (token?: string) => Promise<GraphQLResponse>; listed?: (data: any) => boolean }> = {
    setCarePlan: { expect: STAFF_WRITE, call: (tk) => t.gql(SET_PLAN, { input: planInput(w) }, tk) },
    carePlan: { expect: HEALTH_READ, call: (tk) => t.gql(PLAN, { e: w.elder.id, p: w.provider.id }, tk) },
    suggestedCarePlan: { expect: HEALTH_READ, call: (tk) => t.gql(SUGGESTED, { e: w.elder.id }, tk) },
    recordObservation: { expect: CARER_WRITE, call: (tk) => t.gql(RECORD_OBSERVATION, { input: { elderId: w.elder.id, mood: 'CALM' } }, tk) },
    observations: { expect: HEALTH_READ, call: (tk) => t.gql(OBSERVATIONS, { e: w.elder.id }, tk) },
    setMedicationOrder: {
      expect: STAFF_WRITE,
      call: (tk) => t.gql(SET_MEDICATION, { input: { elderId: w.elder.id, drugName: '药', dose: '1 片', route: 'ORAL', timesOfDay: ['09:00'], startsOn: '2025-01-01' } }, tk),
    },
    recordMedicationAdministration: {
      expect: CARER_WRITE,
      call: (tk) => {
        const day = new Date(Date.UTC(2025, 0, 1) + ++doseSeq * 86_400_000).toISOString().slice(0, 10);
        return t.gql(RECORD_DOSE, { input: { medicationOrderId, scheduledAt: doseInstant(day, '08:00').toISOString(), status: 'GIVEN' } }, tk);
      },
    },
    medicationOrders: { expect: HEALTH_READ, call: (tk) => t.gql(MEDICATION_ORDERS, { e: w.elder.id }, tk) },
    medicationAdministrations: { expect: HEALTH_READ, call: (tk) => t.gql(DOSES, { e: w.elder.id }, tk) },
    reportIncident: {
      expect: row('ok', N, 'ok', N, N, 'ok', N, F, F, F),
      call: (tk) => t.gql(REPORT_INCIDENT, { input: { elderId: w.elder.id, kind: 'COMPLAINT', severity: 'LOW', occurredAt: new Date(Date.now() - 60_000).toISOString(), place: '家', description: '测试' } }, tk),
    },
    startIncidentReview: { expect: INCIDENT_MANAGE, call: async (tk) => t.gql(START_REVIEW, { id: await incident() }, tk) },
    closeIncident: { expect: INCIDENT_MANAGE, call: async (tk) => t.gql(CLOSE_INCIDENT, { id: await incident(), o: '处理完毕' }, tk) },
    incidents: {
      expect: row('ok', 'empty', 'ok', 'empty', 'empty', 'ok', 'empty', 'ok', 'empty', 'ok'),
      call: (tk) => t.gql(INCIDENTS, { f: { elderId: w.elder.id } }, tk),
      listed: (d) => d.incidents.totalCount > 0,
    },
    raiseEmergency: { expect: row('ok', N, 'ok', N, N, F, F, F, F, F), call: (tk) => t.gql(RAISE, { e: w.elder.id, k: 'FALL' }, tk) },
    acknowledgeEmergency: { expect: EMERGENCY_RESPOND, call: async (tk) => t.gql(ACK, { id: await emergency() }, tk) },
    resolveEmergency: { expect: EMERGENCY_RESPOND, call: async (tk) => t.gql(RESOLVE, { id: await emergency(), n: '已处理' }, tk) },
    emergency: { expect: row('ok', N, 'ok', 'ok', N, 'ok', N, 'ok', N, 'ok'), call: async (tk) => t.gql(EMERGENCY, { id: await emergency() }, tk) },
    eldersAtRisk: { expect: row(F, F, F, F, F, 'ok', N, F, F, 'ok'), call: (tk) => t.gql(AT_RISK, { p: w.provider.id }, tk) },
    acknowledgeRiskAlert: { expect: row(F, F, F, F, F, 'ok', N, F, F, F), call: async (tk) => t.gql(ACK_RISK, { id: await riskAlert() }, tk) },
    riskAlerts: { expect: row(F, F, F, F, F, F, F, 'ok', N, 'ok'), call: (tk) => t.gql(RISK_SUMMARY, { r: '3708' }, tk) },
    careAlerts: { expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'), call: (tk) => t.gql(ALERTS, {}, tk) },
  };

  for (const [name, op] of Object.entries(operations)) {
    it(`${name}`, async () => {
      const got: Partial<Record<Who, Outcome>> = {};
      for (const who of WHO) {
        const res = await op.call(user(who)?.token);
        if (res.errors) got[who] = res.errors[0].extensions?.code as Outcome;
        else got[who] = op.listed && !op.listed(res.data) ? 'empty' : 'ok';
      }
      for (const d of ['device', 'otherDevice'] as const) {
        const res = await op.call(devices[d].token);
        (got as Record<string, Outcome>)[d] = res.errors ? (res.errors[0].extensions?.code as Outcome) : op.listed && !op.listed(res.data) ? 'empty' : 'ok';
      }
      expect(got).toEqual({ ...op.expect, ...(DEVICE_OUTCOMES[name] ?? { device: F, otherDevice: F }) });
    });
  }
});
