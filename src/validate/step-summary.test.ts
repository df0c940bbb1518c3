import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.js';
import { SUMMARY_ROWS, cell, findingsMarkdown } from './step-summary.js';

const finding = (line: number, message = 'bad value'): Finding => ({
  severity: 'error',
  rule: 'participants.invalid-date',
  file: 'skane/lund/participants.csv',
  line,
  column: 6,
  message,
});

describe('the job summary of validate', () => {
  it('keeps a message in its cell: pipes, line breaks and HTML are escaped', () => {
    expect(cell('a | b\nc <script>')).toBe('a \\| b c &lt;script&gt;');
  });

  it('is a table of findings under a verdict and the summary line', () => {
    const md = findingsMarkdown(
      [finding(3, 'start_date "2016-13-01" | is not a date')],
      { files: 2, rows: 5, errors: 1, warnings: 0 },
      false,
    );
    expect(md.split('\n').slice(0, 6)).toEqual([
      '### plugin-report validate: ❌ not valid',
      '',
      '2 files, 5 rows: 1 error, 0 warnings',
      '',
      '| | file | line | rule | finding |',
      '|---|---|---|---|---|',
    ]);
    expect(md).toContain(
      '| error | skane/lund/participants.csv | 3:6 | participants.invalid-date | start_date "2016-13-01" \\| is not a date |',
    );
  });

  it('masks a personnummer and lists at most SUMMARY_ROWS findings', () => {
    const many = Array.from({ length: SUMMARY_ROWS + 5 }, (_, i) => finding(i + 2, 'person 19990101-1234 twice'));
    const md = findingsMarkdown(many, { files: 1, rows: 200, errors: many.length, warnings: 0 }, false);
    expect(md).not.toContain('19990101-1234');
    expect(md.split('\n').filter((l) => l.startsWith('| error |'))).toHaveLength(SUMMARY_ROWS);
    expect(md).toContain('… and 5 more');
  });

  it('says valid, with warnings, when only warnings are left open', () => {
    expect(findingsMarkdown([], { files: 1, rows: 1, errors: 0, warnings: 2, accepted: 1 }, true)).toMatch(
      /^### plugin-report validate: ⚠️ valid, with warnings/,
    );
    expect(findingsMarkdown([], { files: 1, rows: 1, errors: 0, warnings: 2, accepted: 2 }, true)).toMatch(
      /^### plugin-report validate: ✅ valid\n/,
    );
  });
});
