// End-to-end: the package as a user gets it. `npm pack` makes the tarball, `npm install -g
// --prefix` puts it into an empty temporary prefix (no dev dependencies, no build step: the
// tarball carries dist/), and the installed command validates the fixtures and prints Skåne's
// report from another folder, so nothing resolves through the repository by accident.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'fixtures');

/**
 * The environment without the variables `npm test` sets for its own run (npm_config_*,
 * npm_lifecycle_*, …): they would steer the nested npm, e.g. into the repository's prefix.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

let dir: string;
let tarball: string;
let installed: string;
let elsewhere: string;
let packedFiles: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plugin-report-package-'));
  // --ignore-scripts: prepack would rebuild dist/ under the other e2e suites running beside this
  // one; `npm test` has just built it (pretest), and that build is what the tarball must carry.
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: cleanEnv(),
  });
  const [meta] = JSON.parse(packed) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(dir, meta!.filename);
  packedFiles = meta!.files.map((f) => f.path);

  // --prefer-offline: tarballs come from npm's cache (the clone's `npm ci` filled it); only
  // metadata it lacks is asked of the registry.
  const prefix = join(dir, 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], {
    encoding: 'utf8',
    env: cleanEnv(),
  });
  expect(install.stderr).not.toMatch(/npm error/);
  expect(install.status).toBe(0);
  installed = join(prefix, 'bin', 'plugin-report');
  elsewhere = join(dir, 'elsewhere');
  mkdirSync(elsewhere);
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function runInstalled(args: string[]) {
  return spawnSync(installed, args, { cwd: elsewhere, encoding: 'utf8', env: { ...cleanEnv(), NO_COLOR: '1' } });
}

describeWithChromium('the packed package', () => {
  it('carries the build, the licence and the docs, and no sources, tests or fixtures', () => {
    for (const file of [
      'dist/cli.js',
      'dist/templates.cjs',
      'bin/plugin-report.js',
      'LICENSE',
      'README.md',
      'docs/figures.md',
      'schema/project.schema.json',
    ]) {
      expect(packedFiles).toContain(file);
    }
    expect(packedFiles.filter((f) => /^(src|test|fixtures|scripts)\//.test(f) || f === 'dist/meta.json')).toEqual([]);
  });

  it('installs without a build step and validates from another folder', () => {
    const validate = runInstalled(['validate', '--data', FIXTURES]);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toMatch(/\d+ files, [\d,]+ rows: 0 errors, 0 warnings/);
    expect(validate.status).toBe(0);
  });

  it('prints a report with the installed copy', () => {
    const out = join(dir, 'out');
    const build = runInstalled(['build', '--region', 'skane', '--data', FIXTURES, '--out', out]);
    expect(build.status, build.stderr).toBe(0);
    expect(readdirSync(join(out, 'skane'))).toEqual(['regional-slutrapport-skane.pdf']);
    expect(existsSync(join(elsewhere, 'out'))).toBe(false);
  }, 300_000);
});
