import { TokenService } from '../../src/core/auth/token.service.js';
import { regionCovers, regionCoverSql } from '../../src/core/access/region-code.js';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The access model's two forms agree in the real database, and the scope rules hold through the API. */
describe('access model', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('regionCoverSql says in PostgreSQL exactly what regionCovers says, for every scope and code shape', async () => {
    const codes = ['37', '3708', '370800', '370811', '370000', '371002', '370800000', '370800123', '370811000', '370811001',
      '370800000000', '370811001000', '370811001002', '110101', '1101', '11'];
    const scopes = ['', '37', '3708', '370800', '370811', '3700', '370811000', '370811001', '1101', '11'];
    for (const scope of scopes) {
      const params: unknown[] = [codes];
      const sql = regionCoverSql(scope, 'c', (v) => `$${params.push(v)}`);
      const rows: Array<{ c: string; covered: boolean }> = await t.db.query(`SELECT c, (${sql}) AS covered FROM unnest($1::text[]) AS c`, params);
      const sqlSays = Object.fromEntries(rows.map((r) => [r.c, r.covered]));
      const jsSays = Object.fromEntries(codes.map((c) => [c, regionCovers(scope, c)]));
      expect({ scope, covered: sqlSays }).toEqual({ scope, covered: jsSays });
    }
  });

  /** An officer whose token carries no region scope (the account's scope was removed). */
  async function officerWithoutScope(): Promise<TestUser> {
    const u = await makeUser(t, Role.CIVIL_AFFAIRS);
    const { token } = await t.app.get(TokenService).sign({ userId: u.id, role: Role.CIVIL_AFFAIRS, providerId: null, regionScope: null });
    return { ...u, regionScope: null, token };
  }

  it('an officer without a scope sees nothing: no reservation, order, elder or assessment list entry', async () => {
    const family = await makeUser(t, Role.FAMILY);
    const provider = await makeProvider(t);
    await setCapacity(t, provider.id, 'NURSING', 5);
    const elder = await makeElder(t, family);
    expectData(
      await t.gql(`mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id } }`, {
        input: { providerId: provider.id, elderId: elder.id, category: 'NURSING', idempotencyKey: 'k-no-scope' },
      }, family.token),
    );
    const officer = await officerWithoutScope();
    const admin = await makeUser(t, Role.ADMIN);
    const LIST = `query { bedReservations(first: 100) { totalCount } elders(first: 100) { totalCount } homeCareOrders(first: 100) { totalCount } ratingAssessments(first: 100) { totalCount } }`;
    expect(expectData(await t.gql(`query { bedReservations(first: 100) { totalCount } }`, {}, admin.token)).bedReservations.totalCount).toBeGreaterThan(0);
    const seen = expectData(await t.gql(LIST, {}, officer.token));
    expect(seen).toEqual({ bedReservations: { totalCount: 0 }, elders: { totalCount: 0 }, homeCareOrders: { totalCount: 0 }, ratingAssessments: { totalCount: 0 } });
    expectError(await t.gql(`query($id: ID!) { elder(id: $id) { id } }`, { id: elder.id }, officer.token), 'NOT_FOUND');
  });

  it('a scope is compared as a region code: 370800 is the city 3708, a county scope does not read its city', async () => {
    const STATS = `query($r: String!) { regionStatistics(regionCode: $r) { elders } }`;
    const cityWrittenOut = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '370800' });
    const county = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '370811' });
    const city = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    expectError(await t.gql(STATS, { r: '3708' }, county.token), 'NOT_FOUND');
    expectError(await t.gql(STATS, { r: '37' }, city.token), 'NOT_FOUND');
    expectError(await t.gql(STATS, { r: '37' }, cityWrittenOut.token), 'NOT_FOUND');
    const cityElders = expectData(await t.gql(STATS, { r: '3708' }, city.token)).regionStatistics.elders;
    expect(cityElders).toBeGreaterThan(0);
    expect(expectData(await t.gql(STATS, { r: '3708' }, cityWrittenOut.token)).regionStatistics.elders).toBe(cityElders);
  });
});
