import { Role } from '../../src/core/domain/enums.js';
import { expectData, linkElderToProvider, makeElder, makeProvider, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * `elder(id)` reads the row once and the caller's relation to it once, for the query and for its fields' view; a page
 * of `elders` decides its rows' views together, reading the relation only where it can change the view.
 */
describe('elder reads: statements', () => {
  let t: TestApp;
  let family: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    family = await makeUser(t, Role.FAMILY);
  });
  afterAll(() => t.close());

  it('a guardian reading an elder with its personal fields: the row, by a prepared statement, and the guardianship', async () => {
    const elder = await makeElder(t, family);
    await t.idle();
    t.queries.captured = [];
    let statements: string[];
    try {
      const data = expectData(await t.gql(`query($id: ID!) { elder(id: $id) { id fullName regionCode } }`, { id: elder.id }, family.token));
      expect(data.elder).toEqual({ id: elder.id, fullName: elder.fullName, regionCode: elder.regionCode });
    } finally {
      statements = t.queries.captured!;
      t.queries.captured = null;
    }
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/FROM elders WHERE id = ANY/);
    expect(statements[1]).toMatch(/FROM elder_guardians/);
  });

  /** The statements one query runs, and its data. */
  async function statementsOf(query: string, token: string) {
    await t.idle();
    t.queries.captured = [];
    try {
      const data = expectData(await t.gql(query, {}, token));
      return { data, statements: t.queries.captured! };
    } finally {
      t.queries.captured = null;
    }
  }

  const PAGE = `{ elders(first: 50) { nodes { id view fullName regionCode idNumberMasked address } } }`;

  it('a county officer\'s page with personal fields: the page statement alone (in the own region no relation can change the view)', async () => {
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const elders = [await makeElder(t, family), await makeElder(t, family), await makeElder(t, family)];
    const { data, statements } = await statementsOf(PAGE, officer.token);
    const nodes = data.elders.nodes as Array<Record<string, string>>;
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    for (const elder of elders) {
      expect(nodes.find((n) => n.id === elder.id)).toEqual({
        id: elder.id, view: 'FULL', fullName: elder.fullName, regionCode: elder.regionCode, idNumberMasked: '*'.repeat(18), address: elder.address,
      });
    }
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM elders e/);
  });

  it('a provider\'s page: the page and one read of the serving relation for all its rows', async () => {
    const provider = await makeProvider(t);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    const served = [await makeElder(t, family), await makeElder(t, family), await makeElder(t, family)];
    for (const elder of served) await linkElderToProvider(t, elder.id, provider.id);
    const { data, statements } = await statementsOf(PAGE, staff.token);
    const nodes = data.elders.nodes as Array<Record<string, string>>;
    expect(nodes.map((n) => n.id).sort()).toEqual(served.map((e) => e.id).sort());
    for (const node of nodes) expect(node.view).toBe('FULL');
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/FROM elders e/);
    expect(statements[1]).toMatch(/FROM provider_elder_links WHERE provider_id/);
  });

  it('an elder of another family is NOT_FOUND, as before', async () => {
    const other = await makeUser(t, Role.FAMILY);
    const elder = await makeElder(t, other);
    const res = await t.gql(`query($id: ID!) { elder(id: $id) { id } }`, { id: elder.id }, family.token);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
