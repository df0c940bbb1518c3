import { describe, expect, it } from 'vitest';
import { FindingCollector } from './collector.js';
import { RULE } from './rules.js';

describe('FindingCollector and infos', () => {
  it('lists and counts an info apart from the warnings', () => {
    const findings = new FindingCollector();
    findings.raise(RULE.participants.workshopsUnchecked, 'a/b/participants.csv', { config: 'a/b/municipality.yaml' });
    findings.raise(RULE.participants.noRows, 'a/b/participants.csv', undefined, { line: 1 });
    findings.finish();
    expect(findings.infos.map((f) => [f.severity, f.rule])).toEqual([['info', 'participants.workshops-unchecked']]);
    expect(findings.warnings.map((f) => f.rule)).toEqual(['participants.no-rows']);
    expect([findings.errorCount, findings.warningCount, findings.infoCount]).toEqual([0, 1, 1]);
  });
});
