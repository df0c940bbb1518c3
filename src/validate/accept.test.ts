import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WarningAcceptance, globToRegExp } from './accept.js';
import { validateDataset } from './dataset.js';
import { formatGithub, formatText, summaryLine } from './format.js';
import { BROKEN_DIR } from './test-helpers/broken-cases.js';
import pc from 'picocolors';

describe('globToRegExp', () => {
  it('matches * within a folder, ** across folders and ? for one character', () => {
    expect(globToRegExp('skane/*/participants.csv').test('skane/lund/participants.csv')).toBe(true);
    expect(globToRegExp('skane/*/participants.csv').test('skane/lund/x/participants.csv')).toBe(false);
    expect(globToRegExp('skane/*/participants.csv').test('halland/lund/participants.csv')).toBe(false);
    expect(globToRegExp('**/grades.csv').test('grades.csv')).toBe(true);
    expect(globToRegExp('**/grades.csv').test('a/b/grades.csv')).toBe(true);
    expect(globToRegExp('a/gr?des.csv').test('a/grades.csv')).toBe(true);
    // Dots and brackets are literal.
    expect(globToRegExp('a.csv').test('abcsv')).toBe(false);
  });
});

describe('WarningAcceptance', () => {
  const warning = {
    severity: 'warning' as const,
    rule: 'csv.unknown-column',
    file: 'skane/lund/participants.csv',
    columnName: 'Anteckning',
  };

  it('accepts a warning by rule, file glob and column (case-insensitive), and counts what each entry accepted', () => {
    const acceptance = new WarningAcceptance([
      { rule: 'csv.unknown-column', files: 'halland/**', reason: 'not this one' },
      { rule: 'csv.unknown-column', files: 'skane/*/participants.csv', column: 'anteckning', reason: 'our notes' },
    ]);
    expect(acceptance.accept(warning)).toBe('our notes');
    expect(acceptance.accept({ ...warning, columnName: 'other' })).toBeUndefined();
    expect(acceptance.used).toEqual([0, 1]);
    expect(acceptance.unused()).toEqual([{ index: 0, rule: 'csv.unknown-column' }]);
  });

  it('never accepts an error', () => {
    const acceptance = new WarningAcceptance([{ rule: 'participants.duplicate-id', reason: 'no' }]);
    expect(acceptance.accept({ severity: 'error', rule: 'participants.duplicate-id', file: 'a/b/participants.csv' })).toBeUndefined();
  });
});

describe('validate with validate.accept in project.yaml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-report-accept-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The csv-unknown-column case (a "teacher" column in grades.csv) with `accept` appended. */
  function folderAccepting(name: string, accept: string): string {
    const folder = join(dir, name);
    cpSync(join(BROKEN_DIR, 'csv-unknown-column'), folder, { recursive: true });
    appendFileSync(join(folder, 'project.yaml'), `validate:\n  accept:\n${accept}`);
    return folder;
  }

  it('marks the warning accepted with its reason and counts it', async () => {
    const folder = folderAccepting(
      'accepted',
      '    - rule: csv.unknown-column\n      files: "alpha/*/grades.csv"\n      column: teacher\n      reason: the teacher who set the grade\n',
    );
    const result = await validateDataset(folder, {});
    expect(result.warnings.map((f) => [f.rule, f.accepted])).toEqual([['csv.unknown-column', 'the teacher who set the grade']]);
    expect([result.warningCount, result.acceptedCount]).toEqual([1, 1]);
    const summary = { files: result.files, rows: result.rows, errors: 0, warnings: 1, accepted: 1 };
    expect(summaryLine(summary)).toMatch(/: 0 errors, 1 warning \(1 accepted\)$/);
    expect(formatText(result.warnings, summary, pc.createColors(false))).toContain('accepted: the teacher who set the grade');
    expect(formatGithub(result.warnings, summary, folder, folder)).toMatch(
      /^::notice file=alpha\/ett\/grades\.csv,line=1,col=5,title=csv\.unknown-column::Accepted \(the teacher who set the grade\): column/,
    );
  });

  it('reports an entry that matches nothing, and one that names an error rule, as warnings of their own', async () => {
    const folder = folderAccepting(
      'unused',
      '    - rule: csv.unknown-column\n      column: anteckning\n      reason: our notes\n' +
        '    - rule: participants.duplicate-id\n      reason: wishful\n',
    );
    const result = await validateDataset(folder, {});
    expect(result.acceptedCount).toBe(0);
    const unused = result.warnings.filter((f) => f.file === 'project.yaml');
    // The entries follow the base's 16 lines (its narrative answers included): lines 18 and 21.
    expect(unused.map((f) => [f.line, f.message])).toEqual([
      [18, 'validate.accept[0] (csv.unknown-column) matches no warning'],
      [21, 'validate.accept[1] names participants.duplicate-id, which is not a warning rule: errors cannot be accepted'],
    ]);
  });
});
