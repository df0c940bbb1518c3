import { describe, expect, it } from 'vitest';
import pc from 'picocolors';
import type { Finding } from './finding.js';
import { escapeData, escapeProperty, formatGithub, formatJson, formatText, isValid, type Summary } from './format.js';

const findings: Finding[] = [
  {
    severity: 'warning',
    rule: 'csv.unknown-column',
    file: 'a/b/grades.csv',
    line: 1,
    column: 5,
    columnName: 'x',
    message: 'column "x" is ignored',
    hint: 'Rename it.',
  },
  {
    severity: 'error',
    rule: 'participants.duplicate-id',
    file: 'a/b/participants.csv',
    line: 9,
    column: 1,
    columnName: 'id',
    message: 'id 811218-9876 on lines 3 and 9, 100% sure: yes',
    hint: 'Merge\nthem.',
  },
  { severity: 'error', rule: 'participants.invalid-date', file: 'a/b/participants.csv', line: 3, column: 6, message: 'bad date' },
];
const summary: Summary = { files: 3, rows: 1234567, errors: 2, warnings: 1 };

describe('output formats', () => {
  it('text: grouped by file in order of lines, with hints and a summary, no colour when disabled', () => {
    const text = formatText(findings, summary, pc.createColors(false));
    expect(text).not.toMatch(/\u001b\[/);
    const lines = text.split('\n');
    expect(lines[0]).toBe('a/b/grades.csv');
    expect(text.indexOf('3:6')).toBeLessThan(text.indexOf('9:1'));
    expect(text).toContain('(participants.duplicate-id)');
    expect(text).toContain('hint: Rename it.');
    expect(text).toContain('3 files, 1,234,567 rows: 2 errors, 1 warning');
    expect(text).not.toContain('9876');
  });

  it('text: colours only when asked', () => {
    expect(formatText(findings, summary, pc.createColors(true))).toMatch(/\u001b\[31m/);
  });

  it('json: the documented version-1 shape', () => {
    const doc = JSON.parse(formatJson(findings, summary, false));
    expect(Object.keys(doc)).toEqual(['version', 'valid', 'summary', 'findings']);
    expect(doc.version).toBe(1);
    expect(doc.valid).toBe(false);
    expect(doc.summary).toEqual(summary);
    expect(doc.findings).toHaveLength(3);
    expect(doc.findings[0]).toEqual({
      severity: 'warning',
      rule: 'csv.unknown-column',
      file: 'a/b/grades.csv',
      line: 1,
      column: 5,
      columnName: 'x',
      message: 'column "x" is ignored',
      hint: 'Rename it.',
    });
    expect(JSON.stringify(doc)).not.toContain('9876');
  });

  it('github: escapes per the workflow-command rules', () => {
    expect(escapeData('100% a\r\nb')).toBe('100%25 a%0D%0Ab');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });

  it('github: one command per finding with paths relative to the working directory', () => {
    const out = formatGithub(findings, summary, '/data/in', '/data').trim().split('\n');
    expect(out[0]).toBe('::warning file=in/a/b/grades.csv,line=1,col=5,title=csv.unknown-column::column "x" is ignored%0ARename it.');
    expect(out[2]).toBe(
      '::error file=in/a/b/participants.csv,line=9,col=1,title=participants.duplicate-id::id 811218-**** on lines 3 and 9, 100%25 sure: yes%0AMerge%0Athem.',
    );
    expect(out.at(-1)).toMatch(/^::notice title=plugin-report validate::3 files/);
  });

  describe('an info', () => {
    const info: Finding = {
      severity: 'info',
      rule: 'participants.workshops-unchecked',
      file: 'a/b/participants.csv',
      line: 3,
      column: 6,
      message: 'workshop and target_group are not checked',
      hint: 'Fix municipality.yaml.',
    };
    const withInfo = [info, ...findings];
    const counted: Summary = { ...summary, infos: 1 };

    it('text: marked info, listed after an error on the same line, and counted apart from the warnings', () => {
      const text = formatText(withInfo, counted, pc.createColors(false));
      expect(text).toMatch(/\n {2}3:6 {5}error {3}bad date .*\n {2}3:6 {5}info {4}workshop and target_group are not checked/);
      expect(text).toContain('3 files, 1,234,567 rows: 2 errors, 1 warning, 1 info\n');
      expect(formatText(findings, summary, pc.createColors(false))).toContain('2 errors, 1 warning\n');
    });

    it('json: severity "info" and summary.infos', () => {
      const doc = JSON.parse(formatJson(withInfo, counted, true));
      expect(doc.summary).toEqual({ files: 3, rows: 1234567, errors: 2, warnings: 1, infos: 1 });
      expect(doc.findings.filter((f: Finding) => f.severity === 'info').map((f: Finding) => f.rule)).toEqual([info.rule]);
    });

    it('never fails --strict, where an open warning does and an accepted one does not', () => {
      const clean = { files: 3, rows: 10, errors: 0, warnings: 0 };
      expect(isValid({ ...clean, infos: 4 }, true)).toBe(true);
      expect(isValid({ ...clean, warnings: 1, infos: 4 }, true)).toBe(false);
      expect(isValid({ ...clean, warnings: 1, accepted: 1 }, true)).toBe(true);
      expect(isValid({ ...clean, warnings: 1 }, false)).toBe(true);
      expect(isValid({ ...clean, errors: 1, infos: 4 }, false)).toBe(false);
    });

    it('github: a notice, never an error or a warning', () => {
      const out = formatGithub([info], counted, '/data/in', '/data').trim().split('\n');
      expect(out[0]).toBe(
        '::notice file=in/a/b/participants.csv,line=3,col=6,title=participants.workshops-unchecked::workshop and target_group are not checked%0AFix municipality.yaml.',
      );
    });
  });
});
