import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readSheetRows, type SheetRow } from './import-file.reader.js';

/** A workbook exceljs writes (it stores xl/workbook.xml last), as a ZIP we can take apart. */
async function workbook(sheets: Record<string, string[][]>): Promise<JSZip> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return JSZip.loadAsync(Buffer.from(await book.xlsx.writeBuffer()));
}

/** The same parts stored in another order (Excel's own: the workbook part first, shared strings near the end). */
async function reordered(zip: JSZip, first: string[]): Promise<Buffer> {
  const out = new JSZip();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  for (const name of [...first, ...names.filter((n) => !first.includes(n))]) out.file(name, await zip.files[name].async('nodebuffer'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('spreadsheet reader', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yiyang-reader-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const read = async (bytes: Buffer): Promise<SheetRow[]> => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
    await writeFile(path, bytes);
    const rows: SheetRow[] = [];
    for await (const row of readSheetRows(path, 'XLSX')) rows.push(row);
    return rows;
  };

  const ROWS = [['机构名称', '床位'], ['任城区第1养老院', '40'], ['任城区第2养老院', '12']];
  const EXPECTED = [
    { row: 1, cells: ['机构名称', '床位'] },
    { row: 2, cells: ['任城区第1养老院', '40'] },
    { row: 3, cells: ['任城区第2养老院', '12'] },
  ];

  it('reads every row whatever order the parts are stored in, and the same on every read', async () => {
    const zip = await workbook({ 机构: ROWS });
    const asWritten = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const excelOrder = await reordered(zip, ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml']);
    const sharedFirst = await reordered(zip, ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml']);
    // Reads at once, as jobs and requests overlap on a busy server: the streaming pass this replaced lost a part now and then.
    const reads = await Promise.all([asWritten, excelOrder, sharedFirst].flatMap((bytes) => Array.from({ length: 10 }, () => read(bytes))));
    for (const rows of reads) expect(rows).toEqual(EXPECTED);
  });

  it('reads the first sheet in tab order, not the first part stored', async () => {
    const zip = await workbook({ 说明: [['这张表是填表说明']], 机构: ROWS });
    // Move the second sheet's tab to the front, as dragging it in Excel does: sheet2.xml becomes the first sheet.
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const sheets = [...book.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
    expect(sheets).toHaveLength(2);
    zip.file('xl/workbook.xml', book.replace(sheets.join(''), sheets[1] + sheets[0]));
    expect(await read(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual(EXPECTED);
  });

  it('refuses a ZIP archive that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    await expect(read(await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow(/no xl\/_rels\/workbook\.xml\.rels/);
  });
});
