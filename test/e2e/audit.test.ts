// End-to-end: `plugin-report audit` attacks everything the fixtures would publish (every regional
// and the national output together) after the tool's own disclosure control, and must pass within
// the information-loss targets of issue 11.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/disclosure/report.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

let report: AuditReport;
let status: number | null;
// A cold cache folder of this file's own; the other runs use the suite's warm one (test/global-setup.ts).
const cache = mkdtempSync(join(tmpdir(), 'plugin-report-audit-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

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

  it('hides at most 40 % of all cells and at most 130 of the 530 region and nation totals', () => {
    // 523 before issue 16, plus grades.becameEligible of the nation and each region with grades.
    expect(report.topTotals).toBe(530);
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

  it('caches patterns in --cache-dir, never in the data folder, and the warm run gives the same figures', () => {
    const cold = run(['figures', '--region', 'skane', '--data', 'fixtures', '--cache-dir', cache]);
    expect(cold.status).toBe(0);
    // Skåne's pattern, the audit of the regional scope, and the published figures of that scope.
    expect(readdirSync(join(cache, 'disclosure-v1')).length).toBeGreaterThanOrEqual(3);
    const warm = run(['figures', '--region', 'skane', '--data', 'fixtures']);
    expect(warm.status).toBe(0);
    expect(warm.stdout).toBe(cold.stdout);
    expect(spawnSync('git', ['status', '--porcelain', 'fixtures'], { cwd: ROOT, encoding: 'utf8' }).stdout).toBe('');
  }, 600_000);

  it("a region's pattern is the same in its own output and in the national one", () => {
    const national = JSON.parse(run(['figures', '--national', '--data', 'fixtures']).stdout);
    const regional = JSON.parse(run(['figures', '--region', 'skane', '--data', 'fixtures', '--cache-dir', cache]).stdout);
    const skane = national.units[0].children.find((r: { id: string }) => r.id === 'skane');
    expect(regional.units[0]).toEqual(skane);
    expect(JSON.stringify(skane)).toContain('null');
  }, 600_000);
});
