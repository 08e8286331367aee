/**
 * exceljs (with its ZIP libraries), loaded at the first spreadsheet read or written rather than at start: importing it
 * was a third of the server's module loading at start, and most instances never touch a spreadsheet. Imports,
 * reports and settlement exports share this one loader.
 */
export const loadExcel = async () => (await import('exceljs')).default;
