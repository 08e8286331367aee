import { Role } from '../../src/core/domain/enums.js';
import { TOTAL_COUNT_CAP } from '../../src/core/graphql/pagination.js';
import { expectData, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Lists count their items only when asked, from the page itself when it is the last, and never past the cap. */
describe('lists: totalCount on demand', () => {
  let t: TestApp;
  let officer: TestUser;

  /** The statements (SQL text) one request runs, and its answer. */
  const run = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    t.queries.captured = [];
    try {
      const data = expectData(await t.gql(query, variables, token));
      return { data, statements: t.queries.captured };
    } finally {
      t.queries.captured = null;
    }
  };
  const counts = (statements: string[]) => statements.filter((sql) => /count\(/i.test(sql));

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '370812' });
    await t.db.query(
      `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude)
       SELECT '列表 ' || lpad(i::text, 3, '0'), 'NURSING_HOME', 'PUBLIC', '370812', '地址 ' || i, 35.4, 116.6 FROM generate_series(1, 25) i`,
    );
    await t.db.query(
      `INSERT INTO elders (full_name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, region_code, address, latitude, longitude, created_at)
       SELECT '列表老人 ' || i, 'MALE', '1940-01-01', 'x', sha256(('lists-' || i)::bytea), '3708**********0000', '370812', '地址', 35.4, 116.6,
              now() - i * interval '1 minute'
         FROM generate_series(1, 60) i`,
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  const PROVIDERS = `query($first: Int, $after: String) { providers(filter: { regionCode: "370812" }, first: $first, after: $after) {
    nodes { id } pageInfo { hasNextPage endCursor } } }`;
  const PROVIDERS_COUNTED = `query($first: Int, $after: String) { providers(filter: { regionCode: "370812" }, first: $first, after: $after) {
    totalCount totalCountCapped nodes { id } } }`;

  it('runs no count when totalCount is not selected', async () => {
    const { data, statements } = await run(PROVIDERS, { first: 10 });
    expect(data.providers.nodes).toHaveLength(10);
    expect(data.providers.pageInfo.hasNextPage).toBe(true);
    expect(counts(statements)).toEqual([]);
    // The page's rows are the providers themselves: one statement, no second read of the rows by id (the region
    // codes are read once per process, by the first run above).
    expect((await run(PROVIDERS, { first: 10 })).statements).toHaveLength(1);
  });

  it('counts with one more statement, capped, when totalCount is selected and the page is not the last', async () => {
    const without = await run(PROVIDERS, { first: 10 });
    const withCount = await run(PROVIDERS_COUNTED, { first: 10 });
    expect(withCount.data.providers).toMatchObject({ totalCount: 25, totalCountCapped: false });
    expect(withCount.statements).toHaveLength(without.statements.length + 1);
    expect(counts(withCount.statements)).toHaveLength(1);
    expect(counts(withCount.statements)[0]).toContain(`LIMIT ${TOTAL_COUNT_CAP + 1}`);
  });

  it('takes the total from the last page itself, without a count', async () => {
    const whole = await run(PROVIDERS_COUNTED, { first: 30 });
    expect(whole.data.providers).toMatchObject({ totalCount: 25, totalCountCapped: false });
    expect(counts(whole.statements)).toEqual([]);
    const first = expectData(await t.gql(PROVIDERS, { first: 20 }));
    const tail = await run(PROVIDERS_COUNTED, { first: 20, after: first.providers.pageInfo.endCursor });
    expect(tail.data.providers.nodes).toHaveLength(5);
    expect(tail.data.providers.totalCount).toBe(25);
    expect(counts(tail.statements)).toEqual([]);
  });

  it('counts past the end of the list (an empty page after the last)', async () => {
    const first = expectData(await t.gql(PROVIDERS, { first: 25 }));
    const past = await run(PROVIDERS_COUNTED, { first: 5, after: first.providers.pageInfo.endCursor });
    expect(past.data.providers).toMatchObject({ totalCount: 25, totalCountCapped: false, nodes: [] });
  });

  it('says when the count reached the cap instead of counting every match', async () => {
    await t.db.query(
      `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude)
       SELECT '封顶 ' || i, 'DAY_CARE_CENTRE', 'PRIVATE', '370883', '地址', 35.4, 116.6 FROM generate_series(1, $1) i`,
      [TOTAL_COUNT_CAP + 5],
    );
    const { data } = await run(`{ providers(filter: { regionCode: "370883" }, first: 3) { totalCount totalCountCapped nodes { id } } }`);
    expect(data.providers).toMatchObject({ totalCount: TOTAL_COUNT_CAP, totalCountCapped: true });
    expect(data.providers.nodes).toHaveLength(3);
  });

  it('elders: one statement reads the page whole (the rows are not read again by id), whatever its size', async () => {
    const query = `query($first: Int) { elders(first: $first) { nodes { id regionCode } } }`;
    const five = await run(query, { first: 5 }, officer.token);
    const fifty = await run(query, { first: 50 }, officer.token);
    expect(five.data.elders.nodes).toHaveLength(5);
    expect(fifty.data.elders.nodes).toHaveLength(50);
    expect(fifty.statements).toHaveLength(five.statements.length);
    expect(fifty.statements.filter((sql) => /FROM elders\b/.test(sql))).toHaveLength(1);
    expect(counts(fifty.statements)).toEqual([]);
    const counted = await run(`{ elders(first: 50) { totalCount totalCountCapped } }`, {}, officer.token);
    expect(counted.data.elders).toEqual({ totalCount: 60, totalCountCapped: false });
    expect(counts(counted.statements)).toHaveLength(1);
  });

  it('elders: newest first', async () => {
    const { data } = await run(`{ elders(first: 3) { nodes { id } } }`, {}, officer.token);
    const [{ id }] = await t.db.query(`SELECT id FROM elders WHERE region_code = '370812' ORDER BY created_at DESC, id DESC LIMIT 1`);
    expect(data.elders.nodes[0].id).toBe(id);
  });
});
