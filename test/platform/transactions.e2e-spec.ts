import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, linkElderToProvider, makeElder, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { HOME, agency, aroundTheClock, book, bookInput, future } from '../home-care/home-care.fixtures.js';

/**
 * The ambient unit of work as the app uses it: a use case never takes a second pool connection while its
 * transaction holds one, one use case is one transaction, and a database failure is never reported as NOT_FOUND.
 */

/** Rejects when the work has not settled in time: a pool that waits on itself never does. */
function settlesWithin<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms: the pool waits on itself`)), ms);
  });
  return Promise.race([work, hung]).finally(() => clearTimeout(timer));
}

describe('bookings on a small pool', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('many concurrent bookings finish on a pool smaller than their number (no read on a second connection)', async () => {
    // Each booking holds one connection for its transaction; a read outside it would wait for a second one,
    // and with every connection held by a booking doing the same, none would ever finish.
    t = await startTestApp({ DATABASE_POOL_SIZE: '2' });
    const provider = await agency(t);
    const n = 8;
    for (let i = 0; i < n; i++) {
      const cg = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
      await aroundTheClock(t, cg.id, provider.id);
    }
    const bookings: Array<{ family: TestUser; elder: { id: string } }> = [];
    for (let i = 0; i < n; i++) {
      const family = await makeUser(t, Role.FAMILY);
      bookings.push({ family, elder: await makeElder(t, family, { location: HOME }) });
    }
    const results = await settlesWithin(
      Promise.all(bookings.map((b) => book(t, b.family.token, bookInput({ provider, elder: b.elder }, { startsAt: future(4, 3).toISOString() })))),
      30_000,
    );
    for (const r of results) expect(expectData(r).bookHomeCareVisit.status).toBe('REQUESTED');
    const [{ holders }] = await t.db.query(
      `SELECT count(DISTINCT held_caregiver_id)::int AS holders FROM home_care_orders WHERE provider_id = $1`,
      [provider.id],
    );
    expect(holders).toBe(n);
  });
});

describe('one use case, one transaction', () => {
  let t: TestApp;
  let provider: { id: string };
  let staff: TestUser;
  let family: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    provider = await agency(t);
    staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    family = await makeUser(t, Role.FAMILY);
    for (let i = 0; i < 2; i++) {
      const cg = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
      await aroundTheClock(t, cg.id, provider.id);
    }
  });
  afterAll(() => t.close());

  const REGISTER = `mutation($i: RegisterHomeBedInput!) { registerHomeBed(input: $i) {
    homeBed { id } booked { id startsAt } skipped { reason } } }`;
  const END = `mutation($id: ID!) { endHomeBed(homeBedId: $id, reason: "入住机构") { status } }`;

  async function homeBed() {
    const elder = await makeElder(t, family, { location: HOME });
    await linkElderToProvider(t, elder.id, provider.id);
    const plan = [{ service: 'MEAL', weekday: 3, time: '11:30', durationMinutes: 30 }];
    const res = expectData(await t.gql(REGISTER, { i: { providerId: provider.id, elderId: elder.id, plan } }, staff.token)).registerHomeBed;
    expect(res.booked.length).toBeGreaterThanOrEqual(3);
    return res;
  }

  it('visits generated from a home-bed plan are booked by SYSTEM on the registrar\'s behalf', async () => {
    const res = await homeBed();
    const orders = await t.db.query(`SELECT booked_by, booked_by_role FROM home_care_orders WHERE home_bed_id = $1`, [res.homeBed.id]);
    expect(orders.every((o: { booked_by: string; booked_by_role: string }) => o.booked_by === staff.id && o.booked_by_role === 'SYSTEM')).toBe(true);
    const events = await t.db.query(
      `SELECT DISTINCT e.actor_id, e.actor_role FROM home_care_order_events e JOIN home_care_orders o ON o.id = e.order_id
        WHERE o.home_bed_id = $1 AND e.action = 'BOOK'`,
      [res.homeBed.id],
    );
    expect(events).toEqual([{ actor_id: null, actor_role: 'SYSTEM' }]);
  });

  it('ending a home bed and cancelling its visits commit together: a failing cancellation leaves the bed active and every visit booked', async () => {
    const res = await homeBed();
    const last = [...res.booked].sort((a: { startsAt: string }, b: { startsAt: string }) => a.startsAt.localeCompare(b.startsAt)).at(-1);
    // The last visit's cancellation fails in the database, after the bed was ended and earlier visits cancelled.
    await t.db.query(`CREATE FUNCTION refuse_cancel() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.status = 'CANCELLED' AND NEW.id = '${last.id}' THEN RAISE EXCEPTION 'cancellation refused'; END IF; RETURN NEW; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_cancel BEFORE UPDATE ON home_care_orders FOR EACH ROW EXECUTE FUNCTION refuse_cancel()`);
    try {
      expectError(await t.gql(END, { id: res.homeBed.id }, staff.token), 'INTERNAL_SERVER_ERROR');
    } finally {
      await t.db.query(`DROP TRIGGER refuse_cancel ON home_care_orders`);
      await t.db.query(`DROP FUNCTION refuse_cancel()`);
    }
    const [bed] = await t.db.query(`SELECT status FROM home_beds WHERE id = $1`, [res.homeBed.id]);
    expect(bed.status).toBe('ACTIVE');
    const statuses = await t.db.query(`SELECT DISTINCT status FROM home_care_orders WHERE home_bed_id = $1`, [res.homeBed.id]);
    expect(statuses).toEqual([{ status: 'REQUESTED' }]);
    const events = await t.db.query(
      `SELECT count(*)::int AS n FROM home_care_order_events e JOIN home_care_orders o ON o.id = e.order_id WHERE o.home_bed_id = $1 AND e.action = 'CANCEL'`,
      [res.homeBed.id],
    );
    expect(events[0].n).toBe(0);
    // Without the failure the same call ends the bed and cancels every visit.
    expect(expectData(await t.gql(END, { id: res.homeBed.id }, staff.token)).endHomeBed.status).toBe('ENDED');
    expect(await t.db.query(`SELECT DISTINCT status FROM home_care_orders WHERE home_bed_id = $1`, [res.homeBed.id])).toEqual([{ status: 'CANCELLED' }]);
  });
});

describe('a database failure is not NOT_FOUND', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Runs the request while a table the access check reads is gone: the check fails, not the object's lookup. */
  const logLines = (): Array<Record<string, unknown>> => t.logs.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line));

  async function withoutTable<T>(table: string, work: () => Promise<T>): Promise<T> {
    await t.db.query(`ALTER TABLE ${table} RENAME TO ${table}_away`);
    try {
      return await work();
    } finally {
      await t.db.query(`ALTER TABLE ${table}_away RENAME TO ${table}`);
    }
  }

  it('reading an assessment whose elder check fails reports an internal error; a stranger still gets NOT_FOUND', async () => {
    const family = await makeUser(t, Role.FAMILY);
    const stranger = await makeUser(t, Role.FAMILY);
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const elder = await makeElder(t, family);
    const vectors = { selfCare: [4, 4, 4, 4, 4, 4, 4, 4], mobility: [4, 4, 4, 3], mentalState: [4, 4, 4, 4, 4, 4, 1, 1, 2], perceptionSocial: [2, 2, 4, 3, 4] };
    const recorded = expectData(
      await t.gql(`mutation($input: CapabilityAssessmentInput!) { recordCapabilityAssessment(input: $input) { id } }`, { input: { elderId: elder.id, ...vectors } }, officer.token),
    ).recordCapabilityAssessment;
    const ONE = `query($id: ID!) { capabilityAssessment(id: $id) { id } }`;
    expect(expectData(await t.gql(ONE, { id: recorded.id }, family.token)).capabilityAssessment.id).toBe(recorded.id);
    expectError(await t.gql(ONE, { id: recorded.id }, stranger.token), 'NOT_FOUND');
    const res = await withoutTable('elder_guardians', () =>
      t.http().post('/graphql').set('authorization', `Bearer ${family.token}`).set('x-request-id', 'read-fails-1').send({ query: ONE, variables: { id: recorded.id } }),
    );
    expectError(res.body, 'INTERNAL_SERVER_ERROR');
    // The log line of what went wrong names the request, though a read runs without the ambient store.
    expect(logLines().some((l) => l.msg === 'unexpected error in GraphQL operation' && l.requestId === 'read-fails-1')).toBe(true);
  });

  it('a home bed whose elder check fails reports an internal error, not NOT_FOUND', async () => {
    const provider = await agency(t);
    const family = await makeUser(t, Role.FAMILY);
    const cg = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
    await aroundTheClock(t, cg.id, provider.id);
    const elder = await makeElder(t, family, { location: HOME });
    const bed = expectData(
      await t.gql(
        `mutation($i: RegisterHomeBedInput!) { registerHomeBed(input: $i) { homeBed { id } } }`,
        { i: { providerId: provider.id, elderId: elder.id, plan: [{ service: 'MEAL', weekday: 3, time: '11:30', durationMinutes: 30 }] } },
        family.token,
      ),
    ).registerHomeBed.homeBed;
    const EXTEND = `mutation($id: ID!) { extendHomeBedVisits(homeBedId: $id) { homeBed { id } } }`;
    expectError(await t.gql(EXTEND, { id: bed.id }, (await makeUser(t, Role.FAMILY)).token), 'NOT_FOUND');
    const failed = await withoutTable('elder_guardians', () =>
      t.http().post('/graphql').set('authorization', `Bearer ${family.token}`).set('x-request-id', 'write-fails-1').send({ query: EXTEND, variables: { id: bed.id } }),
    );
    expectError(failed.body, 'INTERNAL_SERVER_ERROR');
    expect(logLines().some((l) => l.msg === 'unexpected error in GraphQL operation' && l.requestId === 'write-fails-1')).toBe(true);
  });

  it('setting a caregiver profile whose provider check fails reports an internal error, not NOT_FOUND', async () => {
    const provider = await agency(t);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    const cg = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
    const SET = `mutation($c: ID!, $i: SetCaregiverProfileInput!) { setCaregiverProfile(caregiverId: $c, input: $i) { id } }`;
    const other = await makeUser(t, Role.PROVIDER_STAFF, { providerId: (await agency(t)).id });
    expectError(await t.gql(SET, { c: cg.id, i: { qualifiedServices: ['MEAL'] } }, other.token), 'NOT_FOUND');
    // The provider lookup fails: a broken query, not a missing provider.
    expectError(await withoutTable('providers', () => t.gql(SET, { c: cg.id, i: { qualifiedServices: ['MEAL'] } }, staff.token)), 'INTERNAL_SERVER_ERROR');
  });
});
