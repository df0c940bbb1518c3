import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors.js';
import { effectiveMinCount } from '../schema/disclosure.js';
import { DISCLOSURE_OFF_NOTICE, assertAuditPassed, cacheOutsideData, runMinCount } from './figures.js';
import type { AuditReport } from './report.js';

describe('the threshold N of a run', () => {
  it('is --suppress, else project.yaml disclosure.min_count, else 5', () => {
    expect(effectiveMinCount({}, undefined)).toBe(5);
    expect(effectiveMinCount({ disclosure: { min_count: 10 } }, undefined)).toBe(10);
    expect(effectiveMinCount({ disclosure: { min_count: 10 } }, 3)).toBe(3);
    expect(effectiveMinCount({}, 0)).toBe(0);
  });

  it('says on stderr, when off, that the output must not be published; nothing when on', () => {
    const lines: string[] = [];
    expect(runMinCount(0, {}, (l) => lines.push(l))).toBe(0);
    expect(runMinCount(undefined, { disclosure: { min_count: 0 } }, (l) => lines.push(l))).toBe(0);
    expect(runMinCount(undefined, {}, (l) => lines.push(l))).toBe(5);
    expect(lines).toEqual([DISCLOSURE_OFF_NOTICE, DISCLOSURE_OFF_NOTICE]);
    expect(DISCLOSURE_OFF_NOTICE).toMatch(/must not be published/);
  });
});

describe('assertAuditPassed', () => {
  const report = (recoverable: string[]): AuditReport => ({
    n: 5,
    passed: recoverable.length === 0,
    levels: [
      {
        level: 'region',
        cells: 10,
        primary: 1,
        secondary: 1,
        narrowestSmall: null,
        recoverable,
        narrow: [],
        passed: recoverable.length === 0,
      },
    ],
    cells: 10,
    hidden: 2,
    topTotals: 3,
    topTotalsHidden: 0,
    lps: { pattern: 1, audit: 1 },
  });

  it('lets a passed audit through and refuses a failed one with DisclosureFailed (exit 1, nothing written)', () => {
    expect(() => assertAuditPassed(report([]))).not.toThrow();
    let thrown: unknown;
    try {
      assertAuditPassed(report(['skane outcomes.work total']));
    } catch (error) {
      thrown = error;
    }
    expect(isUserError(thrown) && thrown.errorName).toBe('DisclosureFailed');
    expect((thrown as Error).message).toContain('skane outcomes.work total');
  });
});

describe('the pattern cache', () => {
  it('is never inside the data folder, where a pull request could plant a weaker pattern', () => {
    expect(() => cacheOutsideData('data/.cache', 'data')).toThrow(/inside the data folder/);
    expect(() => cacheOutsideData('data', 'data')).toThrow(/inside the data folder/);
    expect(cacheOutsideData('/home/u/.cache/plugin-report', 'data')).toBe('/home/u/.cache/plugin-report');
    expect(cacheOutsideData('data-cache', 'data')).toBe('data-cache');
  });
});
