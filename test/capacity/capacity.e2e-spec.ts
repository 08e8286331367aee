import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UPDATE = `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) {
  providerId category total occupied reserved available version updatedAt } }`;
const HISTORY = `query($providerId: ID!, $first: Int) { bedCapacityHistory(providerId: $providerId, first: $first) { totalCount nodes {
  category actorId source totalBefore occupiedBefore totalAfter occupiedAfter version changedAt } } }`;

describe('bed capacity', () => {
  let t: TestApp;
  let providerId: string;
  let staff: TestUser;
  let staff2: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    providerId = (await makeProvider(t)).id;
    staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId });
    staff2 = await makeUser(t, Role.PROVIDER_STAFF, { providerId });
  });
  afterAll(() => t.close());

  const input = (fields: Record<string, unknown>) => ({ input: { providerId, category: 'NURSING', total: 10, occupied: 0, expectedVersion: 0, ...fields } });

  it('sets a category never set before (version 0) and adds 1 to the version on each accepted update', async () => {
    const first = expectData(await t.gql(UPDATE, input({ category: 'SELF_CARE', total: 30, occupied: 12, expectedVersion: 0 }), staff.token));
    expect(first.updateBedCapacity).toMatchObject({ category: 'SELF_CARE', total: 30, occupied: 12, reserved: 0, available: 18, version: 1 });
    const second = expectData(await t.gql(UPDATE, input({ category: 'SELF_CARE', total: 30, occupied: 13, expectedVersion: 1 }), staff.token));
    expect(second.updateBedCapacity).toMatchObject({ occupied: 13, available: 17, version: 2 });
  });

  it('refuses a stale version with STALE_VERSION and changes nothing', async () => {
    await setCapacity(t, providerId, 'DEMENTIA', 8, 2);
    const [before] = await t.db.query(`SELECT * FROM bed_capacity WHERE provider_id = $1 AND category = 'DEMENTIA'`, [providerId]);
    expectError(await t.gql(UPDATE, input({ category: 'DEMENTIA', total: 9, occupied: 2, expectedVersion: 0 }), staff.token), 'CONFLICT', 'STALE_VERSION');
    const [after] = await t.db.query(`SELECT * FROM bed_capacity WHERE provider_id = $1 AND category = 'DEMENTIA'`, [providerId]);
    expect(after).toEqual(before);
  });

  it.each([
    ['a negative total', { total: -1, occupied: 0 }, ['input.total']],
    ['a negative occupied count', { total: 5, occupied: -2 }, ['input.occupied']],
    ['more occupied than total', { total: 5, occupied: 6 }, ['input.occupied']],
  ])('refuses %s with CAPACITY_INVALID naming the field', async (_label, counts, fields) => {
    const error = expectError(await t.gql(UPDATE, input(counts), staff.token), 'BAD_USER_INPUT', 'CAPACITY_INVALID');
    expect(error.extensions!.fields!.map((f) => f.path)).toEqual(fields);
  });

  it('publishes a monthly bed price with the counts: kept when omitted, withdrawn with null, and kept in the history', async () => {
    const p = await makeProvider(t);
    const s = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
    const UPDATE_PRICE = `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) { total monthlyPriceFen version } }`;
    const set = (fields: Record<string, unknown>) => t.gql(UPDATE_PRICE, { input: { providerId: p.id, category: 'NURSING', total: 10, occupied: 2, ...fields } }, s.token);
    expect(expectData(await set({ expectedVersion: 0 })).updateBedCapacity).toEqual({ total: 10, monthlyPriceFen: null, version: 1 });
    expect(expectData(await set({ expectedVersion: 1, monthlyPriceFen: 420_000 })).updateBedCapacity).toEqual({ total: 10, monthlyPriceFen: 420_000, version: 2 });
    expect(expectData(await set({ expectedVersion: 2, total: 12 })).updateBedCapacity).toEqual({ total: 12, monthlyPriceFen: 420_000, version: 3 });
    const read = await t.gql(`query($id: ID!) { provider(id: $id) { capacity { category monthlyPriceFen } } }`, { id: p.id });
    expect(expectData(read).provider.capacity).toContainEqual({ category: 'NURSING', monthlyPriceFen: 420_000 });
    expect(expectData(await set({ expectedVersion: 3, monthlyPriceFen: null })).updateBedCapacity).toEqual({ total: 10, monthlyPriceFen: null, version: 4 });
    const history = expectData(
      await t.gql(`query($id: ID!) { bedCapacityHistory(providerId: $id, first: 10) { nodes { version monthlyPriceFenBefore monthlyPriceFenAfter } } }`, { id: p.id }, s.token),
    );
    expect(history.bedCapacityHistory.nodes).toEqual([
      { version: 4, monthlyPriceFenBefore: 420_000, monthlyPriceFenAfter: null },
      { version: 3, monthlyPriceFenBefore: 420_000, monthlyPriceFenAfter: 420_000 },
      { version: 2, monthlyPriceFenBefore: null, monthlyPriceFenAfter: 420_000 },
      { version: 1, monthlyPriceFenBefore: null, monthlyPriceFenAfter: null },
    ]);
  });

  it('refuses a negative or absurd bed price naming the field, and changes nothing', async () => {
    const p = await makeProvider(t);
    const s = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
    await setCapacity(t, p.id, 'NURSING', 10, 2);
    for (const monthlyPriceFen of [-1, 100_000_001]) {
      const error = expectError(
        await t.gql(UPDATE, { input: { providerId: p.id, category: 'NURSING', total: 10, occupied: 2, expectedVersion: 1, monthlyPriceFen } }, s.token),
        'BAD_USER_INPUT',
      );
      expect(error.extensions!.fields!.map((f) => f.path)).toEqual(['input.monthlyPriceFen']);
    }
    const [row] = await t.db.query(`SELECT monthly_price_fen, version FROM bed_capacity WHERE provider_id = $1 AND category = 'NURSING'`, [p.id]);
    expect(row).toEqual({ monthly_price_fen: null, version: 1 });
    await expect(t.db.query(`UPDATE bed_capacity SET monthly_price_fen = -5 WHERE provider_id = $1`, [p.id])).rejects.toThrow(/bed_capacity_price/);
  });

  it('refuses a total below occupied plus reserved beds (the database check), and changes nothing', async () => {
    const p = await makeProvider(t);
    const s = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
    await setCapacity(t, p.id, 'NURSING', 10, 4, 3);
    const res = await t.gql(UPDATE, { input: { providerId: p.id, category: 'NURSING', total: 6, occupied: 4, expectedVersion: 1 } }, s.token);
    expectError(res, 'BAD_USER_INPUT', 'CAPACITY_INVALID');
    const [row] = await t.db.query(`SELECT total, version FROM bed_capacity WHERE provider_id = $1 AND category = 'NURSING'`, [p.id]);
    expect(row).toEqual({ total: 10, version: 1 });
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM bed_capacity_history WHERE provider_id = $1`, [p.id]);
    expect(count).toBe(0);
  });

  it('enforces 0 <= occupied + reserved <= total in the database itself', async () => {
    await expect(t.db.query(`UPDATE bed_capacity SET occupied = total + 1 WHERE provider_id = $1`, [providerId])).rejects.toThrow(/bed_capacity_counts/);
  });

  it('lets only one of two simultaneous updates with the same expectedVersion through, and keeps one history row', async () => {
    const p = await makeProvider(t);
    const a = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
    const b = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
    for (let round = 0; round < 5; round++) {
      const [res1, res2] = await Promise.all([
        t.gql(UPDATE, { input: { providerId: p.id, category: 'NURSING', total: 20, occupied: round, expectedVersion: round } }, a.token),
        t.gql(UPDATE, { input: { providerId: p.id, category: 'NURSING', total: 20, occupied: round + 1, expectedVersion: round } }, b.token),
      ]);
      const outcomes = [res1, res2].map((r) => (r.errors ? r.errors[0].extensions?.reason : 'OK')).sort();
      expect(outcomes).toEqual(['OK', 'STALE_VERSION']);
    }
    const [row] = await t.db.query(`SELECT version FROM bed_capacity WHERE provider_id = $1 AND category = 'NURSING'`, [p.id]);
    expect(row.version).toBe(5);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM bed_capacity_history WHERE provider_id = $1`, [p.id]);
    expect(count).toBe(5);
  });

  it('keeps who changed what and when, readable by its staff and officers in scope', async () => {
    const p = await makeProvider(t, { regionCode: '370811' });
    const s = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
    expectData(await t.gql(UPDATE, { input: { providerId: p.id, category: 'NURSING', total: 10, occupied: 3, expectedVersion: 0 } }, s.token));
    expectData(await t.gql(UPDATE, { input: { providerId: p.id, category: 'NURSING', total: 12, occupied: 3, expectedVersion: 1 } }, s.token));
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    for (const token of [s.token, officer.token]) {
      const data = expectData(await t.gql(HISTORY, { providerId: p.id, first: 10 }, token));
      expect(data.bedCapacityHistory.totalCount).toBe(2);
      expect(data.bedCapacityHistory.nodes[0]).toMatchObject({
        category: 'NURSING', actorId: s.id, source: 'STAFF_UPDATE', totalBefore: 10, occupiedBefore: 3, totalAfter: 12, occupiedAfter: 3, version: 2,
      });
    }
  });

  describe('authorization', () => {
    it('answers NOT_FOUND to another provider\'s staff and to unknown providers', async () => {
      const other = await makeProvider(t);
      const otherStaff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: other.id });
      expectError(await t.gql(UPDATE, input({ expectedVersion: 0 }), otherStaff.token), 'NOT_FOUND');
      expectError(await t.gql(UPDATE, { input: { ...input({}).input, providerId: '00000000-0000-4000-8000-000000000000' } }, staff.token), 'NOT_FOUND');
      expectError(await t.gql(HISTORY, { providerId }, otherStaff.token), 'NOT_FOUND');
    });

    it.each([Role.FAMILY, Role.CAREGIVER, Role.CIVIL_AFFAIRS, Role.ADMIN])('refuses updateBedCapacity to %s', async (role) => {
      const caller = await makeUser(t, role, role === Role.CAREGIVER ? { providerId } : {});
      expectError(await t.gql(UPDATE, input({}), caller.token), 'FORBIDDEN');
    });

    it('hides the history from families and officers of another region', async () => {
      const family = await makeUser(t, Role.FAMILY);
      expectError(await t.gql(HISTORY, { providerId }, family.token), 'FORBIDDEN');
      const farOfficer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '11' });
      expectError(await t.gql(HISTORY, { providerId }, farOfficer.token), 'NOT_FOUND');
      expectError(await t.gql(HISTORY, { providerId }), 'UNAUTHENTICATED');
    });

    it('lets a second staff member of the same provider update too', async () => {
      const [row] = await t.db.query(`SELECT version FROM bed_capacity WHERE provider_id = $1 AND category = 'SELF_CARE'`, [providerId]);
      expectData(await t.gql(UPDATE, input({ category: 'SELF_CARE', total: 30, occupied: 10, expectedVersion: row.version }), staff2.token));
    });
  });
});
