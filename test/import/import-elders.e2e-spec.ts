import { Role } from '../../src/core/domain/enums.js';
import { makeUser, validIdNumber, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { csv, ELDER_HEADER, upload, xlsx } from './import-support.js';

describe('elder import', () => {
  let t: TestApp;
  let officer: TestUser;
  let family: TestUser;
  const ids = [validIdNumber('1940-05-06'), validIdNumber('1938-11-20'), validIdNumber('1950-01-02')];
  const badChecksum = (() => {
    const id = validIdNumber('1944-02-03');
    return id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
  })();

  const row = (i: number, fields: Partial<Record<string, string | number>> = {}) => {
    const r: Record<string, string | number> = {
      姓名: `老人${i}`, 性别: i % 2 ? '女' : '男', 出生日期: '', 身份证号: ids[i], 行政区划代码: '370811006', 地址: `任城区南张街道${i}号`,
      纬度: 35.41, 经度: 116.58, 电话: '', 类别: '', 监护人手机号: '', ...fields,
    };
    r.出生日期 ||= `${String(r.身份证号).slice(6, 10)}-${String(r.身份证号).slice(10, 12)}-${String(r.身份证号).slice(12, 14)}`;
    return ELDER_HEADER.map((h) => r[h]);
  };
  const elderCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM elders`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    family = await makeUser(t, Role.FAMILY);
  });
  afterAll(() => t.close());

  const file = () =>
    csv(
      [
        ELDER_HEADER,
        row(0, { 类别: '特困人员，独居', 监护人手机号: family.phone }),
        row(1, { 类别: 'LOW_INCOME' }),
        row(2, { 身份证号: badChecksum, 出生日期: '1944-02-03' }),
        row(2, { 行政区划代码: '370811999' }),
        row(2, { 性别: '未知' }),
      ],
      'gb18030',
    );

  it('writes the good rows of a GB18030 CSV and reports the bad ones by row and column', async () => {
    const { job } = await upload(t, officer.token, 'importElders', file(), '老人名单.csv');
    expect(job).toMatchObject({ status: 'DONE', totalRows: 5, createdRows: 2, rejectedRows: 3 });
    expect(job.errors).toEqual([
      { row: 4, column: '身份证号', message: expect.stringMatching(/check/i) },
      { row: 5, column: '行政区划代码', message: expect.stringMatching(/not a known region/) },
      { row: 6, column: '性别', message: expect.stringMatching(/must be one of/) },
    ]);
    const elders = await t.db.query(`SELECT id, full_name, id_number_masked FROM elders ORDER BY full_name`);
    expect(elders.map((e: any) => e.full_name)).toEqual(['老人0', '老人1']);
    const categories = await t.db.query(`SELECT category, status FROM elder_categories WHERE elder_id = $1 ORDER BY category`, [elders[0].id]);
    expect(categories).toEqual([{ category: 'EXTREME_POVERTY', status: 'VERIFIED' }, { category: 'LIVING_ALONE', status: 'VERIFIED' }]);
    const guardians = await t.db.query(`SELECT user_id FROM elder_guardians WHERE elder_id = $1`, [elders[0].id]);
    expect(guardians).toEqual([{ user_id: family.id }]);
    // the ID number never leaves in clear: not in the job, not in the logs
    expect(JSON.stringify(job)).not.toContain(badChecksum);
    expect(t.logs.join('\n')).not.toContain(ids[0]);
  });

  it('changes nothing on a second import, and updates an elder found by ID number', async () => {
    const again = await upload(t, officer.token, 'importElders', file(), '老人名单.csv');
    expect(again.job).toMatchObject({ status: 'DONE', createdRows: 0, updatedRows: 0, unchangedRows: 2, rejectedRows: 3 });
    const changed = await upload(t, officer.token, 'importElders', await xlsx([ELDER_HEADER, row(1, { 地址: '任城区新地址1号', 类别: '' })]), 'e.xlsx');
    expect(changed.job).toMatchObject({ status: 'DONE', createdRows: 0, updatedRows: 1 });
    const [e] = await t.db.query(`SELECT id, address FROM elders WHERE full_name = '老人1'`);
    expect(e.address).toBe('任城区新地址1号');
    expect(await t.db.query(`SELECT category FROM elder_categories WHERE elder_id = $1`, [e.id])).toEqual([]);
    expect(await elderCount()).toBe(2);
  });

  it('refuses rows outside the officer\'s region and unknown guardian phones', async () => {
    const wenshang = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '370830' });
    const { job } = await upload(t, wenshang.token, 'importElders', await xlsx([ELDER_HEADER, row(2)]), 'e.xlsx');
    expect(job.errors).toEqual([{ row: 2, column: '行政区划代码', message: 'outside your region scope' }]);
    const unknown = await upload(t, officer.token, 'importElders', await xlsx([ELDER_HEADER, row(2, { 监护人手机号: '13000000009' })]), 'e.xlsx');
    expect(unknown.job.errors).toEqual([{ row: 2, column: '监护人手机号', message: 'no FAMILY account with this phone' }]);
    expect(await elderCount()).toBe(2);
  });
});
