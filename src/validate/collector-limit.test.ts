// A rule that fires on every row stops building messages past the listing limit, and the counts
// stay exact: the summary line and the error count say how many there were.
import { describe, expect, it } from 'vitest';
import { FINDINGS_PER_RULE_AND_FILE, FindingCollector } from './collector.js';

describe('FindingCollector.skipOverLimit', () => {
  it('lists the first findings, then only counts them, with exact totals', () => {
    const findings = new FindingCollector();
    let built = 0;
    for (let i = 0; i < 1000; i++) {
      if (findings.skipOverLimit('error', 'participants.invalid-date', 'a/b/participants.csv')) continue;
      built++;
      findings.add({
        severity: 'error',
        rule: 'participants.invalid-date',
        file: 'a/b/participants.csv',
        message: `row ${i}`,
        line: i + 2,
      });
    }
    findings.finish();
    expect(built).toBe(FINDINGS_PER_RULE_AND_FILE);
    expect(findings.errorCount).toBe(1000);
    expect(findings.errors).toHaveLength(FINDINGS_PER_RULE_AND_FILE + 1);
    expect(findings.errors.at(-1)!.message).toBe(
      `${1000 - FINDINGS_PER_RULE_AND_FILE} more findings of this rule in this file are not listed`,
    );
  });

  it('keeps rules and files apart, and counts warnings as warnings', () => {
    const findings = new FindingCollector();
    for (let i = 0; i < FINDINGS_PER_RULE_AND_FILE; i++)
      findings.add({ severity: 'warning', rule: 'grades.unknown-subject', file: 'x.csv', message: 'w' });
    expect(findings.skipOverLimit('warning', 'grades.unknown-subject', 'x.csv')).toBe(true);
    expect(findings.skipOverLimit('warning', 'grades.unknown-subject', 'y.csv')).toBe(false);
    expect(findings.skipOverLimit('error', 'grades.invalid-term', 'x.csv')).toBe(false);
    expect([findings.warningCount, findings.errorCount]).toEqual([FINDINGS_PER_RULE_AND_FILE + 1, 0]);
  });

  it('escapes and masks every listed finding, whatever the rule wrote', () => {
    const findings = new FindingCollector();
    findings.add({
      severity: 'error',
      rule: 'x.rule',
      file: 'f.csv',
      message: 'value \u001b[2J 19990101 2386',
      hint: 'see 990101–2386',
      columnName: 'col\u0007',
    });
    expect(findings.errors[0]).toMatchObject({
      message: 'value \\u001b[2J 19990101-****',
      hint: 'see 990101-****',
      columnName: 'col\\u0007',
    });
  });
});
