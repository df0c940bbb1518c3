// Once per test run: a pattern cache of the suite's own (XDG_CACHE_HOME, inherited by the test
// workers and the CLIs they spawn), warmed with the fixtures' disclosure control at the default
// N. A cold solve of the fixtures takes tens of seconds; every test that builds, exports or
// audits them at N = 5 then finds the patterns ready, and the user's own cache is never touched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export function setup(): () => void {
  const given = process.env['PLUGIN_REPORT_TEST_CACHE'];
  const dir = given ?? mkdtempSync(join(tmpdir(), 'plugin-report-test-cache-'));
  process.env['XDG_CACHE_HOME'] = dir;
  const cli = join(ROOT, 'bin', 'plugin-report.js');
  // Without a build (a single unit test run from source) the tests warm what they need themselves.
  if (existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const warm = spawnSync(process.execPath, [cli, 'audit', '--data', 'fixtures'], { cwd: ROOT, encoding: 'utf8', env: process.env });
    if (warm.status !== 0) throw new Error(`warming the disclosure cache failed (exit ${warm.status}):\n${warm.stderr}${warm.stdout}`);
  }
  // A cache given from outside (PLUGIN_REPORT_TEST_CACHE, kept warm between runs) is left in place.
  return () => {
    if (!given) rmSync(dir, { recursive: true, force: true });
  };
}
