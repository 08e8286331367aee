import { Role } from '../../src/core/domain/enums.js';
import { agency, aroundTheClock, ASSIGN, bookOk, future, HOME, nextKey } from '../home-care/home-care.fixtures.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * The nested-read matrix: every object that links an elder, read by every role, must show the elder exactly as the
 * one visibility rule says (FULL, OVERVIEW or nothing), never more than `elder(id)` would.
 *
 * The elder lives in 3708 (Jining, township 370811001); the providers serving it are in 3701 (Jinan). So an officer
 * of 3701 oversees the providers but not the elder: the overview. An officer of 3708 sees the record.
 */

type Seen = 'FULL' | 'OVERVIEW' | 'hidden';
type Who =
  | 'guardian' | 'otherFamily' | 'caregiverAssigned' | 'caregiverNotAssigned' | 'staffOfAgency' | 'staffOfHome' | 'staffOfOther'
  | 'officerOfElder' | 'officerOfProviders' | 'officerElsewhere' | 'admin';
const EVERYONE: Who[] = [
  'guardian', 'otherFamily', 'caregiverAssigned', 'caregiverNotAssigned', 'staffOfAgency', 'staffOfHome', 'staffOfOther',
  'officerOfElder', 'officerOfProviders', 'officerElsewhere', 'admin',
];

const ELDER_FIELDS = `id view fullName gender birthDate age ageBand regionCode idNumberMasked careLevel categories verifiedCategories
  categoryDetails { category } supportForm subsidy { basis } address phone location { latitude } guardians { userId }
  latestAssessment { totalScore } assessments { id } nextAssessmentDue`;

const ELDER_NAME = '欧阳秀兰';
const BIRTH = '1940-06-15';

describe('elders: every object that links an elder applies the elder visibility rule', () => {
  let t: TestApp;
  const u = {} as Record<Who, TestUser>;
  let elder: { id: string; idNumber: string };
  let waiting: { id: string };
  let agencyId: string;
  let homeId: string;
  let orderId: string;
  let reservationId: string;

  /** What the caller saw of the elder object, checked field by field against the view it claims. */
  function classify(e: Record<string, any> | null | undefined, name = ELDER_NAME): Seen {
    if (!e) return 'hidden';
    if (e.view === 'FULL') {
      expect(e.fullName).toBe(name);
      expect(e.birthDate).not.toBeNull();
      expect(e.address).not.toBeNull();
      expect(e.categories).not.toBeNull();
      expect(e.idNumberMasked).toMatch(/^\*+(\*{4}|[0-9X]{4})$/);
      return 'FULL';
    }
    expect(e.view).toBe('OVERVIEW');
    expect(e.fullName).toBe(`${[...name][0]}***`);
    expect(e.ageBand).toBe('85-89');
    expect(e.regionCode).toBe('370811');
    expect(e.idNumberMasked).toBe('*'.repeat(18));
    for (const hidden of ['birthDate', 'age', 'categories', 'verifiedCategories', 'categoryDetails', 'supportForm', 'subsidy', 'address',
      'phone', 'location', 'guardians', 'latestAssessment', 'assessments', 'nextAssessmentDue']) {
      expect([hidden, e[hidden]]).toEqual([hidden, null]);
    }
    const text = JSON.stringify(e);
    expect(text).not.toContain(name.slice(1));
    expect(text).not.toContain(BIRTH);
    return 'OVERVIEW';
  }

  /** The elder object at `pick(data)`, or hidden when the parent itself is refused or missing. */
  const seen = (res: GraphQLResponse, pick: (data: any) => any): Seen => (res.errors || !res.data ? 'hidden' : classify(pick(res.data)));

  async function matrix(query: string, variables: Record<string, unknown>, pick: (data: any) => any): Promise<Record<Who, Seen>> {
    const out = {} as Record<Who, Seen>;
    for (const who of EVERYONE) out[who] = seen(await t.gql(query, variables, u[who].token), pick);
    return out;
  }

  beforeAll(async () => {
    t = await startTestApp();
    agencyId = (await agency(t, { regionCode: '370102' })).id;
    homeId = (await makeProvider(t, { regionCode: '370102', kind: 'NURSING_HOME' })).id;
    const otherId = (await makeProvider(t, { regionCode: '370102' })).id;
    u.guardian = await makeUser(t, Role.FAMILY);
    u.otherFamily = await makeUser(t, Role.FAMILY);
    u.caregiverAssigned = await makeUser(t, Role.CAREGIVER, { providerId: agencyId });
    u.caregiverNotAssigned = await makeUser(t, Role.CAREGIVER, { providerId: agencyId });
    u.staffOfAgency = await makeUser(t, Role.PROVIDER_STAFF, { providerId: agencyId });
    u.staffOfHome = await makeUser(t, Role.PROVIDER_STAFF, { providerId: homeId });
    u.staffOfOther = await makeUser(t, Role.PROVIDER_STAFF, { providerId: otherId });
    u.officerOfElder = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    u.officerOfProviders = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3701' });
    u.officerElsewhere = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    u.admin = await makeUser(t, Role.ADMIN);
    await aroundTheClock(t, u.caregiverAssigned.id, agencyId);

    elder = await makeElder(t, u.guardian, {
      fullName: ELDER_NAME, birthDate: BIRTH, regionCode: '370811006', location: HOME, categories: ['LOW_INCOME', 'LIVING_ALONE'],
    });
    waiting = await makeElder(t, u.guardian, { fullName: ELDER_NAME, birthDate: BIRTH, regionCode: '370811006', location: HOME });
    expectData(await t.gql(
      `mutation($input: CapabilityAssessmentInput!) { recordCapabilityAssessment(input: $input) { id } }`,
      { input: { elderId: elder.id, selfCare: [4, 4, 4, 4, 4, 4, 4, 4], mobility: [4, 4, 4, 3], mentalState: [4, 4, 4, 4, 4, 4, 1, 1, 2], perceptionSocial: [2, 2, 4, 3, 4], dementiaDiagnosed: true } },
      u.officerOfElder.token,
    ));

    const order = await bookOk(t, u.guardian.token, {
      elderId: elder.id, providerId: agencyId, service: 'BATHING', startsAt: future(3).toISOString(), durationMinutes: 60, idempotencyKey: nextKey(),
    });
    orderId = order.id;
    expectData(await t.gql(ASSIGN, { o: orderId, c: u.caregiverAssigned.id }, u.staffOfAgency.token));

    await setCapacity(t, homeId, 'SELF_CARE', 5);
    await setCapacity(t, homeId, 'NURSING', 1, 1);
    reservationId = expectData(await t.gql(
      `mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id } }`,
      { input: { providerId: homeId, elderId: elder.id, category: 'SELF_CARE', idempotencyKey: nextKey() } },
      u.guardian.token,
    )).reserveBed.id;
    expectData(await t.gql(
      `mutation($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id } }`,
      { input: { providerId: homeId, elderId: waiting.id, category: 'NURSING' } },
      u.guardian.token,
    ));
  });
  afterAll(() => t.close());

  it('elder(id) and the elder lists', async () => {
    expect(await matrix(`query($id: ID!) { elder(id: $id) { ${ELDER_FIELDS} } }`, { id: elder.id }, (d) => d.elder)).toEqual({
      guardian: 'FULL', otherFamily: 'hidden', caregiverAssigned: 'hidden', caregiverNotAssigned: 'hidden',
      staffOfAgency: 'FULL', staffOfHome: 'FULL', staffOfOther: 'hidden',
      officerOfElder: 'FULL', officerOfProviders: 'OVERVIEW', officerElsewhere: 'hidden', admin: 'OVERVIEW',
    });
    // Lists: an admin's holds no personal data either.
    expect(await matrix(`{ elders(first: 100) { nodes { ${ELDER_FIELDS} } } }`, {}, (d) => d.elders.nodes.find((n: any) => n.id === elder.id))).toEqual({
      guardian: 'hidden', otherFamily: 'hidden', caregiverAssigned: 'hidden', caregiverNotAssigned: 'hidden',
      staffOfAgency: 'FULL', staffOfHome: 'FULL', staffOfOther: 'hidden',
      officerOfElder: 'FULL', officerOfProviders: 'hidden', officerElsewhere: 'hidden', admin: 'OVERVIEW',
    });
    expect(classify(expectData(await t.gql(`{ myElders { ${ELDER_FIELDS} } }`, {}, u.guardian.token)).myElders.find((e: any) => e.id === elder.id))).toBe('FULL');
  });

  it('homeCareOrder(id).elder and homeCareOrders.nodes.elder', async () => {
    const expected = {
      guardian: 'FULL', otherFamily: 'hidden', caregiverAssigned: 'FULL', caregiverNotAssigned: 'hidden',
      staffOfAgency: 'FULL', staffOfHome: 'hidden', staffOfOther: 'hidden',
      officerOfElder: 'FULL', officerOfProviders: 'OVERVIEW', officerElsewhere: 'hidden', admin: 'OVERVIEW',
    };
    expect(await matrix(`query($id: ID!) { homeCareOrder(id: $id) { elder { ${ELDER_FIELDS} } } }`, { id: orderId }, (d) => d.homeCareOrder?.elder)).toEqual(expected);
    expect(await matrix(`{ homeCareOrders(first: 100) { nodes { id elder { ${ELDER_FIELDS} } } } }`, {},
      (d) => d.homeCareOrders.nodes.find((n: any) => n.id === orderId)?.elder)).toEqual(expected);
  });

  it('bedReservation(id).elder and bedReservations.nodes.elder', async () => {
    const expected = {
      guardian: 'FULL', otherFamily: 'hidden', caregiverAssigned: 'hidden', caregiverNotAssigned: 'hidden',
      staffOfAgency: 'hidden', staffOfHome: 'FULL', staffOfOther: 'hidden',
      officerOfElder: 'FULL', officerOfProviders: 'OVERVIEW', officerElsewhere: 'hidden', admin: 'OVERVIEW',
    };
    expect(await matrix(`query($id: ID!) { bedReservation(id: $id) { elder { ${ELDER_FIELDS} } } }`, { id: reservationId }, (d) => d.bedReservation?.elder)).toEqual(expected);
    expect(await matrix(`{ bedReservations(first: 100) { nodes { id elder { ${ELDER_FIELDS} } } } }`, {},
      (d) => d.bedReservations.nodes.find((n: any) => n.id === reservationId)?.elder)).toEqual(expected);
  });

  it('bedWaitlist(provider).elder and elderBedWaitlist(elder).elder', async () => {
    const pickWaiting = (list: any[]) => list.find((e: any) => e.elderId === waiting.id)?.elder;
    expect(await matrix(`query($p: ID!) { bedWaitlist(providerId: $p, category: NURSING) { elderId elder { ${ELDER_FIELDS} } } }`, { p: homeId },
      (d) => pickWaiting(d.bedWaitlist))).toEqual({
      guardian: 'FULL', otherFamily: 'hidden', caregiverAssigned: 'hidden', caregiverNotAssigned: 'hidden',
      staffOfAgency: 'hidden', staffOfHome: 'FULL', staffOfOther: 'hidden',
      officerOfElder: 'hidden', officerOfProviders: 'OVERVIEW', officerElsewhere: 'hidden', admin: 'OVERVIEW',
    });
    expect(await matrix(`query($e: ID!) { elderBedWaitlist(elderId: $e) { elderId elder { ${ELDER_FIELDS} } } }`, { e: waiting.id },
      (d) => pickWaiting(d.elderBedWaitlist))).toEqual({
      guardian: 'FULL', otherFamily: 'hidden', caregiverAssigned: 'hidden', caregiverNotAssigned: 'hidden',
      staffOfAgency: 'hidden', staffOfHome: 'FULL', staffOfOther: 'hidden',
      officerOfElder: 'FULL', officerOfProviders: 'hidden', officerElsewhere: 'hidden', admin: 'hidden',
    });
  });

  it('the overview officer gets no scores, diagnosis or subsidy through any path, and no capability assessment by id', async () => {
    const res = await t.gql(`query($id: ID!) { homeCareOrder(id: $id) { elder { latestAssessment { totalScore dimensionScores { selfCare } } subsidy { basis } } } }`,
      { id: orderId }, u.officerOfProviders.token);
    expect(expectData(res).homeCareOrder.elder).toEqual({ latestAssessment: null, subsidy: null });
    const [{ latest_assessment_id }] = await t.db.query(`SELECT latest_assessment_id FROM elders WHERE id = $1`, [elder.id]);
    for (const who of ['officerOfProviders', 'admin'] as const) {
      const a = await t.gql(`query($id: ID!) { capabilityAssessment(id: $id) { id } }`, { id: latest_assessment_id }, u[who].token);
      expect(a.errors![0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('shows the last 4 of the ID number to guardians only', async () => {
    const read = async (who: Who) => expectData(await t.gql(`query($id: ID!) { homeCareOrder(id: $id) { elder { idNumberMasked } } }`, { id: orderId }, u[who].token)).homeCareOrder.elder.idNumberMasked;
    expect(await read('guardian')).toBe(`**************${elder.idNumber.slice(-4)}`);
    for (const who of ['caregiverAssigned', 'staffOfAgency', 'officerOfElder', 'officerOfProviders', 'admin'] as const) {
      expect(await read(who)).toBe('*'.repeat(18));
    }
    // Nothing of the first 14 characters is kept, even in the table.
    const [{ id_number_masked }] = await t.db.query(`SELECT id_number_masked FROM elders WHERE id = $1`, [elder.id]);
    expect(id_number_masked).toBe(`**************${elder.idNumber.slice(-4)}`);
  });

  it('an admin cannot reveal categories by filtering the list with them', async () => {
    const res = await t.gql(`{ elders(first: 10, filter: { categories: [LOW_INCOME] }) { totalCount } }`, {}, u.admin.token);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs a constant number of queries for a list, whatever the number of elders in it', async () => {
    const count = async () => {
      await t.gql(`{ me { id } }`, {}, u.admin.token);
      const before = t.queries.count;
      expectData(await t.gql(`{ elders(first: 100) { nodes { ${ELDER_FIELDS} } } }`, {}, u.admin.token));
      return t.queries.count - before;
    };
    const few = await count();
    for (let i = 0; i < 4; i++) await makeElder(t, u.guardian, { regionCode: '370811006' });
    expect(await count()).toBe(few);
  });
});
