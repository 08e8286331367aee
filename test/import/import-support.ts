import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ImportService } from '../../src/modules/import/import.service.js';
import { creditCodeCheckCharacter } from '../../src/modules/provider/credit-code.policy.js';
import type { TestApp } from '../support/test-app.js';

/** A valid credit code whose organisation part ends in n (GB 32100 check character computed). */
export function creditCode(n: number, region = '370811'): string {
  const first17 = `52${region}MJ${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17)!;
}

export const PROVIDER_HEADER = ['机构名称', '机构类型', '统一社会信用代码', '性质', '行政区划代码', '地址', '纬度', '经度', '电话', '服务半径公里', '失智照护',
  '自理床位', '自理床位已用', '护理型床位', '护理型床位已用', '失智床位', '失智床位已用'];

export const ELDER_HEADER = ['姓名', '性别', '出生日期', '身份证号', '行政区划代码', '地址', '纬度', '经度', '电话', '类别', '监护人手机号'];

/** An XLSX workbook of one sheet, written with exceljs as an officer's Excel would save it. */
export async function xlsx(rows: Array<Array<string | number | Date>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('机构');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV text with CRLF line ends, in GB18030 (as Excel writes "CSV" on a Chinese Windows) or UTF-8 with a BOM. */
export function csv(rows: Array<Array<string | number>>, encoding: 'gb18030' | 'utf-8-bom' | 'utf-8'): Buffer {
  const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  return Buffer.concat([encoding === 'utf-8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

const JOB_FIELDS = 'id kind status progress totalRows processedRows createdRows updatedRows unchangedRows rejectedRows committed failure errors { row column message }';

/** Sends the file by the GraphQL multipart request spec, waits for the job, and returns it as importJob reports it. */
export async function upload(
  t: TestApp,
  token: string,
  mutation: 'importProviders' | 'importElders',
  file: Buffer,
  fileName: string,
  args: { dryRun?: boolean; allOrNothing?: boolean } = {},
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
) {
  const query = `mutation($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { ${mutation}(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { ${JOB_FIELDS} } }`;
  const req = t.http().post('/graphql').set('authorization', `Bearer ${token}`);
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  const res = await req
    .field('operations', JSON.stringify({ query, variables: { file: null, ...args } }))
    .field('map', JSON.stringify({ 0: ['variables.file'] }))
    .attach('0', file, { filename: fileName, contentType: fileName.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  if (res.body?.errors || !res.body?.data) return { status: res.status, errors: res.body?.errors, job: null };
  await t.app.get(ImportService).idle();
  const job = await t.gql(`query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`, { id: res.body.data[mutation].id }, token);
  return { status: res.status, errors: job.errors, job: job.data!.importJob };
}
