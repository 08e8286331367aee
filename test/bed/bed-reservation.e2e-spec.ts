import { Role } from '../../src/core/domain/enums.js';
import { BedExpiryJob } from '../../src/modules/bed/bed-expiry.job.js';
import { expectData, expectError, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RESERVE = `mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status category expiresAt governmentSupported fromWaitlist
  provider { id } elder { id } events { fromStatus status actorId actorRole note } } }`;
const ADMIT = `mutation($id: ID!) { admitReservation(reservationId: $id) { id status admittedAt events { fromStatus status actorId actorRole } } }`;
const RELEASE = `mutation($id: ID!, $reason: String!) { releaseReservation(reservationId: $id, reason: $reason) { id status endedAt events { status actorId note } } }`;
const DISCHARGE = `mutation($id: ID!, $reason: String!) { dischargeResident(reservationId: $id, reason: $reason) { id status endedAt } }`;
const GET = `query($id: ID!) { bedReservation(id: $id) { id status } }`;
const LIST = `query($filter: BedReservationFilter, $first: Int) { bedReservations(filter: $filter, first: $first) { totalCount nodes { id status elderId providerId } } }`;

let keySeq = 0;
const key = () => `key-${++keySeq}`;

async function counts(t: TestApp, providerId: string, category = 'NURSING') {
  const [row] = await t.db.query(`SELECT total, occupied, reserved, version FROM bed_capacity WHERE provider_id = $1 AND category = $2`, [
    providerId,
    category,
  ]);
  return row as { total: number; occupied: number; reserved: number; version: number };
}

describe('bed reservations: hold, admit, release, discharge', () => {
  let t: TestApp;
  let officer: TestUser;
  let family: TestUser;
  let provider: { id: string };
  let staff: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    family = await makeUser(t, Role.FAMILY);
    provider = await makeProvider(t);
    staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
  });
  afterAll(async () => {
    // No listener, job or unexpected failure behind the scenes (business refusals are logged by Nest and are fine).
    const errors = t.logs.filter((line) => /event listener failed|unexpected error|expiry failed|query failed/.test(line));
    await t.close();
    expect(errors).toEqual([]);
  });

  it('holds a bed for 48 hours, counts it as reserved, records the actor, links the provider', async () => {
    await setCapacity(t, provider.id, 'NURSING', 5, 1);
    const elder = await makeElder(t, family);
    const before = Date.now();
    const res = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: elder.id, category: 'NURSING', idempotencyKey: key() } }, family.token));
    const r = res.reserveBed;
    expect(r).toMatchObject({ status: 'HELD', category: 'NURSING', governmentSupported: false, fromWaitlist: false, provider: { id: provider.id }, elder: { id: elder.id } });
    const hours = (new Date(r.expiresAt).getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThan(48.1);
    expect(r.events).toEqual([{ fromStatus: null, status: 'HELD', actorId: family.id, actorRole: 'FAMILY', note: null }]);
    expect(await counts(t, provider.id)).toMatchObject({ total: 5, occupied: 1, reserved: 1 });
    const [link] = await t.db.query(`SELECT source FROM provider_elder_links WHERE provider_id = $1 AND elder_id = $2`, [provider.id, elder.id]);
    expect(link.source).toBe('BED_RESERVATION');
    const [history] = await t.db.query(`SELECT source, actor_id FROM bed_capacity_history WHERE provider_id = $1 ORDER BY id DESC LIMIT 1`, [provider.id]);
    expect(history).toEqual({ source: 'RESERVATION', actor_id: family.id });
  });

  it('admits, then discharges, moving the counts each time', async () => {
    await setCapacity(t, provider.id, 'NURSING', 5, 0);
    const elder = await makeElder(t, family);
    const r = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: elder.id, category: 'NURSING', idempotencyKey: key() } }, family.token)).reserveBed;
    const admitted = expectData(await t.gql(ADMIT, { id: r.id }, staff.token)).admitReservation;
    expect(admitted.status).toBe('ADMITTED');
    expect(admitted.admittedAt).toBeTruthy();
    expect(admitted.events.map((e: { status: string }) => e.status)).toEqual(['HELD', 'ADMITTED']);
    expect(admitted.events[1]).toMatchObject({ fromStatus: 'HELD', actorId: staff.id, actorRole: 'PROVIDER_STAFF' });
    expect(await counts(t, provider.id)).toMatchObject({ occupied: 1, reserved: 0 });
    const discharged = expectData(await t.gql(DISCHARGE, { id: r.id, reason: '回家休养' }, staff.token)).dischargeResident;
    expect(discharged.status).toBe('DISCHARGED');
    expect(await counts(t, provider.id)).toMatchObject({ occupied: 0, reserved: 0 });
  });

  it('releases a hold by the guardian, the officer in scope or the staff', async () => {
    await setCapacity(t, provider.id, 'NURSING', 5, 0);
    for (const who of [family, officer, staff]) {
      const elder = await makeElder(t, family);
      const r = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: elder.id, category: 'NURSING', idempotencyKey: key() } }, family.token)).reserveBed;
      const released = expectData(await t.gql(RELEASE, { id: r.id, reason: '家属改变计划' }, who.token)).releaseReservation;
      expect(released.status).toBe('RELEASED');
      expect(released.events[1]).toEqual({ status: 'RELEASED', actorId: who.id, note: '家属改变计划' });
    }
    expect(await counts(t, provider.id)).toMatchObject({ occupied: 0, reserved: 0 });
  });

  it('refuses forbidden transitions with INVALID_TRANSITION and changes nothing', async () => {
    await setCapacity(t, provider.id, 'NURSING', 5, 0);
    const elder = await makeElder(t, family);
    const r = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: elder.id, category: 'NURSING', idempotencyKey: key() } }, family.token)).reserveBed;
    expectError(await t.gql(DISCHARGE, { id: r.id, reason: 'x' }, staff.token), 'CONFLICT', 'INVALID_TRANSITION');
    expectData(await t.gql(ADMIT, { id: r.id }, staff.token));
    expectError(await t.gql(ADMIT, { id: r.id }, staff.token), 'CONFLICT', 'INVALID_TRANSITION');
    expectError(await t.gql(RELEASE, { id: r.id, reason: 'x' }, staff.token), 'CONFLICT', 'INVALID_TRANSITION');
    expectData(await t.gql(DISCHARGE, { id: r.id, reason: 'x' }, staff.token));
    expectError(await t.gql(DISCHARGE, { id: r.id, reason: 'x' }, staff.token), 'CONFLICT', 'INVALID_TRANSITION');
    expect(await counts(t, provider.id)).toMatchObject({ occupied: 0, reserved: 0 });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM bed_reservation_events WHERE reservation_id = $1`, [r.id]);
    expect(n).toBe(3);
  });

  it('refuses NO_BED_AVAILABLE when full and changes nothing', async () => {
    await setCapacity(t, provider.id, 'DEMENTIA', 2, 2);
    const elder = await makeElder(t, family);
    const before = await counts(t, provider.id, 'DEMENTIA');
    expectError(
      await t.gql(RESERVE, { input: { providerId: provider.id, elderId: elder.id, category: 'DEMENTIA', idempotencyKey: key() } }, family.token),
      'CONFLICT',
      'NO_BED_AVAILABLE',
    );
    expect(await counts(t, provider.id, 'DEMENTIA')).toEqual(before);
    // a category never set has no bed at all
    expectError(
      await t.gql(RESERVE, { input: { providerId: provider.id, elderId: elder.id, category: 'SELF_CARE', idempotencyKey: key() } }, family.token),
      'CONFLICT',
      'NO_BED_AVAILABLE',
    );
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM bed_reservations WHERE elder_id = $1`, [elder.id]);
    expect(n).toBe(0);
  });

  it('names invalid input fields', async () => {
    const res = await t.gql(RESERVE, { input: { providerId: 'nope', elderId: 'nope', category: 'NURSING', idempotencyKey: '' } }, family.token);
    const error = expectError(res, 'BAD_USER_INPUT');
    // Ids that are not UUIDs are refused before the input's own rules run, every such id named.
    expect(error.extensions!.fields!.map((f) => f.path).sort()).toEqual(['input.elderId', 'input.providerId']);
    const ids = { providerId: '00000000-0000-4000-8000-000000000000', elderId: '00000000-0000-4000-8000-000000000001' };
    const keyless = expectError(await t.gql(RESERVE, { input: { ...ids, category: 'NURSING', idempotencyKey: '' } }, family.token), 'BAD_USER_INPUT');
    expect(keyless.extensions!.fields!.map((f) => f.path)).toEqual(['input.idempotencyKey']);
    expectError(await t.gql(RELEASE, { id: '00000000-0000-4000-8000-000000000000', reason: '   ' }, family.token), 'BAD_USER_INPUT');
  });

  it('expires due holds through the job and frees their beds', async () => {
    await setCapacity(t, provider.id, 'SELF_CARE', 3, 0);
    const elder = await makeElder(t, family);
    const r = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: elder.id, category: 'SELF_CARE', idempotencyKey: key() } }, family.token)).reserveBed;
    const job = t.app.get(BedExpiryJob);
    expect(await job.run()).toBe(0);
    await t.db.query(`UPDATE bed_reservations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [r.id]);
    expect(await job.run()).toBe(1);
    const got = expectData(await t.gql(GET, { id: r.id }, family.token)).bedReservation;
    expect(got.status).toBe('EXPIRED');
    expect(await counts(t, provider.id, 'SELF_CARE')).toMatchObject({ occupied: 0, reserved: 0 });
    const events = await t.db.query(`SELECT to_status, actor_id, actor_role FROM bed_reservation_events WHERE reservation_id = $1 ORDER BY id`, [r.id]);
    expect(events[1]).toEqual({ to_status: 'EXPIRED', actor_id: null, actor_role: 'SYSTEM' });
    expect(await job.run()).toBe(0);
  });

  it('lists reservations scoped to the caller', async () => {
    const list = expectData(await t.gql(LIST, { first: 100 }, family.token)).bedReservations;
    expect(list.totalCount).toBeGreaterThan(0);
    const stranger = await makeUser(t, Role.FAMILY);
    expect(expectData(await t.gql(LIST, {}, stranger.token)).bedReservations.totalCount).toBe(0);
  });
});
