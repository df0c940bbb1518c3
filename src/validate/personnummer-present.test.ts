// Rule data.personnummer-present through validateDataset: a copy of fixtures/broken/valid whose
// ids are personnummer, with and without a Git work tree around it (a `.git` folder is all that
// is looked for), as CSV and as a workbook.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from './dataset.js';
import { RULE } from './rules.js';

const BASE = join(import.meta.dirname, '../../fixtures/broken/valid');
const M = 'alpha/ett';
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Ids replaced in all four tables: two participants and a person on the KAA list only, each with a
 * valid check digit and its pseudonym; tables other than participants write the 12-digit form.
 */
const PLANTED: { id: string; pnr: string; pseudonym: string }[] = [
  { id: 'P001', pnr: '990101-2386', pseudonym: 'p-0123456789abcdef' },
  { id: 'P003', pnr: '010101-2383', pseudonym: 'p-fedcba9876543210' },
  { id: 'K100', pnr: '020202-2380', pseudonym: 'p-00112233445566ff' },
];

function dataFolder(options: { git: boolean; ids?: 'personnummer' | 'pseudonyms' }): string {
  const root = mkdtempSync(join(tmpdir(), 'plugin-report-pnr-present-'));
  made.push(root);
  if (options.git) mkdirSync(join(root, '.git'));
  const data = join(root, 'data');
  cpSync(BASE, data, { recursive: true });
  const ids = options.ids ?? 'personnummer';
  for (const file of ['participants.csv', 'grades.csv', 'dropouts.csv', 'kaa_contacts.csv']) {
    let text = readFileSync(join(data, M, file), 'utf8');
    for (const { id, pnr, pseudonym } of PLANTED) {
      const replacement = ids === 'pseudonyms' ? pseudonym : file === 'participants.csv' ? pnr : `19${pnr.replace('-', '')}`;
      text = text.replaceAll(`\n${id},`, `\n${replacement},`);
    }
    writeFileSync(join(data, M, file), text);
  }
  return data;
}

const present = async (data: string) =>
  (await validateDataset(data, {})).warnings.filter((f) => f.rule === RULE.data.personnummerPresent.id);

describe('data.personnummer-present', () => {
  it('gives one finding per file inside a Git work tree, with the first line, the count and no personnummer', async () => {
    const findings = await present(dataFolder({ git: true }));
    expect(findings.map((f) => [f.file, f.line, f.column, f.columnName])).toEqual([
      [`${M}/participants.csv`, 2, 1, 'participant_id'],
      [`${M}/grades.csv`, 2, 1, 'participant_id'],
      [`${M}/dropouts.csv`, 2, 1, 'participant_id'],
      [`${M}/kaa_contacts.csv`, 3, 1, 'person_id'],
    ]);
    expect(findings[0]!.message).toMatch(/^2 person ids in this file are personnummer \(the first on line 2\)/);
    // P001 has four grades rows, P003 none.
    expect(findings[1]!.message).toMatch(/^4 person ids/);
    expect(findings[0]!.hint).toContain('plugin-report pseudonymise --data DIR --key-file FILE');
    for (const f of findings) expect(JSON.stringify(f)).not.toMatch(/990101|2386|010101|2383|020202|2380/);
  });

  it('gives none for the same data outside a Git work tree', async () => {
    expect(await present(dataFolder({ git: false }))).toEqual([]);
  });

  it('gives none for pseudonymised ids inside a Git work tree', async () => {
    const data = dataFolder({ git: true, ids: 'pseudonyms' });
    const result = await validateDataset(data, {});
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('names the cell of a workbook', async () => {
    const data = dataFolder({ git: true });
    const csv = readFileSync(join(data, M, 'participants.csv'), 'utf8')
      .trim()
      .split('\n');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    for (const line of csv) sheet.addRow(line.split(','));
    unlinkSync(join(data, M, 'participants.csv'));
    writeFileSync(join(data, M, 'participants.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
    const findings = await present(data);
    expect(findings.map((f) => [f.file, f.cell])).toEqual([
      [`${M}/participants.xlsx`, 'Blad1!A2'],
      [`${M}/grades.csv`, undefined],
      [`${M}/dropouts.csv`, undefined],
      [`${M}/kaa_contacts.csv`, undefined],
    ]);
  });
});
