import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { CsvParser } from './csv.parser.js';
import { loadExcel } from '../../core/spreadsheets/excel.js';

/** One line of a spreadsheet: its row number as the officer sees it (the header is row 1) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export type SheetFormat = 'XLSX' | 'CSV';

/** XLSX files are ZIP archives; anything else is read as CSV. */
export async function sniffFormat(path: string): Promise<SheetFormat> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? 'XLSX' : 'CSV';
  } finally {
    await handle.close();
  }
}

/** How many bytes decide between UTF-8 and GB18030 when there is no BOM. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The encoding of a CSV file: UTF-8 with a BOM, UTF-8 when the first 64 KB decode as UTF-8, otherwise GB18030 (what Excel
 * writes for "CSV" on a Chinese Windows; it includes GBK and GB2312).
 */
export function detectCsvEncoding(head: Buffer): 'utf-8' | 'gb18030' {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Text of an ExcelJS cell value: numbers, dates (YYYY-MM-DD), rich text, formulas' results, hyperlinks' text. */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (v.error) return '';
  }
  return String(value).trim();
}

/**
 * The parts of exceljs's streaming WorkbookReader that xlsxRows drives itself. Its own `parse()` reads the archive in one
 * streaming pass and now and then loses an entry on the way (exceljs issue 3064): the workbook part, which exceljs's
 * writer stores last, and then every sheet fails with "Cannot read properties of undefined (reading 'sheets')". Reading
 * the archive through its central directory instead hands each part over whole, in the order the reader needs.
 * exceljs is pinned to the version these names were checked against; the import tests read files through them.
 */
interface WorkbookReaderParts {
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: Array<{ rId: string }> };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterable<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

/** A worksheet relationship's target as a path inside the archive ("worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml"). */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  // unzipper comes with exceljs, and like it is loaded at the first spreadsheet read rather than at start.
  const [Excel, { Open }] = await Promise.all([loadExcel(), import('unzipper')]);
  const directory = await Open.file(path);
  const parts = new Map(directory.files.map((f) => [f.path, f]));
  const part = (name: string) => {
    const file = parts.get(name);
    if (!file) throw new Error(`The workbook has no ${name}`);
    return file.stream();
  };
  const reader = new Excel.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' }) as unknown as WorkbookReaderParts;
  await reader._parseRels(part('xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(part('xl/workbook.xml'));
  if (parts.has('xl/sharedStrings.xml')) for await (const _ of reader._parseSharedStrings(part('xl/sharedStrings.xml')));
  // The first sheet in the workbook's tab order: templates keep notes on others.
  const first = reader.model?.sheets?.[0];
  const target = first && reader.workbookRels?.find((rel) => rel.Id === first.rId)?.Target;
  if (!target) return;
  const sheetPath = partPath(target);
  const sheetNo = /sheet(\d+)\.xml$/.exec(sheetPath)?.[1] ?? '1';
  // Rows are parsed as the sheet's part is inflated, never the whole workbook at once.
  for (const { value: worksheet } of reader._parseWorksheet(part(sheetPath), sheetNo)) {
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      yield { row: row.number, cells };
    }
  }
}

async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  const parser = new CsvParser();
  let decode: ((chunk: Buffer) => string) | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let row = 0;
  const emit = function* (records: string[][]) {
    for (const cells of records) {
      row++;
      yield { row, cells: cells.map((c) => c.trim()) };
    }
  };
  const choose = (head: Buffer): ((chunk: Buffer) => string) => {
    if (detectCsvEncoding(head) === 'utf-8') {
      // The BOM, if any, is dropped by the decoder (ignoreBOM: false).
      const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
      return (chunk) => decoder.decode(chunk, { stream: true });
    }
    const decoder = iconv.getDecoder('gb18030');
    return (chunk) => decoder.write(chunk);
  };
  for await (const chunk of createReadStream(path, { highWaterMark: SNIFF_BYTES })) {
    const buf = chunk as Buffer;
    if (!decode) {
      pending.push(buf);
      pendingBytes += buf.length;
      if (pendingBytes < SNIFF_BYTES) continue;
      const head = Buffer.concat(pending);
      pending = [];
      decode = choose(head);
      yield* emit(parser.push(decode(head)));
      continue;
    }
    yield* emit(parser.push(decode(buf)));
  }
  if (!decode) {
    const head = Buffer.concat(pending);
    yield* emit(parser.push(choose(head)(head)));
  }
  yield* emit(parser.end());
}

/** The rows of a spreadsheet file, streamed; rows with no text at all are skipped. */
export async function* readSheetRows(path: string, format: SheetFormat): AsyncGenerator<SheetRow> {
  const rows = format === 'XLSX' ? xlsxRows(path) : csvRows(path);
  for await (const r of rows) {
    if (r.cells.some((c) => c !== '')) yield r;
  }
}
