import type { Writable } from 'node:stream';
import { loadExcel } from '../../core/spreadsheets/excel.js';

export type Cell = string | number | null;

/** A sheet to write: a header row of Chinese titles, then rows produced as they are read from the database. */
export interface Sheet {
  name: string;
  headers: string[];
  /** Notes on header cells (XLSX only), e.g. what a template column accepts. */
  notes?: Array<string | null>;
  rows: AsyncIterable<Cell[]>;
}

const csvCell = (v: Cell) => {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Waits for the stream to take more when it says it is full (a slow download must not fill memory). */
const write = (out: Writable, chunk: string | Buffer) =>
  out.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));

/** CSV in UTF-8 with a BOM (Excel on Chinese Windows then reads it as UTF-8), CRLF line ends. */
export async function writeCsv(sheet: Sheet, out: Writable): Promise<void> {
  await write(out, Buffer.from([0xef, 0xbb, 0xbf]));
  await write(out, sheet.headers.map(csvCell).join(',') + '\r\n');
  for await (const row of sheet.rows) await write(out, row.map(csvCell).join(',') + '\r\n');
  out.end();
}

/** XLSX through exceljs's streaming writer: each row is committed to the ZIP stream as it is written. */
export async function writeXlsx(sheet: Sheet, out: Writable): Promise<void> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.headers.map((header) => ({ header, width: Math.max(10, header.length * 2 + 4) }));
  const head = worksheet.getRow(1);
  head.font = { bold: true };
  sheet.notes?.forEach((note, i) => {
    if (note) head.getCell(i + 1).note = note;
  });
  head.commit();
  for await (const row of sheet.rows) worksheet.addRow(row).commit();
  worksheet.commit();
  await workbook.commit();
}
