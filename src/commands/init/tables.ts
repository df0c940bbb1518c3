// Blank tables with Swedish headers, as a Swedish Excel writes and reads them: CSV with `;`
// between fields and a UTF-8 byte order mark (without it Excel guesses Windows-1252 and garbles
// å, ä, ö), and the same headers as an xlsx workbook. Every header folds to an alias the reader
// accepts (tested), so a template filled in and saved validates as it is.
import { CSV_SPECS, type CsvFileKind } from '../../schema/csv.js';
import { initTexts } from './texts.js';

/** The Swedish headers of a table, in the contract's column order. */
export function swedishHeaders(kind: CsvFileKind): string[] {
  const names = initTexts().headers[kind];
  return CSV_SPECS[kind].columns.map((column) => {
    const header = names[column.name];
    if (header === undefined) throw new Error(`templates/init/sv.json has no header for ${kind}.${column.name}`);
    return header;
  });
}

/** A header-only CSV file: BOM, `;`, CRLF (what Excel on Windows writes). */
export function csvTemplate(kind: CsvFileKind): string {
  return `\uFEFF${swedishHeaders(kind).join(';')}\r\n`;
}

/** A header-only workbook: one sheet (Blad1), the header row bold and frozen, columns wide enough. */
export async function xlsxTemplate(kind: CsvFileKind): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plugin-report';
  // Fixed dates: the same template, byte for byte, from run to run.
  workbook.created = workbook.modified = new Date(Date.UTC(2019, 0, 1));
  const sheet = workbook.addWorksheet(initTexts().sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = swedishHeaders(kind);
  sheet.addRow(headers).font = { bold: true };
  headers.forEach((header, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, header.length + 4);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
