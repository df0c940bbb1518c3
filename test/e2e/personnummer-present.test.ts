// End-to-end: the BUILT CLI's validate warns (data.personnummer-present) when a data folder inside a
// Git work tree holds personnummer ids, names pseudonymise, and fails --strict; the same folder
// outside Git, and the folder once pseudonymised, give no such finding.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
const M = 'alpha/ett';
const RULE = 'data.personnummer-present';

const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

interface Finding {
  rule: string;
  file: string;
  line?: number;
  message: string;
  hint?: string;
}

const validate = (data: string, strict = false) => {
  const result = run(['validate', '--data', data, '--format', 'json', ...(strict ? ['--strict'] : [])]);
  return { status: result.status, stdout: result.stdout, findings: (JSON.parse(result.stdout) as { findings: Finding[] }).findings };
};

/** fixtures/broken/valid with P001 a personnummer: as written in participants.csv, 12 digits in grades and dropouts. */
function dataFolderIn(parent: string): string {
  const data = join(parent, 'data');
  cpSync(join(ROOT, 'fixtures', 'broken', 'valid'), data, { recursive: true });
  for (const [file, id] of [
    ['participants.csv', '990101-2386'],
    ['grades.csv', '199901012386'],
    ['dropouts.csv', '199901012386'],
  ] as const) {
    const path = join(data, M, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('\nP001,', `\n${id},`));
  }
  return data;
}

const work = mkdtempSync(join(tmpdir(), 'pnr-present-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let inGit: string;
let outsideGit: string;

beforeAll(() => {
  const repo = join(work, 'repo');
  mkdirSync(repo);
  execFileSync('git', ['init', '--quiet', repo]);
  inGit = dataFolderIn(repo);
  const plain = join(work, 'plain');
  mkdirSync(plain);
  outsideGit = dataFolderIn(plain);
});

describe('validate: data.personnummer-present', () => {
  it('inside a Git work tree: one warning per file with the count and the command, no personnummer printed; --strict fails', () => {
    const { status, stdout, findings } = validate(inGit);
    expect(status).toBe(0);
    const present = findings.filter((f) => f.rule === RULE);
    expect(present.map((f) => [f.file, f.line])).toEqual([
      [`${M}/participants.csv`, 2],
      [`${M}/grades.csv`, 2],
      [`${M}/dropouts.csv`, 2],
    ]);
    expect(present[1]!.message).toMatch(/^4 person ids in this file are personnummer/);
    expect(present[0]!.hint).toContain('plugin-report pseudonymise --data DIR --key-file FILE');
    expect(stdout).not.toMatch(/2386/);
    expect(validate(inGit, true).status).toBe(1);
  });

  it('the same data outside a Git work tree: no finding', () => {
    const { status, findings } = validate(outsideGit, true);
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('once pseudonymised: no finding, and --strict passes', () => {
    const key = join(work, 'pseudonym.key');
    expect(run(['pseudonymise', '--data', inGit, '--key-file', key, '--new-key']).status).toBe(0);
    const { status, findings } = validate(inGit, true);
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });
});
