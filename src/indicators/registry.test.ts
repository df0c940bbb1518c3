// The relations each indicator declares are true of what it computes: on generated data, at every
// level, every sum adds up and every subset inequality holds, in each gender group.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCount, type Count } from './count.js';
import { aggregate, computeMunicipality, type Unit } from './index.js';
import { allRelations, INDICATORS, isDecimalFigure } from './registry.js';
import { municipalityArb } from './test-helpers/arbitrary.js';
import { data, municipalityConfig, participant } from './test-helpers/make.js';

/** The Count at a dotted path, or undefined when the indicator has no data (null) there. */
function countAt(figures: unknown, path: string): Count | undefined {
  let node = figures;
  for (const key of path.split('.')) node = node === null || node === undefined ? undefined : (node as Record<string, unknown>)[key];
  return isCount(node) ? (node as Count) : undefined;
}

const GROUPS = ['women', 'men', 'total', 'unknown'] as const;

function* units(unit: Unit): Generator<Unit> {
  yield unit;
  for (const child of unit.children) yield* units(child);
}

/** Whether every municipality below the unit has the indicator's file (the unit itself does). */
function complete(unit: Unit, key: 'dropouts' | 'grades' | 'kaa'): boolean {
  if (unit.level === 'workshop' || unit.level === 'municipality') return unit.figures[key] !== null;
  return unit.children.every((child) => complete(child, key));
}

/** The indicator of an optional file that a relation involves. */
function optionalIndicatorOf(paths: string[]): 'dropouts' | 'grades' | 'kaa' {
  const key = paths.map((p) => p.split('.')[0]).find((k) => k === 'dropouts' || k === 'grades' || k === 'kaa');
  if (!key) throw new Error(`no optional indicator in ${paths.join(', ')}`);
  return key as 'dropouts' | 'grades' | 'kaa';
}

describe('the registry', () => {
  it('lists the five indicators of contract §7 in report order', () => {
    expect(INDICATORS.map((i) => i.key)).toEqual(['participants', 'outcomes', 'dropouts', 'grades', 'kaa']);
  });

  it('knows which figures are decimal values rather than persons or shares', () => {
    expect(['grades.meritSumFirst', 'grades.meritSumLast', 'kaa.attemptsPerPerson'].map(isDecimalFigure)).toEqual([true, true, true]);
    expect(['grades.measurable', 'kaa.contactRate', 'participants.persons', 'nothing'].map(isDecimalFigure)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('names only counts that exist, in a municipality that has every file', () => {
    const unit = computeMunicipality(
      data([participant('P1')], { grades: [], dropouts: [], kaaContacts: [] }),
      municipalityConfig('m', ['w1']),
    );
    const { sums, shares, subsets } = allRelations();
    const paths = [
      ...sums.flatMap((s) => [s.total, ...s.parts, ...(s.minus ?? [])]),
      ...shares.flatMap((s) => [s.numerator, s.denominator]),
      ...subsets.flatMap((s) => [s.subset, s.superset]),
    ];
    expect(paths.filter((p) => countAt(unit.figures, p) === undefined)).toEqual([]);
    // The sums and shares disclosure control has always enforced (order matters to it), plus the subsets.
    expect([sums.length, shares.length, subsets.length]).toEqual([18, 8, 22]); // + becameEligible ≤ eligibleLast
    expect(sums[10]).toEqual({
      total: 'participants.persons',
      parts: ['dropouts.remaining', 'dropouts.persons'],
      minus: ['dropouts.returned'],
      onlyWithCompleteData: true,
    });
  });

  it('holds on generated data at every level: sums add up, subsets are no larger', () => {
    const regionArb = fc.tuple(municipalityArb('a'), municipalityArb('b')).map((ms) =>
      aggregate(
        'region',
        'r',
        'R',
        ms.map(({ data, config }) => computeMunicipality(data, config)),
      ),
    );
    const { sums, subsets } = allRelations();
    fc.assert(
      fc.property(regionArb, (region) => {
        for (const unit of units(region)) {
          for (const sum of sums) {
            if (sum.onlyWithCompleteData && !complete(unit, optionalIndicatorOf([sum.total, ...sum.parts]))) continue;
            const total = countAt(unit.figures, sum.total);
            const parts = sum.parts.map((p) => countAt(unit.figures, p));
            const minus = (sum.minus ?? []).map((p) => countAt(unit.figures, p));
            if (!total || parts.includes(undefined) || minus.includes(undefined)) continue;
            for (const g of GROUPS) {
              const value = (c: Count | undefined) => c?.[g] ?? 0;
              const computed = parts.reduce((s, c) => s + value(c), 0) - minus.reduce((s, c) => s + value(c), 0);
              expect(computed, `${unit.id}: ${sum.total} (${g})`).toBe(value(total));
            }
          }
          for (const { subset, superset } of subsets) {
            const small = countAt(unit.figures, subset);
            const large = countAt(unit.figures, superset);
            if (!small || !large) continue;
            for (const g of GROUPS) expect(small[g] ?? 0, `${unit.id}: ${subset} ≤ ${superset} (${g})`).toBeLessThanOrEqual(large[g] ?? 0);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
