import ExcelJS from 'exceljs';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { creditCode, ELDER_HEADER, PROVIDER_HEADER } from '../import/import-support.js';

const EXPORT = `mutation($kind: ReportKind!, $regionCode: String!, $from: String, $to: String, $format: ExportFormat!) {
  exportReport(kind: $kind, regionCode: $regionCode, from: $from, to: $to, format: $format) { url fileName expiresAt } }`;

describe('exports', () => {
  let t: TestApp;
  let officer: TestUser;
  let elderIds: string[];

  const download = (url: string, token?: string) => {
    const req = t.http().get(url);
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.buffer(true).parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  };
  const link = async (kind: string, format: string, regionCode = '3708', extra: Record<string, string> = {}) =>
    expectData(await t.gql(EXPORT, { kind, regionCode, format, ...extra }, officer.token)).exportReport as { url: string; fileName: string; expiresAt: string };
  const sheetRows = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const home = await makeProvider(t, { name: '任城区颐康养老院', regionCode: '370811006' });
    const agency = await makeProvider(t, { name: '汶上县居家服务中心', regionCode: '370830', kind: 'HOME_CARE_AGENCY' });
    await makeProvider(t, { name: '北京东城养老院', regionCode: '110101' });
    await t.db.query(`UPDATE providers SET credit_code = $2 WHERE id = $1`, [home.id, creditCode(1)]);
    await setCapacity(t, home.id, 'NURSING', 40, 30);
    await t.db.query(
      `INSERT INTO bed_capacity_history (provider_id, category, changed_at, source, total_before, occupied_before, reserved_before, total_after, occupied_after, reserved_after, version)
       VALUES ($1, 'NURSING', '2026-11-10T02:00:00Z', 'IMPORT', 0, 0, 0, 40, 30, 0, 1)`,
      [home.id],
    );
    const a = await makeElder(t, officer, { fullName: '张秀英', regionCode: '370811006' });
    const b = await makeElder(t, officer, { fullName: '李桂兰', regionCode: '370830', categories: ['EXTREME_POVERTY'] });
    elderIds = [a.idNumber, b.idNumber];
    await t.db.query(
      `INSERT INTO home_care_orders (elder_id, provider_id, service, status, starts_at, ends_at, hold_ends_at, price_fen, subsidy_fen, copay_fen,
         allowance_month, visit_latitude, visit_longitude, elder_region_code, provider_region_code, booked_by, booked_by_role, idempotency_key, request_hash)
       VALUES ($1, $2, 'MEAL', 'CANCELLED', '2026-11-05T02:00:00Z', '2026-11-05T03:00:00Z', '2026-11-05T03:00:00Z', 3000, 2000, 1000,
         '2026-11-01', 35.7, 116.4, '370830', '370830', $3, 'CIVIL_AFFAIRS', 'k1', 'h')`,
      [b.id, agency.id, officer.id],
    );
  });
  afterAll(() => t.close());

  it('serves providers as XLSX with Chinese headers, names beside codes, a Chinese file name and the right type', async () => {
    const file = await link('PROVIDERS', 'XLSX');
    expect(file.fileName).toMatch(/^济宁市_机构名录_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(new Date(file.expiresAt).getTime() - Date.now()).toBeGreaterThan(500_000);
    const res = await download(file.url, officer.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    const rows = await sheetRows(res.body);
    expect(rows[0].slice(0, 5)).toEqual(['行政区划代码', '行政区划名称', '机构名称', '统一社会信用代码', '机构类型']);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['370811006', '南张街道', '任城区颐康养老院', creditCode(1), '养老院'],
      ['370830', '汶上县', '汶上县居家服务中心', undefined, '居家养老服务中心'],
    ]);
    expect(rows[1][11]).toBe(40); // 护理型床位
    // the link's token never reaches the logs (the request line is logged without its query string)
    expect(t.logs.join('\n')).not.toContain(file.url.slice('/exports?token='.length));
    expect(t.logs.join('\n')).toMatch(/"url":"\/exports","query":"\[omitted\]"/);
  });

  it('serves elders as CSV with ID numbers masked', async () => {
    const file = await link('ELDERS', 'CSV');
    const res = await download(file.url, officer.token);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body: Buffer = res.body;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('行政区划代码,行政区划名称,姓名,性别,出生日期,身份证号（脱敏）,能力等级,类别（已核实）');
    expect(lines.slice(1)).toEqual([
      `370811006,南张街道,张秀英,女,1945-03-01,${'*'.repeat(18)},,`,
      `370830,汶上县,李桂兰,女,1945-03-01,${'*'.repeat(18)},,特困人员`,
    ]);
    for (const id of elderIds) expect(body.toString('utf8')).not.toContain(id.slice(-4) + ',');
  });

  it('serves the statistics with the child breakdown', async () => {
    const res = await download((await link('STATISTICS', 'XLSX')).url, officer.token);
    const rows = await sheetRows(res.body);
    expect(rows[1].slice(0, 4)).toEqual(['合计', '3708', '济宁市', 1]);
    const counties = rows.slice(2);
    expect(counties.find((r) => r[1] === '370811')!.slice(0, 4)).toEqual(['下级', '370811', '任城区', 1]);
    // the children's elders add up to the total
    const elders = rows[0].indexOf('老年人数');
    expect(counties.reduce((s, r) => s + (r[elders] as number), 0)).toBe(rows[1][elders]);
  });

  it('serves the visits and the capacity changes of a period', async () => {
    const orders = await sheetRows((await download((await link('HOME_CARE_ORDERS', 'XLSX', '3708', { from: '2026-11', to: '2026-11' })).url, officer.token)).body);
    expect(orders.slice(1).map((r) => [r[0], r[2], r[3], r[6], r[10], r[11], r[12]])).toEqual([['2026-11-05 10:00', '助餐', '已取消', '李桂兰', 30, 20, 10]]);
    const none = await sheetRows((await download((await link('HOME_CARE_ORDERS', 'XLSX', '3708', { from: '2026-10', to: '2026-10' })).url, officer.token)).body);
    expect(none).toHaveLength(1);
    const history = await sheetRows((await download((await link('CAPACITY_HISTORY', 'XLSX', '3708', { from: '2026-11', to: '2026-11' })).url, officer.token)).body);
    expect(history.slice(1).map((r) => [r[1], r[5], r[8], r[9], r[10]])).toEqual([['任城区颐康养老院', '护理型床位', 40, 30, '批量导入']]);
  });

  it('serves the import template with the published headers', async () => {
    const template = expectData(await t.gql(`query { importTemplate(kind: PROVIDERS) { url fileName } }`, {}, officer.token)).importTemplate;
    expect(template.fileName).toBe('机构导入模板.xlsx');
    expect((await sheetRows((await download(template.url, officer.token)).body))[0]).toEqual(PROVIDER_HEADER);
    const elders = expectData(await t.gql(`query { importTemplate(kind: ELDERS) { url } }`, {}, officer.token)).importTemplate;
    expect((await sheetRows((await download(elders.url, officer.token)).body))[0]).toEqual(ELDER_HEADER);
  });

  it('does not let another officer download, nor anyone without the account\'s token', async () => {
    const file = await link('ELDERS', 'XLSX');
    const colleague = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const beijing = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    expect((await download(file.url, colleague.token)).status).toBe(404);
    expect((await download(file.url, beijing.token)).status).toBe(404);
    expect((await download(file.url)).status).toBe(401);
    const [body, mac] = file.url.slice('/exports?token='.length).split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), userId: colleague.id })).toString('base64url');
    expect((await download(`/exports?token=${forged}.${mac}`, colleague.token)).status).toBe(404);
  });

  it('checks the account\'s rights again at download time', async () => {
    const moved = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const file = expectData(await t.gql(EXPORT, { kind: 'PROVIDERS', regionCode: '3708', format: 'CSV' }, moved.token)).exportReport;
    expect((await download(file.url, moved.token)).status).toBe(200);
    await t.db.query(`UPDATE users SET region_scope = '1101' WHERE id = $1`, [moved.id]);
    expect((await download(file.url, moved.token)).status).toBe(404);
  });

  it('refuses a region outside the scope, an unknown region and other roles', async () => {
    expectError(await t.gql(EXPORT, { kind: 'PROVIDERS', regionCode: '1101', format: 'XLSX' }, officer.token), 'NOT_FOUND');
    const unknown = expectError(await t.gql(EXPORT, { kind: 'PROVIDERS', regionCode: '370899', format: 'XLSX' }, officer.token), 'BAD_USER_INPUT');
    expect(unknown.extensions!.fields![0].path).toBe('regionCode');
    const family = await makeUser(t, Role.FAMILY);
    expectError(await t.gql(EXPORT, { kind: 'PROVIDERS', regionCode: '3708', format: 'XLSX' }, family.token), 'FORBIDDEN');
    expectError(await t.gql(`query { importTemplate(kind: ELDERS) { url } }`, {}, family.token), 'FORBIDDEN');
  });
});
