// End to end: the built CLI (`node bin/plugin-report.js validate`) on every broken case, on a valid
// folder, on personnummer in all three formats, and on the bundled fixtures.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_CASES, BROKEN_DIR } from '../../src/validate/test-helpers/broken-cases.js';

const root = join(import.meta.dirname, '../..');
const broken = BROKEN_DIR;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/plugin-report.js'), ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const cases = BROKEN_CASES;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.concurrent('validate on fixtures/broken', () => {
  for (const c of cases) {
    it(`${c.case} → exit 1 with ${c.rule} at ${c.file}:${c.line ?? '-'}`, async () => {
      // Warning-only cases fail only with --strict.
      const args = [
        'validate',
        '--data',
        join('fixtures/broken', c.case),
        '--format',
        'json',
        ...(c.severity === 'warning' ? ['--strict'] : []),
      ];
      const run = await cli(args);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const doc = JSON.parse(run.stdout);
      expect(doc.valid).toBe(false);
      const finding = doc.findings.find((f: Case) => f.rule === c.rule && f.file === c.file);
      expect(finding).toBeDefined();
      expect([finding.line, finding.column, finding.severity]).toEqual([c.line, c.column, c.severity]);
    });
  }

  it('a warning alone passes without --strict', async () => {
    const run = await cli(['validate', '--data', 'fixtures/broken/grades-sv-and-sva']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 errors, 1 warning');
  });

  it('an unchecked workshop column is an info: printed and counted apart from the warnings, a notice on GitHub', async () => {
    const data = 'fixtures/broken/config-missing-file';
    const json = JSON.parse((await cli(['validate', '--data', data, '--format', 'json'])).stdout);
    expect(json.summary).toMatchObject({ errors: 1, warnings: 0, infos: 1 });
    expect(json.findings.find((f: { severity: string }) => f.severity === 'info')).toMatchObject({
      rule: 'participants.workshops-unchecked',
    });
    const text = await cli(['validate', '--data', data]);
    expect(text.stdout).toMatch(/info {4}workshop and target_group are not checked/);
    expect(text.stdout).toContain('1 error, 0 warnings, 1 info');
    const github = await cli(['validate', '--data', data, '--format', 'github']);
    expect(github.stdout).toMatch(/^::notice file=[^\n]*title=participants\.workshops-unchecked::/m);
  });

  it('the valid base folder exits 0 in every format', async () => {
    for (const format of ['text', 'json', 'github']) {
      const run = await cli(['validate', '--data', 'fixtures/broken/valid', '--format', format]);
      expect(run.code, format).toBe(0);
    }
  });

  it('text output names file, line:col, rule and hint; github output uses workflow commands', async () => {
    const text = await cli(['validate', '--data', 'fixtures/broken/participants-duplicate-id']);
    expect(text.stdout).toContain('alpha/ett/participants.csv');
    expect(text.stdout).toMatch(/6:1\s+error\s+participant_id "P002" appears on line 3 and again on line 6 \(participants\.duplicate-id\)/);
    expect(text.stdout).toContain('hint:');
    expect(text.stdout).not.toMatch(/\u001b\[/); // NO_COLOR and no TTY
    const github = await cli(['validate', '--data', 'fixtures/broken/participants-duplicate-id', '--format', 'github']);
    expect(github.stdout).toContain(
      '::error file=fixtures/broken/participants-duplicate-id/alpha/ett/participants.csv,line=6,col=1,title=participants.duplicate-id::',
    );
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['validate', '--data', 'fixtures/broken/no-such-folder'])).code).toBe(2);
    expect((await cli(['validate', '--data', 'fixtures/broken/valid', '--region', 'nowhere'])).code).toBe(2);
    // --municipality alone finds its region; an id no region lists is a usage error.
    const found = await cli(['validate', '--data', 'fixtures/broken/valid', '--municipality', 'ett']);
    // project.yaml, region.yaml, municipality.yaml, its three narrative/*.md answers and four tables.
    expect([found.code, found.stdout]).toEqual([0, '10 files, 13 rows: 0 errors, 0 warnings\n']);
    const nowhere = await cli(['validate', '--data', 'fixtures/broken/valid', '--municipality', 'nowhere']);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('no region.yaml in "fixtures/broken/valid" lists a municipality "nowhere"');
    const unknownMunicipality = await cli([
      'validate',
      '--data',
      'fixtures/broken/valid',
      '--region',
      'alpha',
      '--municipality',
      'nowhere',
    ]);
    expect(unknownMunicipality.code).toBe(2);
    expect(unknownMunicipality.stderr).toContain('ett');
    expect((await cli(['validate', '--format', 'xml'])).code).toBe(2);
  });
});

describe('personnummer never appear whole', () => {
  // 811218-9876 is valid; 19811218-9877 and 790101-1235 have wrong check digits.
  const whole = ['811218-9876', '8112189876', '19811218-9876', '198112189876', '19811218-9877', '811218-9877', '790101-1235', '7901011235'];

  function folder() {
    const dir = mkdtempSync(join(tmpdir(), 'plugin-report-pnr-'));
    made.push(dir);
    cpSync(join(broken, 'valid'), dir, { recursive: true });
    const p = join(dir, 'alpha/ett/participants.csv');
    const csv = readFileSync(p, 'utf8')
      .replace('P001,', '811218-9876,')
      .replace('P003,', '19811218-9877,')
      .concat('198112189876,verkstad,1,male,2001,2017-01-10,,,\n', '790101-1235,verkstad,1,male,1979,2017-01-10,,,\n');
    writeFileSync(p, csv);
    writeFileSync(
      join(dir, 'alpha/ett/grades.csv'),
      'participant_id,term,subject,grade\n811218-9876,HT2016,SV,C\n811218-9876,HT2016,SV,D\n7901011235,HT2016,SV,C\n',
    );
    writeFileSync(
      join(dir, 'alpha/ett/dropouts.csv'),
      'participant_id,date,reason,returned_date\n8112189876,2015-10-01,health,2015-09-01\n',
    );
    return dir;
  }

  it('in text, json and github output and on stderr', async () => {
    const dir = folder();
    const outputs: Run[] = [];
    for (const format of ['text', 'json', 'github']) outputs.push(await cli(['validate', '--data', dir, '--format', format]));
    for (const run of outputs) {
      expect(run.code).toBe(1);
      for (const id of whole) {
        expect(run.stdout).not.toContain(id);
        expect(run.stderr).not.toContain(id);
      }
    }
    const doc = JSON.parse(outputs[1]!.stdout);
    const rules = new Set(doc.findings.map((f: { rule: string }) => f.rule));
    // The numbers really were in play: a duplicate, wrong check digits, a duplicate grade, bad dates.
    for (const rule of [
      'participants.duplicate-id',
      'participants.invalid-personnummer',
      'grades.invalid-personnummer',
      'grades.duplicate',
      'dropouts.returned-before-date',
    ]) {
      expect(rules).toContain(rule);
    }
    expect(outputs[0]!.stdout).toContain('811218-****');
    // A personnummer in an option that ends up in a user error on stderr is masked as well.
    const region = await cli(['validate', '--data', dir, '--region', '811218-9876']);
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('811218-****');
    for (const id of whole) expect(region.stderr).not.toContain(id);
  });
});

describe('bundled fixtures', () => {
  it.runIf(existsSync(join(root, 'fixtures/project.yaml')))('validate --data fixtures exits 0', async () => {
    const run = await cli(['validate', '--data', 'fixtures', '--format', 'json']);
    const doc = JSON.parse(run.stdout);
    expect(doc.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(doc.summary.rows).toBeGreaterThan(1000);
    // The fixtures' free text is published too: it states no small number of people (issue 11).
    expect(doc.findings.filter((f: { rule: string }) => f.rule === 'narrative.small-count')).toEqual([]);
  });
});
