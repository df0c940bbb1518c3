// Every rule, through the fixtures in fixtures/broken: each case is a complete data folder with
// exactly one deliberate problem, and must give exactly the finding cases.json names.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_FILE_KINDS, CSV_SPECS } from '../schema/csv.js';
import { validateDataset } from './dataset.js';
import { BOUNDARY_RULE_IDS, FIELD_RULE, FIELD_TYPE_RULES, FIXED_RULES, RULE, RULES, fieldRuleId } from './rules.js';
import { BROKEN_CASES, BROKEN_DIR } from './test-helpers/broken-cases.js';
import { insideGitWorkTree } from '../boundary/git-work-tree.js';

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
      const all = [...result.errors, ...result.warnings, ...result.infos];
      // Exactly the deliberate finding, and those it must not hide.
      const inGitWorkTree = insideGitWorkTree(join(broken, c.case));
      const expected = [c, ...(c.also ?? [])].filter((e) => !e.onlyInGitWorkTree || inGitWorkTree);
      const key = (f: { rule: string; file: string; line?: number; column?: number; severity: string }) =>
        JSON.stringify([f.rule, f.file, f.line, f.column, f.severity]);
      expect(all.map(key).sort()).toEqual(expected.map(key).sort());
      for (const e of expected) expect(RULES[e.rule]?.severity).toBe(e.severity);
      for (const f of all) expect(f.hint).toBeTruthy();
    });
  }

  it('covers every rule of the catalogue except unreadable files and the boundary', () => {
    const covered = new Set(cases.flatMap((c) => [c.rule, ...(c.also ?? []).map((a) => a.rule)]));
    // The boundary's rules are proven by the hostile corpus generated at test time (test/e2e/hostile.test.ts).
    const missing = Object.keys(RULES).filter(
      (rule) => !covered.has(rule) && !rule.endsWith('.unreadable') && !BOUNDARY_RULE_IDS.includes(rule),
    );
    // Workbooks cannot be written by the text generator: the xlsx rules are proven in src/commands/init/filled-through-excel.test.ts.
    const xlsxRules = [RULE.csv.extraSheets.id, RULE.csv.mergedCells.id];
    missing.splice(0, missing.length, ...missing.filter((rule) => !xlsxRules.includes(rule)));
    // Row rules shared by several files are covered in one file each and unit-tested in fields.test.ts.
    const sharedRowRules = missing.filter((rule) =>
      /\.(missing-value|invalid-date|invalid-person-id|invalid-personnummer|invalid-code)$/.test(rule),
    );
    expect(missing.filter((rule) => !sharedRowRules.includes(rule))).toEqual([]);
  });
});

// The catalogue is the one place a rule is written down: code raises each rule by its constant.
describe('the rule catalogue', () => {
  const sourceDir = join(import.meta.dirname, '..');
  const sources = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('test-helpers') && f !== join('validate', 'rules.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(sourceDir, f), 'utf8') }))
    // Comments may name a rule as an example; code may not.
    .map((s) => ({ ...s, code: s.text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '') }));

  it('every rule constant is raised somewhere', () => {
    const constants = Object.entries(RULE).flatMap(([group, rules]) => Object.keys(rules).map((key) => `RULE.${group}.${key}`));
    // Ingest reports its problems by kind (src/ingest/problems.ts); the collector maps a kind K to RULE.csv.K.
    const raisedAsProblem = (constant: string) =>
      constant.startsWith('RULE.csv.') && sources.some((s) => s.code.includes(`.problem('${constant.slice('RULE.csv.'.length)}'`));
    const unused = constants.filter(
      (constant) => !raisedAsProblem(constant) && !sources.some((s) => new RegExp(`\\b${constant.replace(/\./g, '\\.')}\\b`).test(s.code)),
    );
    expect(unused).toEqual([]);
  });

  it('every row rule applies to some column (missing-value to every required one)', () => {
    const applied = new Set(CSV_FILE_KINDS.flatMap((kind) => CSV_SPECS[kind].columns.flatMap((c) => FIELD_TYPE_RULES[c.type])));
    const unused = Object.entries(FIELD_RULE).filter(([, rule]) => rule !== FIELD_RULE.missingValue && !applied.has(rule as never));
    expect(unused.map(([key]) => key)).toEqual([]);
  });

  it('no rule id or row-rule suffix is written out as a string outside the catalogue', () => {
    const words = [...Object.keys(RULES), ...Object.values(FIELD_RULE).map((r) => r.suffix)];
    const literals = sources.flatMap((s) =>
      words.filter((w) => new RegExp(`['"\`.]${w.replace(/\./g, '\\.')}['"\`]`).test(s.code)).map((w) => `${s.file}: ${w}`),
    );
    expect(literals).toEqual([]);
  });

  it('the README table lists every id the constants raise, with their severity', () => {
    for (const rule of FIXED_RULES) expect(RULES[rule.id]?.severity, rule.id).toBe(rule.severity);
    for (const kind of CSV_FILE_KINDS) {
      for (const column of CSV_SPECS[kind].columns) {
        for (const rule of FIELD_TYPE_RULES[column.type]) expect(RULES[fieldRuleId(kind, rule)]?.severity).toBe(rule.severity);
      }
    }
  });
});
