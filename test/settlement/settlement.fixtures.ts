import { randomUUID } from 'node:crypto';
import { TokenService } from '../../src/core/auth/token.service.js';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, linkElderToProvider, makeElder, makeProvider, makeUser, type TestUser } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

export const STATEMENT_FIELDS = `id providerId month fundingSource status totalFen lineCount heldCount approvedAt paidAt paymentReference paidOn
  lines { id kind lineKind status holdReasons amountFen orderId elderId reservationId homeBedId adjustsLineId days basis
    visit { bookedStartsAt checkedInAt checkedOutAt bookedMinutes actualMinutes priceFen bookedPriceFen subsidyFen copayFen }
    decision { accepted note decidedBy } }
  events { action fromStatus toStatus actorId actorRole note lineId }`;

export const GENERATE = `mutation($p: ID!, $m: String!) { generateSettlement(providerId: $p, month: $m) { ${STATEMENT_FIELDS} } }`;
export const STATEMENT = `query($id: ID!) { settlementStatement(id: $id) { ${STATEMENT_FIELDS} } }`;
export const STATEMENTS = `query($f: SettlementFilter, $first: Int) { settlementStatements(filter: $f, first: $first) { totalCount nodes { ${STATEMENT_FIELDS} } } }`;
export const DECIDE = `mutation($l: ID!, $a: Boolean!, $n: String!) { decideSettlementLine(lineId: $l, accept: $a, note: $n) { id status amountFen decision { accepted note } } }`;
export const SUBMIT = `mutation($id: ID!) { submitSettlement(id: $id) { id status } }`;
export const APPROVE = `mutation($id: ID!) { approveSettlement(id: $id) { id status totalFen } }`;
export const REJECT = `mutation($id: ID!, $r: String!) { rejectSettlement(id: $id, reason: $r) { id status } }`;
export const PAID = `mutation($id: ID!, $r: String!, $d: String!) { markSettlementPaid(id: $id, reference: $r, paidOn: $d) { id status paymentReference paidOn } }`;
export const ADJUST = `mutation($i: SettlementAdjustmentInput!) { addSettlementAdjustment(input: $i) { id kind status amountFen adjustsLineId orderId basis } }`;
export const LEDGER = `query($r: String!, $f: String!, $t: String!) { settlementLedger(regionCode: $r, from: $f, to: $t) {
  totalFen approvedStatementsTotalFen bySource { fundingSource totalFen } byProvider { providerId totalFen } byMonth { month totalFen }
  rows { fundingSource providerId month totalFen } } }`;
export const EVIDENCE = `query($p: ID!, $m: String!) { verifyVisitEvidence(providerId: $p, month: $m) { ok checkedRecords firstBrokenRecordId reason } }`;
export const ELDER_STATEMENT = `query($e: ID!, $m: String!, $p: ID) { elderStatement(elderId: $e, month: $m, providerId: $p) {
  elderId month providerId copayFen bedFeesFen paymentsFen balanceFen lines { kind providerId orderId reservationId paymentId days amountFen description } } }`;
export const RECORD_PAYMENT = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id amountFen method reference paidAt channel } }`;

const MINUTE = 60_000;

/** A token for an account whose claims say what the test needs (e.g. an officer bound to a provider). */
export async function tokenFor(t: TestApp, user: TestUser, overrides: { providerId?: string | null; regionScope?: string | null }) {
  const { token } = await t.app.get(TokenService).sign({
    userId: user.id,
    role: user.role,
    providerId: overrides.providerId ?? user.providerId,
    regionScope: overrides.regionScope ?? user.regionScope,
  });
  return { ...user, ...overrides, token } as TestUser;
}

export interface VisitFacts {
  providerId: string;
  elderId: string;
  caregiverId: string;
  bookedBy: string;
  startsAt: Date;
  minutes?: number;
  status?: 'COMPLETED' | 'IN_PROGRESS' | 'CANCELLED' | 'NO_SHOW';
  checkedInAt?: Date | null;
  checkedOutAt?: Date | null;
  checkInFlagged?: boolean;
  checkOutFlagged?: boolean;
  priceFen?: number;
  subsidyFen?: number;
  bookedPriceFen?: number | null;
  fundingSource?: string;
  latitude?: number;
  longitude?: number;
}

/**
 * A visit of a past month written directly (booking refuses the past): crafted months are what settlement is
 * tested on. Defaults: completed on time, 60 minutes, price 5,000 fen of which 4,000 subsidy, CITY.
 */
export async function insertVisit(t: TestApp, v: VisitFacts): Promise<string> {
  const minutes = v.minutes ?? 60;
  const status = v.status ?? 'COMPLETED';
  const endsAt = new Date(v.startsAt.getTime() + minutes * MINUTE);
  const inAt = v.checkedInAt === undefined ? (status === 'COMPLETED' || status === 'IN_PROGRESS' ? v.startsAt : null) : v.checkedInAt;
  const outAt = v.checkedOutAt === undefined ? (status === 'COMPLETED' ? endsAt : null) : v.checkedOutAt;
  const price = v.priceFen ?? 5_000;
  const subsidy = v.subsidyFen ?? 4_000;
  const active = status === 'IN_PROGRESS';
  const [{ id }] = await t.db.query(
    `INSERT INTO home_care_orders (elder_id, provider_id, service, status, starts_at, ends_at, hold_ends_at, caregiver_id, held_caregiver_id,
       price_fen, subsidy_fen, copay_fen, allowance_month, visit_latitude, visit_longitude, elder_region_code, provider_region_code,
       booked_by, booked_by_role, idempotency_key, request_hash, checked_in_at, check_in_distance_m, check_in_flagged,
       checked_out_at, check_out_distance_m, check_out_flagged, subsidy_funding_source, booked_price_fen)
     VALUES ($1, $2, 'BATHING', $3, $4, $5, $5, $6, $7, $8, $9, $10, date_trunc('month', $4::timestamptz AT TIME ZONE 'Asia/Shanghai')::date,
       $11, $12, '370811', '370811', $13, 'FAMILY', $14, 'x', $15, $16, $17, $18, $19, $20, $21, $22) RETURNING id`,
    [
      v.elderId, v.providerId, status, v.startsAt, endsAt, status === 'CANCELLED' || status === 'NO_SHOW' ? null : v.caregiverId, active ? v.caregiverId : null,
      price, subsidy, price - subsidy, v.latitude ?? 35.415, v.longitude ?? 116.585, v.bookedBy, randomUUID(),
      inAt, inAt ? 20 : null, inAt ? (v.checkInFlagged ?? false) : null,
      outAt, outAt ? 25 : null, outAt ? (v.checkOutFlagged ?? false) : null, v.fundingSource ?? 'CITY', v.bookedPriceFen ?? null,
    ],
  );
  return id;
}

/** A stay (admission, and discharge when `endedAt` is given) written directly. */
export async function insertStay(
  t: TestApp,
  s: { providerId: string; elderId: string; admittedAt: Date; endedAt?: Date | null; governmentSupported: boolean; category?: string; requestedBy: string },
): Promise<string> {
  const ended = s.endedAt ?? null;
  const [{ id }] = await t.db.query(
    `INSERT INTO bed_reservations (provider_id, elder_id, category, status, provider_region_code, elder_region_code, government_supported,
       expires_at, requested_by, created_at, admitted_at, ended_at)
     VALUES ($1, $2, $3, $4, '370811', '370811', $5, $6, $7, $6, $6, $8) RETURNING id`,
    [s.providerId, s.elderId, s.category ?? 'NURSING', ended ? 'DISCHARGED' : 'ADMITTED', s.governmentSupported, s.admittedAt, s.requestedBy, ended],
  );
  return id;
}

/** A published grade written directly, in force from `from` until `until` (its validity). */
export async function insertGrade(t: TestApp, providerId: string, stars: number, from: Date, until: Date, officerId: string): Promise<string> {
  const [{ id: rubricId }] = await t.db.query(`SELECT id FROM rating_rubrics WHERE kind = 'NURSING_HOME' ORDER BY version LIMIT 1`);
  const [{ id }] = await t.db.query(
    `INSERT INTO rating_assessments (provider_id, rubric_id, status, started_by, started_at, total_points, score_stars, stars,
       published_at, published_by, valid_until)
     VALUES ($1, $2, 'PUBLISHED', $3, $4, 900, $5, $5, $4, $3, $6) RETURNING id`,
    [providerId, rubricId, officerId, from, stars, until],
  );
  return id;
}

export async function insertHomeBed(t: TestApp, b: { providerId: string; elderId: string; from: Date; until?: Date | null; registeredBy: string }) {
  const [{ id }] = await t.db.query(
    `INSERT INTO home_beds (provider_id, elder_id, status, plan, registered_by, created_at, ended_at, end_reason)
     VALUES ($1, $2, $3, '[]'::jsonb, $4, $5, $6, $7) RETURNING id`,
    [b.providerId, b.elderId, b.until ? 'ENDED' : 'ACTIVE', b.registeredBy, b.from, b.until ?? null, b.until ? 'test' : null],
  );
  return id;
}

export interface MoneyWorld {
  home: { id: string; regionCode: string };
  otherHome: { id: string };
  staff: TestUser;
  otherStaff: TestUser;
  caregiver: TestUser;
  officer: TestUser;
  officer2: TestUser;
  outsideOfficer: TestUser;
  boundOfficer: TestUser;
  family: TestUser;
  admin: TestUser;
  elder: { id: string };
}

/** A nursing home in Rencheng (370811) with staff, a caregiver, officers in and out of scope, a family and its elder. */
export async function moneyWorld(t: TestApp): Promise<MoneyWorld> {
  const home = await makeProvider(t, { kind: 'NURSING_HOME' });
  const otherHome = await makeProvider(t, { kind: 'NURSING_HOME' });
  const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: home.id });
  const otherStaff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: otherHome.id });
  const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: home.id });
  const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
  const officer2 = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '370811' });
  const outsideOfficer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '11' });
  const boundOfficer = await tokenFor(t, await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' }), { providerId: home.id });
  const family = await makeUser(t, Role.FAMILY);
  const admin = await makeUser(t, Role.ADMIN);
  const elder = await makeElder(t, family);
  await linkElderToProvider(t, elder.id, home.id);
  return { home, otherHome, staff, otherStaff, caregiver, officer, officer2, outsideOfficer, boundOfficer, family, admin, elder };
}

export async function generate(t: TestApp, user: TestUser, providerId: string, month: string) {
  return expectData(await t.gql(GENERATE, { p: providerId, m: month }, user.token)).generateSettlement as Array<Record<string, any>>;
}

/** China-time instant: "2026-04-10 09:00" -> the UTC Date. */
export const cn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
