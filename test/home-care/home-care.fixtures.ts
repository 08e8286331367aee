import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeProvider, makeUser, setServices, type TestUser } from '../support/factories.js';
import type { GraphQLResponse, TestApp } from '../support/test-app.js';

export const ORDER_FIELDS = `id status service startsAt endsAt durationMinutes priceFen subsidyFen copayFen cancelledLate cancelReason
  caregiver { id displayName } provider { id } elder { id }
  checkIn { at distanceMeters flagged } checkOut { at distanceMeters flagged } actualDurationMinutes
  review { stars comment } events { at status fromStatus action actor actorId note }`;

export const BOOK = `mutation($input: BookHomeCareVisitInput!) { bookHomeCareVisit(input: $input) { ${ORDER_FIELDS} } }`;
export const ASSIGN = `mutation($o: ID!, $c: ID!) { assignCaregiver(orderId: $o, caregiverId: $c) { ${ORDER_FIELDS} } }`;
export const RESCHEDULE = `mutation($o: ID!, $s: DateTime!) { rescheduleHomeCareOrder(orderId: $o, startsAt: $s) { ${ORDER_FIELDS} } }`;
export const CANCEL = `mutation($o: ID!, $r: String!) { cancelHomeCareOrder(orderId: $o, reason: $r) { ${ORDER_FIELDS} } }`;
export const CHECK_IN = `mutation($o: ID!, $l: GeoPointInput!) { checkInVisit(orderId: $o, location: $l) { ${ORDER_FIELDS} } }`;
export const CHECK_OUT = `mutation($o: ID!, $l: GeoPointInput!, $n: String) { checkOutVisit(orderId: $o, location: $l, notes: $n) { ${ORDER_FIELDS} } }`;
export const NO_SHOW = `mutation($o: ID!, $r: String!) { markNoShow(orderId: $o, reason: $r) { ${ORDER_FIELDS} } }`;
export const REVIEW = `mutation($o: ID!, $s: Int!, $c: String) { reviewHomeCareOrder(orderId: $o, stars: $s, comment: $c) { ${ORDER_FIELDS} } }`;
export const ORDER = `query($id: ID!) { homeCareOrder(id: $id) { ${ORDER_FIELDS} } }`;
export const ORDERS = `query($f: HomeCareOrderFilter, $first: Int, $after: String) {
  homeCareOrders(filter: $f, first: $first, after: $after) { totalCount nodes { id status } pageInfo { endCursor hasNextPage } } }`;
export const SLOTS = `query($p: ID!, $s: ServiceKind!, $from: DateTime!, $to: DateTime!, $d: Int!, $e: ID) {
  availableVisitSlots(providerId: $p, service: $s, from: $from, to: $to, durationMinutes: $d, elderId: $e) { startsAt endsAt freeCaregivers } }`;
export const AUTO_ASSIGN = `mutation($p: ID!, $e: Boolean!) { setHomeCareAutoAssign(providerId: $p, enabled: $e) { providerId autoAssign } }`;

/** Where the test elders live (inside the provider's 10 km radius, a few hundred metres from it). */
export const HOME = { latitude: 35.415, longitude: 116.585 };

const MINUTE = 60_000;
/** Fixed when the file loads, so that every call in a run names the same day even across midnight. */
const TODAY = Date.now();

/** A whole hour (UTC) `days` days after today: every caregiver in these tests works around the clock. */
export function future(days: number, hour = 2, minute = 0): Date {
  const d = new Date(TODAY + days * 24 * 60 * MINUTE);
  d.setUTCHours(hour, minute, 0, 0);
  return d;
}

export interface World {
  provider: { id: string };
  otherProvider: { id: string };
  staff: TestUser;
  otherStaff: TestUser;
  cg1: TestUser;
  cg2: TestUser;
  otherCaregiver: TestUser;
  family: TestUser;
  otherFamily: TestUser;
  officer: TestUser;
  outsideOfficer: TestUser;
  admin: TestUser;
  elder: { id: string };
  otherElder: { id: string };
}

/** Works 00:00-24:00 every day, so that tests do not depend on the time of day they run at. */
export async function aroundTheClock(t: TestApp, caregiverId: string, providerId: string, services: string[] | null = null) {
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 }));
  await t.db.query(
    `INSERT INTO caregiver_profiles (user_id, provider_id, qualified_services, weekly_hours) VALUES ($1, $2, $3, $4::jsonb)
     ON CONFLICT (user_id) DO UPDATE SET weekly_hours = EXCLUDED.weekly_hours, qualified_services = EXCLUDED.qualified_services`,
    [caregiverId, providerId, services, JSON.stringify(hours)],
  );
}

export async function agency(t: TestApp, fields: Record<string, unknown> = {}) {
  const p = await makeProvider(t, { kind: 'HOME_CARE_AGENCY', latitude: 35.41, longitude: 116.58, serviceRadiusKm: 10, ...fields });
  await setServices(t, p.id, [
    { kind: 'BATHING', priceFen: 5000, unit: '次', durationMinutes: 60 },
    { kind: 'COMPANIONSHIP', priceFen: 3000, unit: '小时', durationMinutes: 60 },
    { kind: 'MEAL', priceFen: 3000, unit: '次', durationMinutes: 30 },
  ]);
  return p;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const provider = await agency(t);
  const otherProvider = await agency(t);
  const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
  const otherStaff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: otherProvider.id });
  const cg1 = await makeUser(t, Role.CAREGIVER, { providerId: provider.id, displayName: '护理员甲' });
  const cg2 = await makeUser(t, Role.CAREGIVER, { providerId: provider.id, displayName: '护理员乙' });
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
  return { provider, otherProvider, staff, otherStaff, cg1, cg2, otherCaregiver, family, otherFamily, officer, outsideOfficer, admin, elder, otherElder };
}

let keySeq = 0;
export const nextKey = () => `key-${++keySeq}-${Math.random().toString(36).slice(2, 8)}`;

export function bookInput(w: { provider: { id: string }; elder: { id: string } }, overrides: Record<string, unknown> = {}) {
  return {
    elderId: w.elder.id,
    providerId: w.provider.id,
    service: 'BATHING',
    startsAt: future(3).toISOString(),
    durationMinutes: 60,
    idempotencyKey: nextKey(),
    ...overrides,
  };
}

export async function book(t: TestApp, token: string, input: Record<string, unknown>) {
  return t.gql(BOOK, { input }, token);
}

export async function bookOk(t: TestApp, token: string, input: Record<string, unknown>) {
  return expectData(await book(t, token, input)).bookHomeCareVisit;
}

/** Moves a visit in time directly in the database, so that tests can reach "it should have started" without waiting. */
export async function shiftVisit(t: TestApp, orderId: string, startsAt: Date) {
  await t.db.query(
    `UPDATE home_care_orders SET hold_ends_at = $2::timestamptz + (hold_ends_at - starts_at), ends_at = $2::timestamptz + (ends_at - starts_at),
       starts_at = $2 WHERE id = $1`,
    [orderId, startsAt],
  );
}

export type Res = GraphQLResponse;
