// The CLI as a user meets it: help, usage errors, exit codes, and no stack traces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/plugin-report.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });

describe('plugin-report CLI', () => {
  it('--help lists every command with examples', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['validate', 'figures', 'build', 'brochures', 'schema'])
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('plugin-report build --region skane');
  });

  it('an unknown option is a usage error (exit 2) that names the option', () => {
    const result = run(['validate', '--colour']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--colour'");
  });

  it('a missing data folder says what to do, exits 2 and shows no stack trace', () => {
    const result = run(['validate', '--data', 'no/such/folder']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/hint:/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown region lists the valid ids', () => {
    const result = run(['figures', '--region', 'atlantis', '--data', 'fixtures']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('skane');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when the reader of its output goes away (broken pipe)', () => {
    const result = spawnSync(
      'bash',
      ['-c', 'node bin/plugin-report.js figures --national --data fixtures --format csv | head -n 1; echo "status=${PIPESTATUS[0]}"'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toContain('level,id,indicator,group,value');
    expect(result.stdout).toContain('status=0');
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('schema prints the JSON Schema of a config file', () => {
    const result = run(['schema', 'municipality']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe('plugin-report <region>/<municipality>/municipality.yaml');
  });
});

describe('plugin-report CLI: wrong paths', () => {
  it('--data naming a file is a usage error (exit 2), not invalid data', () => {
    const result = run(['validate', '--data', 'fixtures/project.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"fixtures/project.yaml" is a file, not a data folder');
  });

  it('an --out folder that cannot be created fails at once with exit 2 and writes nothing', () => {
    const result = spawnSync(
      process.execPath,
      [
        'bin/plugin-report.js',
        'figures',
        '--region',
        'alpha',
        '--data',
        'fixtures/broken/valid',
        '--out',
        '/proc/plugin-report-test/f.json',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(result.error).toBeUndefined(); // not killed by the timeout
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Could not write /proc/plugin-report-test/f.json: no such file or folder on the path (ENOENT).');
  });
});

describe('plugin-report schema --format datapackage', () => {
  it('writes the descriptor of the data folder to --out, resource paths relative to it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapkg-e2e-'));
    const out = join(dir, 'datapackage.json');
    const result = run(['schema', '--format', 'datapackage', '--data', 'fixtures', '--out', out]);
    expect([result.status, result.stderr]).toEqual([0, `wrote ${out}\n`]);
    const descriptor = JSON.parse(readFileSync(out, 'utf8')) as { profile: string; resources: { name: string; path: string }[] };
    expect(descriptor.profile).toBe('tabular-data-package');
    const bromolla = descriptor.resources.find((r) => r.name === 'skane/bromolla/participants')!;
    expect(bromolla.path).toBe(relative(dir, join(root, 'fixtures/skane/bromolla/participants.csv')).split(sep).join('/'));
  });

  it('printed, the paths are relative to the data folder; a folder without tables is exit 2 with a hint, no stack', () => {
    const printed = run(['schema', '--format', 'datapackage', '--data', 'fixtures']);
    expect(printed.status).toBe(0);
    expect(JSON.parse(printed.stdout).resources[0].path).toMatch(/^[a-z-]+\/[a-z-]+\/participants\.csv$/);
    const empty = run(['schema', '--format', 'datapackage', '--data', mkdtempSync(join(tmpdir(), 'datapkg-empty-'))]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no table file');
    expect(empty.stderr).toMatch(/hint:/);
    expect(empty.stderr).not.toMatch(/\n\s+at /);
    expect(empty.stdout).toBe('');
  });
});
