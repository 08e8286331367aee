// Import throughput and memory: writes a providers XLSX (exceljs streaming writer) and an elders CSV (GB18030), then
// imports them through the built app's ImportService as a civil-affairs officer would, and prints rows/s and the peak
// RSS of this process (the file is streamed: memory should stay flat however many rows).
//
//   npm run build && node bench/import-bench.js [--providers 20000] [--elders 100000] [--dry-run]
//
// Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data. Rows it creates are marked (names start
// with "导入测试") and removed first on the next run.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import pg from 'pg';
import { startBenchServer, parseBenchArgs } from './lib/harness.js';

const values = parseBenchArgs(`Import throughput and memory: writes a providers XLSX (exceljs streaming writer) and an elders CSV (GB18030), then
imports them through the built app's ImportService as a civil-affairs officer would, and prints rows/s and the peak
RSS of this process (the file is streamed: memory should stay flat however many rows).
npm run build && node bench/import-bench.js [--providers 20000] [--elders 100000] [--dry-run]
Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data. Rows it creates are marked (names start
with "导入测试") and removed first on the next run.`, { providers: { type: 'string', default: '20000' }, elders: { type: 'string', default: '100000' }, 'dry-run': { type: 'boolean' } });
const nProviders = Number(values.providers);
const nElders = Number(values.elders);

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(i) {
  const first = `52370811MJ${String(i).padStart(7, '0')}`;
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += ALPHABET.indexOf(first[k]) * WEIGHTS[k];
  return first + ALPHABET[(31 - (sum % 31)) % 31];
}
function idNumber(i) {
  const birth = `19${40 + (i % 30)}0${1 + (i % 9)}1${i % 10}`;
  const first = `370811${birth}${String(i % 1000).padStart(3, '0')}`.slice(0, 17);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first].reduce((a, d, k) => a + Number(d) * w[k], 0);
  return { id: first + '10X98765432'[sum % 11], birth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}` };
}
// Township codes of Rencheng (任城区) from the division list.
const TOWNSHIPS = ['370811002', '370811005', '370811006', '370811007', '370811008', '370811009', '370811011', '370811012'];

async function writeProviders(path) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('机构');
  sheet.addRow(['机构名称', '机构类型', '统一社会信用代码', '性质', '行政区划代码', '地址', '纬度', '经度', '服务半径公里', '护理型床位', '护理型床位已用', '自理床位', '自理床位已用']).commit();
  for (let i = 1; i <= nProviders; i++) {
    sheet.addRow([`导入测试养老院${i}`, i % 5 === 0 ? '居家养老服务中心' : '养老院', creditCode(i), i % 2 ? '民办' : '公办', TOWNSHIPS[i % TOWNSHIPS.length],
      `任城区测试路${i}号`, 35.3 + (i % 100) / 500, 116.5 + (i % 97) / 500, 5, 40, i % 40, 20, i % 20]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function writeElders(path) {
  const out = createWriteStream(path);
  const write = (text) => (out.write(iconv.encode(text, 'gb18030')) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write('姓名,性别,出生日期,身份证号,行政区划代码,地址,纬度,经度,类别\r\n');
  for (let i = 1; i <= nElders; i++) {
    const { id, birth } = idNumber(i);
    await write(`导入测试老人${i},${i % 2 ? '女' : '男'},${birth},${id},${TOWNSHIPS[i % TOWNSHIPS.length]},任城区测试街${i}号,${35.3 + (i % 100) / 500},${116.5 + (i % 89) / 500},${i % 7 === 0 ? '独居' : ''}\r\n`);
  }
  await new Promise((resolve) => out.end(resolve));
}

const dir = mkdtempSync(join(tmpdir(), 'yiyang-import-bench-'));
const server = await startBenchServer();
const client = new pg.Client({ connectionString: server.databaseUrl });
await client.connect();
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
try {
  await client.query(`DELETE FROM elder_categories WHERE elder_id IN (SELECT id FROM elders WHERE full_name LIKE '导入测试%')`);
  await client.query(`DELETE FROM elders WHERE full_name LIKE '导入测试%'`);
  await client.query(`DELETE FROM bed_capacity_history WHERE provider_id IN (SELECT id FROM providers WHERE name LIKE '导入测试%')`);
  await client.query(`DELETE FROM providers WHERE name LIKE '导入测试%'`);
  const [officer] = (
    await client.query(
      `INSERT INTO users (phone, password_hash, display_name, role, region_scope) VALUES ('19900000017', 'x', '导入基准', 'CIVIL_AFFAIRS', '3708')
       ON CONFLICT (phone) DO UPDATE SET region_scope = '3708' RETURNING id`,
    )
  ).rows;
  await client.query(`INSERT INTO settings (key, region_prefix, value) VALUES ('import.limits', '', '{"maxFileBytes": 1073741824, "maxRows": 1000000}')
    ON CONFLICT (key, region_prefix) DO UPDATE SET value = EXCLUDED.value`);
  const actor = { userId: officer.id, role: 'CIVIL_AFFAIRS', providerId: null, regionScope: '3708' };
  const { ImportService } = await import('../dist/modules/import/import.service.js');
  const imports = server.app.get(ImportService);

  const files = [
    ['PROVIDERS', join(dir, 'providers.xlsx'), writeProviders, nProviders],
    ['ELDERS', join(dir, 'elders.csv'), writeElders, nElders],
  ];
  const baseline = process.memoryUsage().rss;
  for (const [kind, path, write, rows] of files) {
    if (!rows) continue;
    let t0 = performance.now();
    await write(path);
    const writeMs = performance.now() - t0;
    peakRss = process.memoryUsage().rss;
    t0 = performance.now();
    const job = await imports.startFromFile(actor, kind, path, path.split('/').pop(), { dryRun: !!values['dry-run'], allOrNothing: false });
    await imports.idle();
    const ms = performance.now() - t0;
    const done = await imports.job(actor, job.id);
    console.log(
      JSON.stringify({
        kind,
        rows,
        fileMB: +(statSync(path).size / 1048576).toFixed(2),
        writeFileS: +(writeMs / 1000).toFixed(1),
        importS: +(ms / 1000).toFixed(1),
        rowsPerS: Math.round(rows / (ms / 1000)),
        peakRssMB: Math.round(peakRss / 1048576),
        baselineRssMB: Math.round(baseline / 1048576),
        status: done.status,
        created: done.createdRows,
        updated: done.updatedRows,
        unchanged: done.unchangedRows,
        rejected: done.rejectedRows,
      }),
    );
  }
} finally {
  clearInterval(sampler);
  await client.end();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
