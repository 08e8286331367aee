import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity, validIdNumber, type TestUser } from '../support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const RESERVE = `mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status } }`;
const ADMIT = `mutation($id: ID!) { admitReservation(reservationId: $id) { id status } }`;
const RELEASE = `mutation($id: ID!) { releaseReservation(reservationId: $id, reason: "test") { id status } }`;
const DISCHARGE = `mutation($id: ID!) { dischargeResident(reservationId: $id, reason: "test") { id status } }`;
const GET = `query($id: ID!) { bedReservation(id: $id) { id status elder { id } provider { id } } }`;
const LIST = `query { bedReservations(first: 100) { totalCount nodes { id elderId providerId } } }`;
const JOIN = `mutation($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id } }`;
const LEAVE = `mutation($id: ID!) { leaveBedWaitlist(entryId: $id) { id status } }`;
const WAITLIST = `query($p: ID!) { bedWaitlist(providerId: $p, category: NURSING) { id elderId position } }`;
const ELDER_WAITLIST = `query($e: ID!) { elderBedWaitlist(elderId: $e) { id position } }`;

let keySeq = 0;
const key = () => `auth-${++keySeq}`;

/** 'OK', or the error's code (FORBIDDEN for the role check, NOT_FOUND for the object check, ...). */
const outcome = (res: GraphQLResponse) => (res.errors ? res.errors[0].extensions?.code : 'OK');

describe('bed reservations and waitlist: authorization matrix', () => {
  let t: TestApp;
  let provider: { id: string };
  let otherProvider: { id: string };
  const u: Record<string, TestUser> = {};

  beforeAll(async () => {
    t = await startTestApp();
    provider = await makeProvider(t, { regionCode: '370811' });
    otherProvider = await makeProvider(t, { regionCode: '370811' });
    await setCapacity(t, provider.id, 'NURSING', 100, 0);
    await setCapacity(t, provider.id, 'DEMENTIA', 1, 1);
    u.guardian = await makeUser(t, Role.FAMILY);
    u.otherFamily = await makeUser(t, Role.FAMILY);
    u.officerIn = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    u.officerOut = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    u.staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    u.otherStaff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: otherProvider.id });
    u.caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
    u.admin = await makeUser(t, Role.ADMIN);
  });
  afterAll(async () => {
    // No listener, job or unexpected failure behind the scenes (business refusals are logged by Nest and are fine).
    const errors = t.logs.filter((line) => /event listener failed|unexpected error|expiry failed|query failed/.test(line));
    await t.close();
    expect(errors).toEqual([]);
  });

  const newElder = async () => (await makeElder(t, u.guardian)).id;
  const hold = async (elderId?: string) => {
    const id = elderId ?? (await newElder());
    const r = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: id, category: 'NURSING', idempotencyKey: key() } }, u.guardian.token));
    return r.reserveBed.id as string;
  };
  const statusOf = async (id: string) => (await t.db.query(`SELECT status FROM bed_reservations WHERE id = $1`, [id]))[0].status;

  it('reserveBed: a guardian or an officer in scope; others NOT_FOUND; other roles FORBIDDEN', async () => {
    const expected: Record<string, string> = {
      guardian: 'OK',
      officerIn: 'OK',
      otherFamily: 'NOT_FOUND',
      officerOut: 'NOT_FOUND',
      staff: 'FORBIDDEN',
      caregiver: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    };
    for (const [who, want] of Object.entries(expected)) {
      const elderId = await newElder();
      const res = await t.gql(RESERVE, { input: { providerId: provider.id, elderId, category: 'NURSING', idempotencyKey: key() } }, u[who].token);
      expect({ who, got: outcome(res) }).toEqual({ who, got: want });
    }
    const anonymous = await t.gql(RESERVE, { input: { providerId: provider.id, elderId: await newElder(), category: 'NURSING', idempotencyKey: key() } });
    expect(outcome(anonymous)).toBe('UNAUTHENTICATED');
    // An unknown provider is NOT_FOUND too.
    const res = await t.gql(RESERVE, { input: { providerId: '00000000-0000-4000-8000-000000000000', elderId: await newElder(), category: 'NURSING', idempotencyKey: key() } }, u.guardian.token);
    expect(outcome(res)).toBe('NOT_FOUND');
  });

  it('admitReservation and dischargeResident: only the provider\'s own staff', async () => {
    const expected: Record<string, string> = {
      otherStaff: 'NOT_FOUND',
      guardian: 'FORBIDDEN',
      officerIn: 'FORBIDDEN',
      caregiver: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      staff: 'OK',
    };
    const id = await hold();
    for (const [who, want] of Object.entries(expected)) {
      expect({ who, got: outcome(await t.gql(ADMIT, { id }, u[who].token)) }).toEqual({ who, got: want });
    }
    expect(await statusOf(id)).toBe('ADMITTED');
    for (const [who, want] of Object.entries(expected)) {
      expect({ who, got: outcome(await t.gql(DISCHARGE, { id }, u[who].token)) }).toEqual({ who, got: want });
    }
    expect(await statusOf(id)).toBe('DISCHARGED');
  });

  it('releaseReservation: the provider\'s staff, a guardian, an officer in scope of the elder', async () => {
    const expected: Record<string, string> = {
      guardian: 'OK',
      officerIn: 'OK',
      staff: 'OK',
      otherFamily: 'NOT_FOUND',
      officerOut: 'NOT_FOUND',
      otherStaff: 'NOT_FOUND',
      caregiver: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    };
    for (const [who, want] of Object.entries(expected)) {
      const id = await hold();
      expect({ who, got: outcome(await t.gql(RELEASE, { id }, u[who].token)) }).toEqual({ who, got: want });
      expect(await statusOf(id)).toBe(want === 'OK' ? 'RELEASED' : 'HELD');
    }
  });

  it('an officer overseeing the provider but not the elder sees the reservation and may not release it; the elder\'s officer may', async () => {
    const beijing = (await makeElder(t, u.guardian, { regionCode: '110101', idNumber: validIdNumber('1945-03-01', '110101') })).id;
    const id = await hold(beijing);
    expect(expectData(await t.gql(GET, { id }, u.officerIn.token)).bedReservation.id).toBe(id);
    expect(outcome(await t.gql(RELEASE, { id }, u.officerIn.token))).toBe('FORBIDDEN');
    expect(outcome(await t.gql(RELEASE, { id }, u.officerOut.token))).toBe('OK');
  });

  it('bedReservation(id): visible to those involved, null for anyone else', async () => {
    const id = await hold();
    const expected: Record<string, boolean> = {
      guardian: true,
      officerIn: true,
      staff: true,
      admin: true,
      otherFamily: false,
      officerOut: false,
      otherStaff: false,
    };
    for (const [who, visible] of Object.entries(expected)) {
      const res = await t.gql(GET, { id }, u[who].token);
      expect({ who, got: expectData(res).bedReservation?.id ?? null }).toEqual({ who, got: visible ? id : null });
    }
    expect(outcome(await t.gql(GET, { id }, u.caregiver.token))).toBe('FORBIDDEN');
    expect(outcome(await t.gql(GET, { id: 'not-a-uuid' }, u.admin.token))).toBe('BAD_USER_INPUT');
  });

  it('bedReservations is scoped in SQL for each role', async () => {
    await hold();
    const all: Array<{ id: string; provider_id: string; elder_id: string; elder_region_code: string }> = await t.db.query(
      `SELECT id, provider_id, elder_id, elder_region_code FROM bed_reservations`,
    );
    const ids = async (who: string) => new Set(expectData(await t.gql(LIST, {}, u[who].token)).bedReservations.nodes.map((n: { id: string }) => n.id));
    const guardianElders = new Set((await t.db.query(`SELECT elder_id FROM elder_guardians WHERE user_id = $1`, [u.guardian.id])).map((r: { elder_id: string }) => r.elder_id));
    expect(await ids('guardian')).toEqual(new Set(all.filter((r) => guardianElders.has(r.elder_id)).map((r) => r.id)));
    expect(await ids('staff')).toEqual(new Set(all.filter((r) => r.provider_id === provider.id).map((r) => r.id)));
    expect((await ids('otherStaff')).size).toBe(0);
    expect((await ids('otherFamily')).size).toBe(0);
    expect(await ids('officerOut')).toEqual(new Set(all.filter((r) => r.elder_region_code.startsWith('1101')).map((r) => r.id)));
    expect((await ids('officerIn')).size).toBe(all.length);
    expect((await ids('admin')).size).toBe(all.length);
    expect(outcome(await t.gql(LIST, {}, u.caregiver.token))).toBe('FORBIDDEN');
  });

  it('waitlist: join and leave by a guardian or officer in scope; the list by staff, officers in scope, admins, and families for their own', async () => {
    const elderId = await newElder();
    const joinAs = (who: string) => t.gql(JOIN, { input: { providerId: provider.id, elderId, category: 'DEMENTIA' } }, u[who].token);
    for (const [who, want] of Object.entries({ otherFamily: 'NOT_FOUND', officerOut: 'NOT_FOUND', staff: 'FORBIDDEN', admin: 'FORBIDDEN', caregiver: 'FORBIDDEN' })) {
      expect({ who, got: outcome(await joinAs(who)) }).toEqual({ who, got: want });
    }
    const entry = expectData(await joinAs('guardian')).joinBedWaitlist.id;
    expect(expectData(await joinAs('officerIn')).joinBedWaitlist.id).toBe(entry);

    const list = `query($p: ID!) { bedWaitlist(providerId: $p, category: DEMENTIA) { id elderId position } }`;
    for (const [who, want] of Object.entries({ staff: 1, officerIn: 1, admin: 1, guardian: 1, otherFamily: 0 })) {
      expect({ who, got: expectData(await t.gql(list, { p: provider.id }, u[who].token)).bedWaitlist.length }).toEqual({ who, got: want });
    }
    for (const who of ['otherStaff', 'officerOut']) expect(outcome(await t.gql(list, { p: provider.id }, u[who].token))).toBe('NOT_FOUND');
    expect(outcome(await t.gql(WAITLIST, { p: provider.id }, u.caregiver.token))).toBe('FORBIDDEN');

    expect(expectData(await t.gql(ELDER_WAITLIST, { e: elderId }, u.guardian.token)).elderBedWaitlist).toEqual([{ id: entry, position: 1 }]);
    expect(outcome(await t.gql(ELDER_WAITLIST, { e: elderId }, u.otherFamily.token))).toBe('NOT_FOUND');
    expect(expectData(await t.gql(ELDER_WAITLIST, { e: elderId }, u.staff.token)).elderBedWaitlist).toHaveLength(1);
    // Staff of another provider that serves the elder may read the elder, but not where else the elder waits.
    await t.db.query(`INSERT INTO provider_elder_links (provider_id, elder_id, source) VALUES ($1, $2, 'TEST')`, [otherProvider.id, elderId]);
    expect(expectData(await t.gql(ELDER_WAITLIST, { e: elderId }, u.otherStaff.token)).elderBedWaitlist).toEqual([]);

    for (const [who, want] of Object.entries({ otherFamily: 'NOT_FOUND', officerOut: 'NOT_FOUND', staff: 'FORBIDDEN' })) {
      expect({ who, got: outcome(await t.gql(LEAVE, { id: entry }, u[who].token)) }).toEqual({ who, got: want });
    }
    expect(expectData(await t.gql(LEAVE, { id: entry }, u.officerIn.token)).leaveBedWaitlist.status).toBe('LEFT');
  });

  it('lists reservations with provider, elder, events and offer in a constant number of queries', async () => {
    const query = `query { bedReservations(first: 100) { nodes { id provider { id name } elder { id fullName } events { status actorRole } offer { id } fromWaitlist } } }`;
    const cost = async () => {
      await t.idle(); // the notifications of the holds are made in the background
      const before = t.queries.count;
      expectData(await t.gql(query, {}, u.admin.token));
      return t.queries.count - before;
    };
    const small = await cost();
    for (let i = 0; i < 15; i++) await hold();
    const large = await cost();
    expect(large).toBe(small);
  });
});
