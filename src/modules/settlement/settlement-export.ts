import { loadExcel } from '../../core/spreadsheets/excel.js';

/** XLSX (Excel) or CSV. */
export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

export interface ExportColumn {
  header: string;
  width?: number;
}

export interface RenderedFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** Whole fen as yuan text, exactly (no floating point): -12345 -> "-123.45". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const csvCell = (v: unknown): string => {
  const text = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * One table as a file with Chinese headers. CSV is UTF-8 with a byte-order mark (so that Excel opens Chinese
 * correctly) and CRLF line ends (RFC 4180); XLSX has a bold, frozen header row.
 */
export async function renderTable(
  format: ExportFormat,
  baseName: string,
  sheetName: string,
  columns: readonly ExportColumn[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): Promise<RenderedFile> {
  if (format === ExportFormat.CSV) {
    const text = [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
    return { fileName: `${baseName}.csv`, contentType: 'text/csv; charset=utf-8', contentBase64: Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64') };
  }
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Yiyang';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow([...r]);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
  };
}
