import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { creditCode, csv, PROVIDER_HEADER, upload, xlsx } from './import-support.js';

const good = (n: number, fields: Partial<Record<string, string | number>> = {}) => {
  const row: Record<string, string | number> = {
    机构名称: `任城区第${n}养老院`, 机构类型: '养老院', 统一社会信用代码: creditCode(n), 性质: '公建民营', 行政区划代码: '370811006',
    地址: `济宁市任城区南张街道${n}号`, 纬度: 35.41, 经度: 116.58, 电话: '0537-2345678', 服务半径公里: 5, 失智照护: '是',
    自理床位: 20, 自理床位已用: 10, 护理型床位: 40, 护理型床位已用: 30, 失智床位: '', 失智床位已用: '', ...fields,
  };
  return PROVIDER_HEADER.map((h) => row[h]);
};

describe('provider import', () => {
  let t: TestApp;
  let officer: TestUser;

  const providerCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM providers`))[0].n as number;
  const historyCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM bed_capacity_history WHERE source = 'IMPORT'`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
  });
  afterAll(() => t.close());

  const file = () =>
    xlsx([
      PROVIDER_HEADER,
      good(1),
      good(2, { 机构类型: 'DAY_CARE_CENTRE', 护理型床位: '', 护理型床位已用: '', 自理床位: '', 自理床位已用: '' }),
      good(3, { 统一社会信用代码: creditCode(3).slice(0, 17) + (creditCode(3)[17] === '0' ? '1' : '0') }),
      good(4, { 行政区划代码: '370899' }),
      good(5, { 纬度: 95 }),
      good(6, { 机构类型: '养鸡场' }),
      good(7, { 性质: '民办', 行政区划代码: '370830' }),
    ]);

  it('writes the good rows of an XLSX file and reports each bad one by row and column', async () => {
    const { job } = await upload(t, officer.token, 'importProviders', await file(), '机构名录.xlsx');
    expect(job).toMatchObject({ status: 'DONE', progress: 1, totalRows: 7, processedRows: 7, createdRows: 3, updatedRows: 0, rejectedRows: 4, committed: true });
    expect(job.errors).toEqual([
      { row: 4, column: '统一社会信用代码', message: expect.stringMatching(/check character/) },
      { row: 5, column: '行政区划代码', message: expect.stringMatching(/not a known region/) },
      { row: 6, column: '纬度', message: expect.stringMatching(/latitude/) },
      { row: 7, column: '机构类型', message: expect.stringMatching(/must be one of/) },
    ]);
    const rows = await t.db.query(`SELECT name, kind, ownership, region_code, dementia_care, credit_code FROM providers ORDER BY name`);
    expect(rows.map((r: any) => r.credit_code).sort()).toEqual([creditCode(1), creditCode(2), creditCode(7)].sort());
    const [home] = await t.db.query(`SELECT id FROM providers WHERE credit_code = $1`, [creditCode(1)]);
    const beds = await t.db.query(`SELECT category, total, occupied FROM bed_capacity WHERE provider_id = $1 ORDER BY category`, [home.id]);
    expect(beds).toEqual([{ category: 'NURSING', total: 40, occupied: 30 }, { category: 'SELF_CARE', total: 20, occupied: 10 }]);
    // capacity from an import is a capacity change with its history
    const history = await t.db.query(`SELECT category, source, total_before, total_after FROM bed_capacity_history WHERE provider_id = $1 ORDER BY category`, [home.id]);
    expect(history).toEqual([
      { category: 'NURSING', source: 'IMPORT', total_before: 0, total_after: 40 },
      { category: 'SELF_CARE', source: 'IMPORT', total_before: 0, total_after: 20 },
    ]);
    const api = await t.gql(`query($id: ID!) { bedCapacityHistory(providerId: $id) { nodes { category source totalAfter } } }`, { id: home.id }, officer.token);
    expect(api.errors).toBeUndefined();
    expect(api.data!.bedCapacityHistory.nodes.map((n: any) => n.source)).toEqual(['IMPORT', 'IMPORT']);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = { providers: await providerCount(), history: await historyCount() };
    const updatedAt = await t.db.query(`SELECT credit_code, updated_at FROM providers ORDER BY credit_code`);
    const { job } = await upload(t, officer.token, 'importProviders', await file(), '机构名录.xlsx');
    expect(job).toMatchObject({ status: 'DONE', createdRows: 0, updatedRows: 0, unchangedRows: 3, rejectedRows: 4 });
    expect({ providers: await providerCount(), history: await historyCount() }).toEqual(before);
    expect(await t.db.query(`SELECT credit_code, updated_at FROM providers ORDER BY credit_code`)).toEqual(updatedAt);
  });

  it('updates the provider a changed row names by credit code, with a capacity history row', async () => {
    const before = await historyCount();
    const { job } = await upload(t, officer.token, 'importProviders', await xlsx([PROVIDER_HEADER, good(1, { 机构名称: '任城区颐康养老院', 护理型床位: 50 })]), 'changed.xlsx');
    expect(job).toMatchObject({ status: 'DONE', createdRows: 0, updatedRows: 1, rejectedRows: 0 });
    const [p] = await t.db.query(`SELECT id, name FROM providers WHERE credit_code = $1`, [creditCode(1)]);
    expect(p.name).toBe('任城区颐康养老院');
    expect(await historyCount()).toBe(before + 1);
    const [nursing] = await t.db.query(`SELECT total, occupied FROM bed_capacity WHERE provider_id = $1 AND category = 'NURSING'`, [p.id]);
    expect(nursing).toEqual({ total: 50, occupied: 30 });
  });

  it('reads a UTF-8 CSV with a BOM and English headers', async () => {
    const header = ['name', 'kind', 'creditCode', 'ownership', 'regionCode', 'address', 'latitude', 'longitude'];
    const body = csv([header, ['汶上县"康驿"幸福院, 北院', '农村幸福院', creditCode(20, '370830'), '公办', '370830106', '汶上县康驿镇', 35.7, 116.4]], 'utf-8-bom');
    const { job } = await upload(t, officer.token, 'importProviders', body, 'providers.csv');
    expect(job).toMatchObject({ status: 'DONE', createdRows: 1, rejectedRows: 0 });
    const [p] = await t.db.query(`SELECT name, kind, ownership FROM providers WHERE credit_code = $1`, [creditCode(20, '370830')]);
    expect(p).toEqual({ name: '汶上县"康驿"幸福院, 北院', kind: 'RURAL_HAPPINESS_HOME', ownership: 'PUBLIC' });
  });

  it('reads a GB18030 CSV as Excel writes it', async () => {
    const body = csv([PROVIDER_HEADER, good(21)], 'gb18030');
    const { job } = await upload(t, officer.token, 'importProviders', body, 'providers.csv');
    expect(job).toMatchObject({ status: 'DONE', createdRows: 1, rejectedRows: 0 });
    const [p] = await t.db.query(`SELECT name FROM providers WHERE credit_code = $1`, [creditCode(21)]);
    expect(p.name).toBe('任城区第21养老院');
  });

  it('refuses every row of an officer outside their region, writing nothing', async () => {
    const beijing = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    const before = await providerCount();
    const { job } = await upload(t, beijing.token, 'importProviders', await xlsx([PROVIDER_HEADER, good(30), good(1, { 机构名称: '改名' })]), 'x.xlsx');
    expect(job).toMatchObject({ status: 'DONE', createdRows: 0, updatedRows: 0, rejectedRows: 2 });
    expect(job.errors).toEqual([
      { row: 2, column: '行政区划代码', message: 'outside your region scope' },
      { row: 3, column: '行政区划代码', message: 'outside your region scope' },
    ]);
    expect(await providerCount()).toBe(before);
  });

  it('writes nothing with allOrNothing when a row is refused, and everything when none is', async () => {
    const before = await providerCount();
    const bad = await upload(t, officer.token, 'importProviders', await xlsx([PROVIDER_HEADER, good(40), good(41, { 纬度: -91 })]), 'a.xlsx', { allOrNothing: true });
    expect(bad.job).toMatchObject({ status: 'DONE', committed: false, createdRows: 0, rejectedRows: 1 });
    expect(await providerCount()).toBe(before);
    const ok = await upload(t, officer.token, 'importProviders', await xlsx([PROVIDER_HEADER, good(40), good(41)]), 'a.xlsx', { allOrNothing: true });
    expect(ok.job).toMatchObject({ status: 'DONE', committed: true, createdRows: 2, rejectedRows: 0 });
    expect(await providerCount()).toBe(before + 2);
  });

  it('counts without writing in a dry run', async () => {
    const before = { providers: await providerCount(), history: await historyCount() };
    const { job } = await upload(t, officer.token, 'importProviders', await xlsx([PROVIDER_HEADER, good(50), good(1, { 机构名称: '试运行' })]), 'd.xlsx', { dryRun: true });
    expect(job).toMatchObject({ status: 'DONE', committed: false, createdRows: 1, updatedRows: 1 });
    expect({ providers: await providerCount(), history: await historyCount() }).toEqual(before);
  });

  it('fails a file whose header lacks a required column, naming it', async () => {
    const { job } = await upload(t, officer.token, 'importProviders', await xlsx([PROVIDER_HEADER.filter((h) => h !== '统一社会信用代码'), ['x']]), 'h.xlsx');
    expect(job).toMatchObject({ status: 'FAILED', createdRows: 0 });
    expect(job.errors).toEqual([{ row: 1, column: '统一社会信用代码', message: 'column missing from the header row' }]);
  });

  it('refuses a file over the size limit before keeping it, and one over the row limit before writing a row', async () => {
    await t.db.query(`INSERT INTO settings (key, region_prefix, value) VALUES ('import.limits', '3708', '{"maxFileBytes": 2000, "maxRows": 3}')`);
    try {
      const big = csv([PROVIDER_HEADER, ...Array.from({ length: 40 }, (_, i) => good(100 + i))], 'utf-8');
      const res = await upload(t, officer.token, 'importProviders', big, 'big.csv');
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.reason).toBe('FILE_TOO_LARGE');
      const before = await providerCount();
      const many = csv([PROVIDER_HEADER, good(200), good(201), good(202), good(203)], 'utf-8');
      expect(many.length).toBeLessThan(2000);
      const { job } = await upload(t, officer.token, 'importProviders', many, 'many.csv');
      expect(job).toMatchObject({ status: 'FAILED', createdRows: 0, failure: expect.stringMatching(/more than 3 rows/) });
      expect(await providerCount()).toBe(before);
    } finally {
      await t.db.query(`DELETE FROM settings WHERE key = 'import.limits'`);
    }
  });

  it('keeps CSRF prevention: a multipart request without a preflight header is refused', async () => {
    const res = await upload(t, officer.token, 'importProviders', await xlsx([PROVIDER_HEADER, good(60)]), 'c.xlsx', {}, {});
    expect(res.status).toBe(400);
    expect(res.job).toBeNull();
    expect((await t.db.query(`SELECT count(*)::int AS n FROM providers WHERE credit_code = $1`, [creditCode(60)]))[0].n).toBe(0);
  });

  it('is refused to other roles, and a job is visible to its officer only', async () => {
    const body = await xlsx([PROVIDER_HEADER, good(70)]);
    for (const role of [Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF]) {
      const caller = await makeUser(t, role, role === Role.FAMILY ? {} : { providerId: (await t.db.query(`SELECT id FROM providers LIMIT 1`))[0].id });
      const res = await upload(t, caller.token, 'importProviders', body, 'r.xlsx');
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const { job } = await upload(t, officer.token, 'importProviders', body, 'r.xlsx');
    const other = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const q = `query($id: ID!) { importJob(id: $id) { id } }`;
    expect(expectData(await t.gql(q, { id: job.id }, other.token)).importJob).toBeNull();
    const admin = await makeUser(t, Role.ADMIN);
    expect(expectData(await t.gql(q, { id: job.id }, admin.token)).importJob.id).toBe(job.id);
  });
});
