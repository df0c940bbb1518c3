// Every rule, through the fixtures in fixtures/broken: each case is a complete data folder with
// exactly one deliberate problem, and must give exactly the finding cases.json names.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './dataset.js';
import { BOUNDARY_RULES, RULES } from './rules.js';
import { BROKEN_CASES, BROKEN_DIR } from './test-helpers/broken-cases.js';

const broken = BROKEN_DIR;
const cases = BROKEN_CASES;

describe('fixtures/broken', () => {
  it('the unchanged base folder is valid and has no warnings', async () => {
    const result = await validateDataset(join(broken, 'valid'), {});
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toBe(13);
  });

  for (const c of cases) {
    it(`${c.case}: ${c.rule} at ${c.file}:${c.line ?? '-'}${c.column ? `:${c.column}` : ''}`, async () => {
      const result = await validateDataset(join(broken, c.case), {});
      const all = [...result.errors, ...result.warnings];
      // Exactly one finding: the deliberate one.
      expect(all.map((f) => [f.rule, f.file, f.line, f.column])).toEqual([[c.rule, c.file, c.line, c.column]]);
      expect(all[0]!.severity).toBe(c.severity);
      expect(RULES[c.rule]?.severity).toBe(c.severity);
      expect(all[0]!.hint).toBeTruthy();
    });
  }

  it('covers every rule of the catalogue except unreadable files', () => {
    const covered = new Set(cases.map((c) => c.rule));
    // The boundary's rules are proven by the hostile corpus generated at test time (test/e2e/hostile.test.ts).
    const missing = Object.keys(RULES).filter((rule) => !covered.has(rule) && !rule.endsWith('.unreadable') && !BOUNDARY_RULES.includes(rule));
    // Row rules shared by several files are covered in one file each and unit-tested in fields.test.ts.
    const sharedRowRules = missing.filter((rule) => /\.(missing-value|invalid-date|invalid-person-id|invalid-personnummer|invalid-code)$/.test(rule));
    expect(missing.filter((rule) => !sharedRowRules.includes(rule))).toEqual([]);
  });
});
