// End-to-end: `plugin-report audit` attacks everything the fixtures would publish (every regional
// and the national output together) after the tool's own disclosure control, and must pass within
// the information-loss targets of issue 11.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/disclosure/report.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

let report: AuditReport;
let status: number | null;

beforeAll(() => {
  const result = run(['audit', '--data', 'fixtures', '--format', 'json']);
  status = result.status;
  report = JSON.parse(result.stdout) as AuditReport;
}, 600_000);

describe('audit --data fixtures (default N = 5)', () => {
  it('passes, and exits 0', () => {
    expect(status).toBe(0);
    expect(report.n).toBe(5);
    expect(report.passed).toBe(true);
    expect(report.levels.map((l) => l.level)).toEqual(['workshop', 'municipality', 'region', 'nation']);
    for (const level of report.levels) {
      expect(level.recoverable).toEqual([]);
      expect(level.narrow).toEqual([]);
      expect(level.narrowestSmall?.width ?? 5).toBeGreaterThanOrEqual(5);
    }
  });

  it('hides at most 40 % of all cells and at most 130 of the 523 region and nation totals', () => {
    expect(report.topTotals).toBe(523);
    expect(report.topTotalsHidden).toBeLessThanOrEqual(130);
    expect(report.hidden / report.cells).toBeLessThanOrEqual(0.4);
    // Every small count is hidden, so at least the primary cells are.
    expect(report.levels.reduce((s, l) => s + l.primary, 0)).toBeGreaterThan(0);
  });

  it('with --suppress 0 says that nothing is hidden and the output must not be published', () => {
    const result = run(['audit', '--data', 'fixtures', '--suppress', '0']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Disclosure control is off/);
    expect(result.stderr).toMatch(/must not be published/);
  });
});
