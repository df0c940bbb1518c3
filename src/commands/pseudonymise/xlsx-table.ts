// A table given as a workbook (contract v1.2 §9) for pseudonymising: the first sheet's rows as
// text, read as the validator reads them (ingest/xlsx.ts: by value, blank rows above the header
// skipped), and the plan's edits written into its cells. exceljs writes the workbook anew: every
// other cell keeps its value and type (numbers, dates, formulas with their results), and the
// other sheets stay as they were.
import { cellText } from '../../ingest/xlsx.js';
import type { TableEdits } from './rewrite.js';

export interface XlsxTable {
  records: string[][];
  /** The workbook's bytes with the edits made. */
  apply(edits: TableEdits): Promise<Buffer>;
}

export async function xlsxTable(bytes: Buffer): Promise<XlsxTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet = workbook.worksheets[0];
  const records: string[][] = [];
  /** The sheet row of each record. */
  const rows: number[] = [];
  const width = sheet?.columnCount ?? 0;
  for (let line = 1; sheet && line <= sheet.rowCount; line++) {
    const values = sheet.getRow(line).values as unknown[];
    const fields = Array.from({ length: width }, (_, i) => cellText(values[i + 1]).trim());
    if (fields.every((f) => f === '')) continue;
    records.push(fields);
    rows.push(line);
  }
  return {
    records,
    async apply(edits) {
      if (!sheet) return bytes;
      for (const { record, field, value } of edits.cells) sheet.getCell(rows[record]!, field + 1).value = value;
      edits.addedGender?.forEach((value, r) => {
        if (value !== undefined && value !== '') sheet.getCell(rows[r]!, width + 1).value = value;
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },
  };
}
