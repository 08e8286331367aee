import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** `elder(id)` reads the row once and the caller's relation to it once, for the query and for its fields' view. */
describe('elder(id): statements', () => {
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

  it('an elder of another family is NOT_FOUND, as before', async () => {
    const other = await makeUser(t, Role.FAMILY);
    const elder = await makeElder(t, other);
    const res = await t.gql(`query($id: ID!) { elder(id: $id) { id } }`, { id: elder.id }, family.token);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
