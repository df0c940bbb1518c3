// A data folder filled through Excel: tables as workbooks (contract v1.2 §9), made from init's
// templates and read through validateDataset: the same rules as CSV,
// findings that name the cell, dates typed as dates, formulas by their value, and the warnings
// and errors that belong to workbooks.
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pc from 'picocolors';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxTemplate } from './tables.js';
import { validateDataset } from '../../validate/dataset.js';
import { formatText } from '../../validate/format.js';
import { declaredZipBomb } from '../../boundary/test-helpers/declared-zip-bomb.js';

const base = join(import.meta.dirname, '../../../fixtures/broken/valid');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const M = 'alpha/ett';

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-report-xlsx-'));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  return dir;
}

type Cell = string | number | Date | { formula: string; result: number } | null;

/** participants.xlsx as a coordinator fills in init's template: Swedish headers, dates as dates. */
async function participantsWorkbook(rows: Cell[][], edit?: (workbook: import('exceljs').Workbook) => void): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsxTemplate('participants')) as never);
  const sheet = workbook.worksheets[0]!;
  for (const row of rows) sheet.addRow(row);
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ROWS: Cell[][] = [
  ['P001', 'verkstad', 1, 'kvinna', 2000, day('2016-01-15'), day('2017-06-15'), 'national_programme', 'ja'],
  ['P002', 'verkstad', 2, 'man', { formula: '1990+8', result: 1998 }, day('2016-02-01'), null, null, 'nej'],
  ['P003', 'nyanlanda', 3, 'k', 1999, '2016-08-20', day('2018-06-10'), 'employment', null],
  ['P004', 'verkstad', 1, 'm', 2001, day('2017-01-10'), null, null, null],
];

describe('participants.xlsx', () => {
  it('a filled-in template validates like the CSV file it replaces, with the same records', async () => {
    const dir = copy();
    unlinkSync(join(dir, M, 'participants.csv'));
    writeFileSync(join(dir, M, 'participants.xlsx'), await participantsWorkbook(ROWS));
    const records: unknown[] = [];
    const result = await validateDataset(dir, {}, (data) => void records.push(...data.participants));
    expect([...result.errors, ...result.warnings]).toEqual([]);
    expect(result.rows).toBe(13);
    expect(records).toHaveLength(4);
    expect(records[1]).toMatchObject({ id: 'P002', birthYear: 1998, startDate: '2016-02-01', gender: 'male', targetGroup: '2' });
  });

  it('findings name the sheet and the cell, as Excel users think', async () => {
    const dir = copy();
    unlinkSync(join(dir, M, 'participants.csv'));
    const rows = ROWS.map((row) => [...row]);
    rows[2]![3] = 'x';
    writeFileSync(join(dir, M, 'participants.xlsx'), await participantsWorkbook(rows));
    const result = await validateDataset(dir, {});
    expect(result.errors.map((e) => [e.rule, e.file, e.cell])).toEqual([
      ['participants.invalid-code', `${M}/participants.xlsx`, 'Blad1!D4'],
    ]);
    const text = formatText(result.errors, { files: 1, rows: 4, errors: 1, warnings: 0 }, pc.createColors(false));
    expect(text).toContain('Blad1!D4');
  });

  it('merged cells and extra sheets warn; both forms of one table are an error', async () => {
    const dir = copy();
    const workbook = await participantsWorkbook(ROWS, (wb) => {
      wb.worksheets[0]!.mergeCells('I2:I3');
      wb.addWorksheet('Anteckningar');
    });
    writeFileSync(join(dir, M, 'participants.xlsx'), workbook);
    const withCsv = await validateDataset(dir, {});
    expect(withCsv.errors.map((e) => [e.rule, e.file])).toEqual([['csv.both-forms', `${M}/participants.xlsx`]]);
    unlinkSync(join(dir, M, 'participants.csv'));
    const alone = await validateDataset(dir, {});
    expect(alone.errors).toEqual([]);
    expect(alone.warnings.map((w) => [w.rule, w.message])).toEqual([
      ['xlsx.extra-sheets', 'only the first sheet, "Blad1", is read; "Anteckningar" is ignored'],
      ['xlsx.merged-cells', '1 merged range (first I2:I3): only the top-left cell of each keeps its value'],
    ]);
  });

  it('a file that is not a workbook, and a zip bomb, are refused before exceljs reads them', async () => {
    const dir = copy();
    unlinkSync(join(dir, M, 'participants.csv'));
    writeFileSync(join(dir, M, 'participants.xlsx'), 'participant_id,workshop\n');
    const notZip = await validateDataset(dir, {});
    expect(notZip.errors.map((e) => e.rule)).toEqual(['file.not-xlsx']);
    // A stored (uncompressed) zip whose directory declares a part of 4 GB − 1.
    writeFileSync(join(dir, M, 'participants.xlsx'), declaredZipBomb());
    const bomb = await validateDataset(dir, {});
    expect(bomb.errors.map((e) => e.rule)).toEqual(['file.zip-expansion']);
    expect(bomb.errors[0]!.message).toContain('MB');
  });
});
