import { Role } from '../../src/core/domain/enums.js';
import { HomeBedService } from '../../src/modules/home-care/home-bed.service.js';
import { expectData, expectError, makeElder, makeUser, setServices, linkElderToProvider, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ASSIGN,
  CANCEL,
  CHECK_IN,
  HOME,
  NO_SHOW,
  ORDER,
  ORDERS,
  RESCHEDULE,
  REVIEW,
  agency,
  aroundTheClock,
  bookInput,
  bookOk,
  buildWorld,
  future,
  type World,
} from './home-care.fixtures.js';

const MINUTE = 60_000;

describe('home care: who sees and changes which orders', () => {
  let t: TestApp;
  let w: World;
  let mine: { id: string }; // family's elder, provider P, assigned to cg1
  let unassigned: { id: string }; // family's elder, provider P, not assigned
  let theirs: { id: string }; // otherFamily's elder, other provider, assigned to otherCaregiver
  let beijing: { id: string }; // an elder and provider in Beijing (1101), booked by a Beijing officer
  let beijingOfficer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    mine = await bookOk(t, w.family.token, bookInput(w, { startsAt: new Date(Date.now() + 10 * MINUTE).toISOString() }));
    expectData(await t.gql(ASSIGN, { o: mine.id, c: w.cg1.id }, w.staff.token));
    unassigned = await bookOk(t, w.family.token, bookInput(w, { startsAt: future(2).toISOString() }));
    theirs = await bookOk(t, w.otherFamily.token, bookInput({ provider: w.otherProvider, elder: w.otherElder }, { startsAt: future(2).toISOString() }));
    expectData(await t.gql(ASSIGN, { o: theirs.id, c: w.otherCaregiver.id }, w.otherStaff.token));
    const bjProvider = await agency(t, { regionCode: '110101', latitude: 39.9, longitude: 116.4 });
    const bjCarer = await makeUser(t, Role.CAREGIVER, { providerId: bjProvider.id });
    await aroundTheClock(t, bjCarer.id, bjProvider.id);
    beijingOfficer = w.outsideOfficer; // scope "11"
    const bjElder = await makeElder(t, beijingOfficer, { regionCode: '110101', location: { latitude: 39.901, longitude: 116.401 } });
    beijing = await bookOk(t, beijingOfficer.token, bookInput({ provider: bjProvider, elder: bjElder }, { startsAt: future(2).toISOString() }));
  });
  afterAll(() => t.close());

  const sees = async (user: TestUser, id: string) => {
    const res = await t.gql(ORDER, { id }, user.token);
    expect(res.errors).toBeUndefined();
    return res.data!.homeCareOrder !== null;
  };
  const listed = async (user: TestUser) => {
    const res = expectData(await t.gql(ORDERS, { first: 100 }, user.token));
    return new Set(res.homeCareOrders.nodes.map((n: { id: string }) => n.id));
  };

  it('shows each role exactly its own orders, one by one and in lists', async () => {
    const all = { mine: mine.id, unassigned: unassigned.id, theirs: theirs.id, beijing: beijing.id };
    const expected: Record<string, string[]> = {
      family: ['mine', 'unassigned'],
      otherFamily: ['theirs'],
      cg1: ['mine'],
      cg2: [],
      otherCaregiver: ['theirs'],
      staff: ['mine', 'unassigned'],
      otherStaff: ['theirs'],
      officer: ['mine', 'unassigned', 'theirs'],
      outsideOfficer: ['beijing'],
      admin: ['mine', 'unassigned', 'theirs', 'beijing'],
    };
    for (const [who, names] of Object.entries(expected)) {
      const user = (w as unknown as Record<string, TestUser>)[who];
      const seen: string[] = [];
      for (const [name, id] of Object.entries(all)) if (await sees(user, id)) seen.push(name);
      expect({ who, seen }).toEqual({ who, seen: names });
      const inList = await listed(user);
      expect({ who, listed: Object.entries(all).filter(([, id]) => inList.has(id)).map(([n]) => n) }).toEqual({ who, listed: names });
    }
  });

  it('shows the assigned caregiver the elder\'s name and address to find the home', async () => {
    const q = `query($id: ID!) { homeCareOrder(id: $id) { elder { id fullName address age } provider { name } caregiver { id displayName } } }`;
    const asCaregiver = expectData(await t.gql(q, { id: mine.id }, w.cg1.token)).homeCareOrder;
    expect(asCaregiver.elder).toMatchObject({ id: w.elder.id, address: expect.any(String) });
    expect(asCaregiver.caregiver).toEqual({ id: w.cg1.id, displayName: '护理员甲' });
    const asFamily = expectData(await t.gql(q, { id: mine.id }, w.family.token)).homeCareOrder;
    expect(asFamily.elder.address).toBe(asCaregiver.elder.address);
  });

  it('answers NOT_FOUND for changes to orders the caller cannot see', async () => {
    expectError(await t.gql(CANCEL, { o: mine.id, r: 'x' }, w.otherFamily.token), 'NOT_FOUND');
    expectError(await t.gql(RESCHEDULE, { o: mine.id, s: future(4).toISOString() }, w.outsideOfficer.token), 'NOT_FOUND');
    expectError(await t.gql(ASSIGN, { o: unassigned.id, c: w.cg2.id }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(CHECK_IN, { o: mine.id, l: HOME }, w.otherCaregiver.token), 'NOT_FOUND');
    expectError(await t.gql(CHECK_IN, { o: mine.id, l: HOME }, w.cg2.token), 'NOT_FOUND');
    expectError(await t.gql(NO_SHOW, { o: mine.id, r: 'x' }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(REVIEW, { o: mine.id, s: 5 }, w.otherFamily.token), 'NOT_FOUND');
    expectError(await t.gql(CANCEL, { o: '00000000-0000-4000-8000-000000000000', r: 'x' }, w.admin.token), 'FORBIDDEN');
    expectError(await t.gql(CANCEL, { o: 'not-a-uuid', r: 'x' }, w.family.token), 'BAD_USER_INPUT');
    expectError(await t.gql(ORDER, { id: 'not-a-uuid' }, w.family.token), 'BAD_USER_INPUT');
  });

  it('requires a signed-in caller', async () => {
    expectError(await t.gql(ORDER, { id: mine.id }), 'UNAUTHENTICATED');
    expectError(await t.gql(ORDERS, {}), 'UNAUTHENTICATED');
  });

  it('filters and pages inside the caller\'s scope', async () => {
    const requested = expectData(await t.gql(ORDERS, { f: { status: ['REQUESTED'] } }, w.officer.token)).homeCareOrders;
    expect(requested.nodes.map((n: { status: string }) => n.status)).toEqual(['REQUESTED']);
    const byProvider = expectData(await t.gql(ORDERS, { f: { providerId: w.otherProvider.id } }, w.family.token)).homeCareOrders;
    expect(byProvider.totalCount).toBe(0);
    const page1 = expectData(await t.gql(ORDERS, { first: 1 }, w.admin.token)).homeCareOrders;
    expect(page1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const page2 = expectData(await t.gql(ORDERS, { first: 3, after: page1.pageInfo.endCursor }, w.admin.token)).homeCareOrders;
    expect(page2.nodes).toHaveLength(3);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page2.nodes.map((n: { id: string }) => n.id)).not.toContain(page1.nodes[0].id);
    const window = expectData(await t.gql(ORDERS, { f: { from: future(1).toISOString() } }, w.family.token)).homeCareOrders;
    expect(window.nodes.map((n: { id: string }) => n.id)).toEqual([unassigned.id]);
  });

  it('costs a constant number of queries however many orders a page holds', async () => {
    for (let i = 0; i < 8; i++) {
      const e = await makeElder(t, w.family, { location: HOME });
      const o = await bookOk(t, w.family.token, bookInput({ provider: w.provider, elder: e }, { startsAt: future(5, i * 2).toISOString() }));
      expectData(await t.gql(ASSIGN, { o: o.id, c: i % 2 ? w.cg1.id : w.cg2.id }, w.staff.token));
    }
    const query = `query($first: Int) { homeCareOrders(first: $first) { nodes { id caregiver { displayName } provider { name } elder { id }
      events { action actor } checkIn { at } review { stars } } } }`;
    const count = async (first: number) => {
      await t.idle(); // the notifications of the bookings are made in the background
      const before = t.queries.count;
      expectData(await t.gql(query, { first }, w.staff.token));
      return t.queries.count - before;
    };
    const small = await count(2);
    const large = await count(10);
    expect(large).toBe(small);
  });
});

describe('home care: caregiver profiles and home beds', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const SET_PROFILE = `mutation($c: ID!, $i: SetCaregiverProfileInput!) { setCaregiverProfile(caregiverId: $c, input: $i) {
    id qualifiedServices customQualifications customHours workingHours { weekday startTime endTime } } }`;
  const CAREGIVERS = `query($p: ID!) { caregivers(providerId: $p) { id displayName qualifiedServices customHours workingHours { weekday startTime endTime } } }`;

  it('defaults to every offered service and 08:00-20:00 every day; staff of the provider set them', async () => {
    const fresh = await makeUser(t, Role.CAREGIVER, { providerId: w.provider.id, displayName: '新护理员' });
    const list = expectData(await t.gql(CAREGIVERS, { p: w.provider.id }, w.staff.token)).caregivers;
    const mineNow = list.find((c: { id: string }) => c.id === fresh.id);
    expect(mineNow.qualifiedServices.sort()).toEqual(['BATHING', 'COMPANIONSHIP', 'MEAL']);
    expect(mineNow.workingHours).toHaveLength(7);
    expect(mineNow.workingHours[0]).toEqual({ weekday: 1, startTime: '08:00', endTime: '20:00' });
    const set = expectData(
      await t.gql(SET_PROFILE, { c: fresh.id, i: { qualifiedServices: ['MEAL'], workingHours: [{ weekday: 1, startTime: '09:00', endTime: '12:00' }] } }, w.staff.token),
    ).setCaregiverProfile;
    expect(set).toMatchObject({ qualifiedServices: ['MEAL'], customQualifications: true, customHours: true, workingHours: [{ weekday: 1, startTime: '09:00', endTime: '12:00' }] });
    // omitted fields stay; null restores the default
    const reset = expectData(await t.gql(SET_PROFILE, { c: fresh.id, i: { workingHours: null } }, w.staff.token)).setCaregiverProfile;
    expect(reset).toMatchObject({ qualifiedServices: ['MEAL'], customHours: false });
    const me = expectData(await t.gql(`{ myCaregiverProfile { id qualifiedServices } }`, {}, fresh.token)).myCaregiverProfile;
    expect(me).toEqual({ id: fresh.id, qualifiedServices: ['MEAL'] });
  });

  it('refuses bad hours naming the fields, and other providers\' staff', async () => {
    const bad = expectError(
      await t.gql(SET_PROFILE, { c: w.cg1.id, i: { workingHours: [{ weekday: 2, startTime: '18:00', endTime: '09:00' }, { weekday: 8, startTime: '9', endTime: '10:00' }] } }, w.staff.token),
      'BAD_USER_INPUT',
    );
    expect(bad.extensions!.fields!.map((f) => f.path).sort()).toEqual(['input.workingHours.1.startTime', 'input.workingHours.1.weekday'].sort());
    const order = expectError(await t.gql(SET_PROFILE, { c: w.cg1.id, i: { workingHours: [{ weekday: 2, startTime: '18:00', endTime: '09:00' }] } }, w.staff.token), 'BAD_USER_INPUT');
    expect(order.extensions!.fields![0].path).toBe('input.workingHours[0]');
    expectError(await t.gql(SET_PROFILE, { c: w.cg1.id, i: { qualifiedServices: ['MEAL'] } }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(SET_PROFILE, { c: w.cg1.id, i: { qualifiedServices: ['MEAL'] } }, w.cg1.token), 'FORBIDDEN');
    expectError(await t.gql(CAREGIVERS, { p: w.provider.id }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(CAREGIVERS, { p: w.provider.id }, w.family.token), 'FORBIDDEN');
    expect(expectData(await t.gql(CAREGIVERS, { p: w.provider.id }, w.officer.token)).caregivers.length).toBeGreaterThanOrEqual(2);
  });

  const REGISTER = `mutation($i: RegisterHomeBedInput!) { registerHomeBed(input: $i) {
    homeBed { id status providerId elderId generatedUntil plan { service weekday time durationMinutes } }
    booked { id status startsAt service } skipped { service startsAt reason } } }`;

  it('registers a home bed whose weekly plan books its visits 4 weeks ahead through the booking rules', async () => {
    const elder = await makeElder(t, w.family, { location: HOME });
    await linkElderToProvider(t, elder.id, w.provider.id);
    const plan = [
      { service: 'BATHING', weekday: 2, time: '10:00', durationMinutes: 60 },
      { service: 'MEAL', weekday: 5, time: '11:30', durationMinutes: 30 },
    ];
    const res = expectData(await t.gql(REGISTER, { i: { providerId: w.provider.id, elderId: elder.id, plan } }, w.staff.token)).registerHomeBed;
    expect(res.homeBed).toMatchObject({ status: 'ACTIVE', providerId: w.provider.id, plan });
    expect(res.skipped).toEqual([]);
    expect(res.booked.length).toBeGreaterThanOrEqual(7);
    expect(res.booked.length).toBeLessThanOrEqual(8);
    for (const o of res.booked) {
      const local = new Date(Date.parse(o.startsAt) + 8 * 60 * MINUTE);
      const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
      expect([o.service, weekday, local.toISOString().slice(11, 16)]).toEqual(
        o.service === 'BATHING' ? ['BATHING', 2, '10:00'] : ['MEAL', 5, '11:30'],
      );
      expect(Date.parse(o.startsAt)).toBeLessThan(Date.now() + 28 * 24 * 60 * MINUTE);
    }
    // generating again books nothing new (each planned visit has its own idempotency key)
    const again = expectData(
      await t.gql(`mutation($id: ID!) { extendHomeBedVisits(homeBedId: $id) { booked { id } } }`, { id: res.homeBed.id }, w.staff.token),
    ).extendHomeBedVisits;
    expect(again.booked.map((b: { id: string }) => b.id).sort()).toEqual(res.booked.map((b: { id: string }) => b.id).sort());
    // the daily job does the same for every active bed
    await t.app.get(HomeBedService).extendAll();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM home_care_orders WHERE home_bed_id = $1`, [res.homeBed.id]);
    expect(n).toBe(res.booked.length);
    // it counts as the provider's own bed
    const p = expectData(await t.gql(`query($id: ID!) { provider(id: $id) { homeBedCount } }`, { id: w.provider.id }));
    expect(p.provider.homeBedCount).toBe(1);
    expectError(await t.gql(REGISTER, { i: { providerId: w.provider.id, elderId: elder.id, plan } }, w.staff.token), 'CONFLICT', 'HOME_BED_EXISTS');
    // ending it cancels the visits that have not started
    const ended = expectData(
      await t.gql(`mutation($id: ID!) { endHomeBed(homeBedId: $id, reason: "入住机构") { status endedAt } }`, { id: res.homeBed.id }, w.staff.token),
    ).endHomeBed;
    expect(ended.status).toBe('ENDED');
    const statuses = await t.db.query(`SELECT DISTINCT status FROM home_care_orders WHERE home_bed_id = $1`, [res.homeBed.id]);
    expect(statuses).toEqual([{ status: 'CANCELLED' }]);
    expect(expectData(await t.gql(`query($id: ID!) { provider(id: $id) { homeBedCount } }`, { id: w.provider.id })).provider.homeBedCount).toBe(0);
  });

  it('reports planned visits that no caregiver can take, and refuses providers without home beds and strangers', async () => {
    const elder = await makeElder(t, w.family, { location: HOME });
    const plan = [{ service: 'HOME_ADAPTATION', weekday: 3, time: '10:00', durationMinutes: 60 }];
    expectError(await t.gql(REGISTER, { i: { providerId: w.provider.id, elderId: elder.id, plan } }, w.family.token), 'BAD_USER_INPUT', 'SERVICE_NOT_OFFERED');
    const dayCare = await agency(t, { kind: 'DAY_CARE_CENTRE' });
    expectError(
      await t.gql(REGISTER, { i: { providerId: dayCare.id, elderId: elder.id, plan: [{ service: 'MEAL', weekday: 3, time: '10:00', durationMinutes: 30 }] } }, w.family.token),
      'BAD_USER_INPUT',
      'HOME_BED_NOT_ALLOWED',
    );
    // staff of another provider, and staff for an elder their provider does not serve
    expectError(await t.gql(REGISTER, { i: { providerId: w.provider.id, elderId: elder.id, plan: [{ service: 'MEAL', weekday: 3, time: '10:00', durationMinutes: 30 }] } }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(REGISTER, { i: { providerId: w.provider.id, elderId: elder.id, plan: [{ service: 'MEAL', weekday: 3, time: '10:00', durationMinutes: 30 }] } }, w.staff.token), 'NOT_FOUND');
    // the guardian registers; a provider with nobody qualified for bathing gets every bath reported as skipped
    const mealsOnly = await agency(t, { kind: 'NURSING_HOME' });
    await setServices(t, mealsOnly.id, [{ kind: 'MEAL', priceFen: 1500, durationMinutes: 30 }, { kind: 'BATHING', priceFen: 8000, durationMinutes: 60 }]);
    const cook = await makeUser(t, Role.CAREGIVER, { providerId: mealsOnly.id });
    await aroundTheClock(t, cook.id, mealsOnly.id, ['MEAL']);
    const res = expectData(
      await t.gql(
        REGISTER,
        { i: { providerId: mealsOnly.id, elderId: elder.id, plan: [{ service: 'MEAL', weekday: 1, time: '12:00', durationMinutes: 30 }, { service: 'BATHING', weekday: 4, time: '15:00', durationMinutes: 60 }] } },
        w.family.token,
      ),
    ).registerHomeBed;
    expect(res.booked.every((o: { service: string }) => o.service === 'MEAL')).toBe(true);
    expect(res.booked.length).toBeGreaterThanOrEqual(3);
    expect(res.skipped.length).toBeGreaterThanOrEqual(3);
    expect(res.skipped.every((s: { service: string; reason: string }) => s.service === 'BATHING' && s.reason === 'SLOT_UNAVAILABLE')).toBe(true);
  });
});
