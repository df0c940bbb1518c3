// End to end: `plugin-report init` as a new user runs it, then `validate` on what it wrote.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'bin/plugin-report.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('plugin-report init', () => {
  it('init into an empty folder, add a region and a municipality: validate exits 0 with warnings only', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plugin-report-init-e2e-')), 'data');
    made.push(dir);
    expect(cli('init', dir).code).toBe(0);
    expect(cli('validate', '--data', dir).code).toBe(0);
    expect(cli('init', dir, '--region', 'skane', '--name', 'Skåne').code).toBe(0);
    const added = cli('init', dir, '--municipality', 'bromolla', '--name', 'Bromölla', '--region', 'skane');
    expect(added.stdout).toContain(`created ${dir}/skane/bromolla/participants.csv`);
    const validation = cli('validate', '--data', dir, '--format', 'json');
    expect(validation.code).toBe(0);
    const doc = JSON.parse(validation.stdout) as { findings: { severity: string }[] };
    expect(doc.findings.length).toBeGreaterThan(0);
    expect(doc.findings.every((f) => f.severity === 'warning')).toBe(true);
    // --strict fails on the unanswered questions, like on any warning.
    expect(cli('validate', '--data', dir, '--strict').code).toBe(1);
  });

  it('refuses a non-empty folder without --force (exit 2, nothing changed), and a bad id with the slug it meant', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plugin-report-init-e2e-'));
    made.push(dir);
    expect(cli('init', dir).code).toBe(0);
    const before = readFileSync(join(dir, 'project.yaml'), 'utf8');
    const again = cli('init', dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toBe(before);
    const bad = cli('init', dir, '--region', 'Västra Götaland', '--name', 'Västra Götaland');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"vastra-gotaland"');
  });
});
