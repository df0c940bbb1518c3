// Messages for broken YAML configuration: they name the key, what was written and what to do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { MunicipalityConfig, RegionConfig } from '../schema/config.js';
import { FindingCollector } from './collector.js';
import { loadConfig } from './config.js';
import { DataFolder } from '../boundary/data-folder.js';

const ROOT = join(import.meta.dirname, '..', '..');

const dir = mkdtempSync(join(tmpdir(), 'plugin-report-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function findingsFor(text: string, schema: typeof RegionConfig | typeof MunicipalityConfig) {
  const path = join(dir, 'file.yaml');
  writeFileSync(path, text);
  const findings = new FindingCollector();
  const loaded = await loadConfig(new DataFolder(dir), 'file.yaml', schema, findings);
  return { loaded, errors: findings.errors };
}

describe('config findings', () => {
  it('a misspelt required key: one finding on its line, with the key it meant', async () => {
    const { loaded, errors } = await findingsFor(
      'id: ett\nname: Ett\nkommunkd: "1272"\nworkshops:\n  - id: v\n    name: V\n    target_groups: [1]\n',
      MunicipalityConfig,
    );
    expect(loaded?.value).toBeUndefined();
    expect(errors.map((e) => [e.line, e.message])).toEqual([[3, 'kommunkd: unknown key "kommunkd"; did you mean "kommunkod"?']]);
    // The rest of the file is kept under the key it meant, for the checks that salvage it.
    expect((loaded!.raw as Record<string, unknown>).kommunkod).toBe('1272');
  });

  it('a misspelt optional key and a nested one get their suggestions; an unknown key close to nothing gets none', async () => {
    const { errors } = await findingsFor(
      'id: skane\nname: S\norganisation: K\ncounty_code: "12"\nmunicipalities: [malmo]\nreport_yaer: 2018\ncolour: blue\nnarrative:\n  sumary: Text\n',
      RegionConfig,
    );
    expect(errors.map((e) => [e.line, e.message]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [6, 'report_yaer: unknown key "report_yaer"; did you mean "report_year"?'],
      [7, 'colour: unknown key "colour"'],
      [9, 'narrative.sumary: unknown key "sumary"; did you mean "summary"?'],
    ]);
  });

  it('a missing key with no misspelling near it is still reported as missing', async () => {
    const { errors } = await findingsFor(
      'id: ett\nname: Ett\nworkshops:\n  - id: v\n    name: V\n    target_groups: [1]\n',
      MunicipalityConfig,
    );
    expect(errors.map((e) => [e.line, e.message])).toEqual([[1, 'kommunkod: is required but missing']]);
  });

  it('an id with å: says what was written, in which list item, and suggests the slug', async () => {
    const { errors } = await findingsFor(
      'id: skane\nname: Skåne\norganisation: K\ncounty_code: "12"\nmunicipalities:\n  - malmo\n  - ängelholm\n',
      RegionConfig,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 7,
      message: expect.stringMatching(/^municipalities \(item 2\): "ängelholm" must be a lowercase ASCII slug/),
    });
    expect(errors[0]!.hint).toContain('"angelholm"');
  });

  it('an empty file says so', async () => {
    const { errors } = await findingsFor('', RegionConfig);
    expect(errors.map((e) => e.message)).toEqual(['the file is empty']);
  });
});

describe('the quick parser (js-yaml) and the precise one (yaml) read the same data', () => {
  // loadConfig trusts js-yaml only for files it parses and the schema accepts; that is safe when
  // whatever js-yaml accepts, yaml accepts too, as the same data.
  const tricky = [
    'a: 1_000\nb: 0o17\nc: 2015-01-01\nd: yes\ne: ~\nf: .inf\ng: 0x1F\nh: +12\ni: 1e3\nj: "007"\nk: 0777\n',
    'name: Malmö\nnarrative:\n  what_we_did: |\n    Rad ett\n\n    Rad två: "citat"\n  quotes:\n    - text: >\n        vikt\n        text\n',
    'a: &x {b: 1}\nc: *x\n',
    'list: [1, two, "three", {four: 4}]\n',
    'a: 1\na: 2\n',
    'a: b: c\n',
    '---\na: 1\n---\nb: 2\n',
    '\ta: 1\n',
    'a: [1, 2\n',
    'key with spaces: value # comment\n"quoted key": \'single\'\n',
    '? complex\n: value\n',
    'a: !!str 12\nb: !!int "12"\n',
    '%YAML 1.2\n---\na: 1\n',
    '',
    '# only a comment\n',
  ];
  const files = execFileSync('find', [join(ROOT, 'fixtures'), '-name', '*.yaml', '-type', 'f'], { encoding: 'utf8' })
    .trim()
    .split('\n');

  it.each([
    ...tricky.map((t, i) => [`snippet ${i + 1}`, t] as const),
    ...files.map((f) => [f.slice(ROOT.length + 1), readFileSync(f, 'utf8')] as const),
  ])('%s', (_name, text) => {
    let quick: unknown;
    try {
      quick = load(text, { schema: CORE_SCHEMA });
    } catch {
      return; // js-yaml refuses: loadConfig takes the precise path anyway
    }
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    // An empty document is null to one and undefined to the other; no schema accepts either.
    expect(quick ?? undefined).toEqual(doc.toJS() ?? undefined);
  });
});
