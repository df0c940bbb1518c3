// A table given as an Excel workbook (contract v1.2 §9): the first sheet is read by exceljs, each
// cell by its value as Excel shows it, and handed to the CSV table logic (./table.ts) as rows of
// text, so the header rules, row rules and findings are the same. Line = the sheet's row number and
// column = its column number, which the findings turn into cell names (Blad1!C14).
// The bytes come checked from the boundary (size, zip directory within the inflation caps).
import type { CsvFileSpec } from '../schema/csv.js';
import { MAX_XLSX_CELLS } from '../boundary/limits.js';
import type { ProblemSink } from './problems.js';
import { readTable, type RowHandler, type TableLayout, type TableResult } from './table.js';

type CellValue = unknown;

/** A cell as the text a CSV export of it would hold. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // A date typed as a date: Excel keeps the day, exceljs gives it as midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      result?: CellValue;
      formula?: string;
      sharedFormula?: string;
      richText?: { text: string }[];
      text?: unknown;
      error?: string;
    };
    // A formula is read by its value (the last one Excel computed and saved).
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if (typeof v.error === 'string') return v.error; // #N/A, #REF!: shown, and invalid where a value is needed
    if ('text' in v) return cellText(v.text); // a hyperlink: its text
  }
  return '';
}

/** The column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export async function readXlsxTable(
  bytes: Buffer,
  file: string,
  spec: CsvFileSpec,
  findings: ProblemSink,
  onLayout: (layout: TableLayout) => RowHandler,
): Promise<TableResult> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const [sheet, ...others] = workbook.worksheets;
  const empty = { feed: () => info(bytes.length) };
  if (sheet === undefined) return readTable(empty, file, spec, findings, onLayout);
  findings.sheet?.(file, sheet.name);
  if (others.length > 0) findings.problem('extraSheets', file, { sheets: others.map((s) => s.name), first: sheet.name });
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) findings.problem('mergedCells', file, { range: merges[0]!, count: merges.length });
  const width = sheet.columnCount;
  const cells = sheet.rowCount * width;
  if (cells > MAX_XLSX_CELLS) {
    findings.problem('tooManyCells', file, { cells, limit: MAX_XLSX_CELLS });
    return { rows: 0, usable: false, read: info(bytes.length) };
  }
  const source = {
    feed(sink: { record(fields: string[], line: number): void }) {
      let started = false;
      for (let line = 1; line <= sheet.rowCount; line++) {
        const values = sheet.getRow(line).values as CellValue[];
        // Every row as wide as the sheet: an empty cell is an empty value, never a missing field.
        const fields = Array.from({ length: width }, (_, i) => cellText(values[i + 1]).trim());
        // Rows above the table (blank) are skipped; the first row with text is the header.
        if (!started && fields.every((f) => f === '')) continue;
        started = true;
        sink.record(fields, line);
      }
      return info(bytes.length);
    },
  };
  return readTable(source, file, spec, findings, onLayout);
}

function info(bytes: number) {
  return { encoding: 'utf-8' as const, bom: false, delimiter: ',' as const, quoted: false, bytes };
}
