import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeUser, type TestUser } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { ASSIGN, HOME, agency, aroundTheClock, bookInput, bookOk } from '../home-care/home-care.fixtures.js';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** Everyone a care-record rule distinguishes, around one elder with an assigned visit. */
export interface CareWorld {
  provider: { id: string };
  otherProvider: { id: string };
  staff: TestUser;
  otherStaff: TestUser;
  /** Assigned to the elder's visit. */
  caregiver: TestUser;
  /** Same provider, not assigned to the elder's visits. */
  idleCaregiver: TestUser;
  otherCaregiver: TestUser;
  family: TestUser;
  otherFamily: TestUser;
  officer: TestUser;
  outsideOfficer: TestUser;
  admin: TestUser;
  elder: { id: string };
  /** Served by no one the tests log in as, guarded by otherFamily. */
  otherElder: { id: string };
  /** The elder's visit, ASSIGNED to `caregiver`, starting in 10 minutes (check-in open). */
  visit: { id: string };
}

/** Books and assigns a visit for the elder starting in 10 minutes; returns the order id and its caregiver's id. */
export async function assignedVisit(t: TestApp, w: Pick<CareWorld, 'provider' | 'family' | 'staff'>, elder: { id: string }, service = 'BATHING') {
  const order = await bookOk(t, w.family.token, bookInput({ provider: w.provider, elder }, { service, startsAt: new Date(Date.now() + 10 * MINUTE).toISOString() }));
  const [{ held_caregiver_id: caregiverId }] = await t.db.query(`SELECT held_caregiver_id FROM home_care_orders WHERE id = $1`, [order.id]);
  expectData(await t.gql(ASSIGN, { o: order.id, c: caregiverId }, w.staff.token));
  return { id: order.id as string, caregiverId: caregiverId as string };
}

export async function buildCareWorld(t: TestApp): Promise<CareWorld> {
  const provider = await agency(t);
  const otherProvider = await agency(t);
  const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
  const otherStaff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: otherProvider.id });
  const cg1 = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
  const cg2 = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
  const otherCaregiver = await makeUser(t, Role.CAREGIVER, { providerId: otherProvider.id });
  for (const c of [cg1, cg2]) await aroundTheClock(t, c.id, provider.id);
  await aroundTheClock(t, otherCaregiver.id, otherProvider.id);
  const family = await makeUser(t, Role.FAMILY);
  const otherFamily = await makeUser(t, Role.FAMILY);
  const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
  const outsideOfficer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '11' });
  const admin = await makeUser(t, Role.ADMIN);
  const elder = await makeElder(t, family, { location: HOME });
  const otherElder = await makeElder(t, otherFamily, { location: HOME });
  const visit = await assignedVisit(t, { provider, family, staff }, elder);
  const caregiver = visit.caregiverId === cg1.id ? cg1 : cg2;
  const idleCaregiver = caregiver === cg1 ? cg2 : cg1;
  return { provider, otherProvider, staff, otherStaff, caregiver, idleCaregiver, otherCaregiver, family, otherFamily, officer, outsideOfficer, admin, elder, otherElder, visit };
}

export const SET_PLAN = `mutation($input: CarePlanInput!) { setCarePlan(input: $input) { id elderId providerId goals tasks { id title service required schedule weekdays instructions } updatedAt } }`;
export const PLAN = `query($e: ID!, $p: ID!) { carePlan(elderId: $e, providerId: $p) { id goals tasks { id title required } } }`;
export const SUGGESTED = `query($e: ID!) { suggestedCarePlan(elderId: $e) { id goals tasks { title service required schedule } } }`;
export const ORDER_TASKS = `query($id: ID!) { homeCareOrder(id: $id) { id status tasks { id title required status note } } }`;
export const CHECK_OUT_TASKS = `mutation($o: ID!, $l: GeoPointInput!, $tasks: [VisitTaskResultInput!]) {
  checkOutVisit(orderId: $o, location: $l, tasks: $tasks) { id status tasks { id title required status note } } }`;
export const RECORD_OBSERVATION = `mutation($input: ObservationInput!) { recordObservation(input: $input) {
  id elderId providerId orderId observedAt foodIntake fluidMl mood skinProblems nightToileting pain bloodPressure { systolic diastolic } pulse bloodGlucose weightKg note recordedBy } }`;
export const OBSERVATIONS = `query($e: ID!, $first: Int) { observations(elderId: $e, first: $first) { id foodIntake pain note } }`;
export const SET_MEDICATION = `mutation($input: MedicationOrderInput!) { setMedicationOrder(input: $input) { id elderId providerId drugName dose route timesOfDay startsOn endsOn prescriberNote } }`;
export const RECORD_DOSE = `mutation($input: MedicationAdministrationInput!) { recordMedicationAdministration(input: $input) { id medicationOrderId scheduledAt status reason at recordedBy } }`;
export const MEDICATION_ORDERS = `query($e: ID!) { medicationOrders(elderId: $e) { id drugName } }`;
export const DOSES = `query($e: ID!) { medicationAdministrations(elderId: $e) { id status scheduledAt recordedBy reason } }`;
export const REPORT_INCIDENT = `mutation($input: IncidentInput!) { reportIncident(input: $input) { id elderId providerId kind severity serious status outcome events { fromStatus status actorId actorRole at } } }`;
export const START_REVIEW = `mutation($id: ID!) { startIncidentReview(id: $id) { id status events { status } } }`;
export const CLOSE_INCIDENT = `mutation($id: ID!, $o: String!) { closeIncident(id: $id, outcome: $o) { id status outcome events { fromStatus status actorRole } } }`;
export const INCIDENTS = `query($f: IncidentFilter, $first: Int) { incidents(filter: $f, first: $first) { totalCount nodes { id elderId kind serious status events { status } } } }`;
export const RAISE = `mutation($e: ID!, $k: String!, $l: GeoPointInput) { raiseEmergency(elderId: $e, kind: $k, location: $l) {
  id elderId providerId kind status location { latitude longitude } raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote } }`;
export const ACK = `mutation($id: ID!) { acknowledgeEmergency(id: $id) { id status acknowledgedAt acknowledgedBy } }`;
export const RESOLVE = `mutation($id: ID!, $n: String!) { resolveEmergency(id: $id, note: $n) { id status resolvedAt resolutionNote acknowledgedAt } }`;
export const EMERGENCY = `query($id: ID!) { emergency(id: $id) { id status escalatedAt } }`;
export const ALERTS = `query { careAlerts { id kind audience elderId providerId subjectId message createdAt } }`;
export const AT_RISK = `query($p: ID!) { eldersAtRisk(providerId: $p) { id elderId rule detail recordIds acknowledgedAt } }`;
export const ACK_RISK = `mutation($id: ID!) { acknowledgeRiskAlert(id: $id) { id acknowledgedAt } }`;
export const RISK_SUMMARY = `query($r: String!) { riskAlerts(regionCode: $r) { regionCode openAlerts eldersAtRisk byRule { rule count } } }`;

export const planInput = (w: Pick<CareWorld, 'elder' | 'provider'>, tasks?: unknown[]) => ({
  elderId: w.elder.id,
  providerId: w.provider.id,
  goals: ['防跌倒', 'Keep eating well'],
  tasks: tasks ?? [
    { title: '助浴', service: 'BATHING', required: true, schedule: 'SERVICE', instructions: 'Warm water, non-slip mat' },
    { title: 'Check skin', service: 'PERSONAL_CARE', required: true, schedule: 'EVERY_VISIT' },
    { title: 'Chat', service: 'COMPANIONSHIP', required: false, schedule: 'EVERY_VISIT' },
    { title: 'Meal help', service: 'MEAL', required: true, schedule: 'SERVICE' },
  ],
});

export const CREATE_DEVICE = `mutation($e: ID!, $l: String!) { createDeviceAccount(elderId: $e, label: $l) { loginId secret device { id elderId label createdBy revokedAt } } }`;
export const REVOKE_DEVICE = `mutation($id: ID!) { revokeDeviceAccount(id: $id) { id revokedAt } }`;
export const DEVICES = `query($e: ID!) { elderDevices(elderId: $e) { id label revokedAt } }`;
export const LOGIN = `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { accessToken user { id role elderId } } }`;
export const ME = `{ me { id role elderId } }`;

/** A device created by the elder's guardian and signed in with its credential: its access token. */
export async function signedInDevice(t: TestApp, guardianToken: string, elderId: string, label = '卧室紧急按钮') {
  const created = expectData(await t.gql(CREATE_DEVICE, { e: elderId, l: label }, guardianToken)).createDeviceAccount;
  const login = expectData(await t.gql(LOGIN, { p: created.loginId, w: created.secret })).login;
  return { id: created.device.id as string, token: login.accessToken as string, loginId: created.loginId as string, secret: created.secret as string };
}

/** A capability assessment where self-care and mobility scored low and the other dimensions high (the suggestion brings their tasks). */
export async function recordLowSelfCareAssessment(t: TestApp, elderId: string, officerId: string) {
  await t.db.query(
    `INSERT INTO capability_assessments (elder_id, self_care, mobility, mental_state, perception_social, self_care_score, mobility_score, mental_state_score,
       perception_social_score, total_score, score_level, final_level, coma, dementia_diagnosed, other_mental_disorder_diagnosed, care_risk_events,
       adjustments, assessed_at, next_due, assessor_id, assessor_role)
     VALUES ($1, '{1,1,1,1,1,1,1,1}', '{1,1,1,1}', '{4,4,4,4,4,4,1,1,2}', '{2,2,4,3,4}', 8, 4, 28, 15, 55, 'MODERATE', 'MODERATE', false, false, false, 0,
       '{}', now(), now() + interval '1 year', $2, 'CIVIL_AFFAIRS')`,
    [elderId, officerId],
  );
}
