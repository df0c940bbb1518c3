// Property tests over generated municipalities: sums, gender splits, shares and persons-once hold
// for any data, at every level.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, computeMunicipality, shareOf, type Unit } from './index.js';
import { isCount, GROUPS } from './count.js';
import { flatten, municipalityArb } from './test-helpers/arbitrary.js';
import type { Count, Ratio } from './types.js';
import { recordsOf } from '../schema/row-table.js';

const nationArb = fc
  .array(fc.array(fc.constant(null), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .chain((shape) => fc.tuple(...shape.map((municipalities, r) => fc.tuple(...municipalities.map((_, m) => municipalityArb(`m${r}-${m}`))))))
  .map((regions) => {
    const regionUnits = regions.map((ms, r) =>
      aggregate(
        'region',
        `r${r}`,
        `R${r}`,
        ms.map(({ data, config }) => computeMunicipality(data, config)),
      ),
    );
    return { nation: aggregate('nation', 'nation', 'Riket', regionUnits), inputs: regions.flat() };
  });

function* units(unit: Unit): Generator<Unit> {
  yield unit;
  for (const child of unit.children) yield* units(child);
}

function* counts(node: unknown): Generator<Count> {
  if (node === null || typeof node !== 'object') return;
  if (isCount(node)) {
    yield node as Count;
    return;
  }
  for (const child of Object.values(node)) yield* counts(child);
}

function* ratios(node: unknown, path = ''): Generator<[string, Ratio]> {
  if (node === null || typeof node !== 'object') return;
  if ('numerator' in node && 'denominator' in node) {
    yield [path, node as Ratio];
    return;
  }
  for (const [key, child] of Object.entries(node)) yield* ratios(child, path ? `${path}.${key}` : key);
}

const RUNS = { numRuns: 150 };

describe('indicator properties', () => {
  it('a region is the sum of its municipalities, the nation the sum of its regions', () => {
    fc.assert(
      fc.property(nationArb, ({ nation }) => {
        for (const unit of units(nation)) {
          if (unit.level !== 'region' && unit.level !== 'nation') continue;
          for (const section of ['participants', 'outcomes', 'dropouts', 'grades', 'kaa'] as const) {
            const withSection = unit.children.filter((c) => c.figures[section] !== null);
            if (withSection.length === 0) {
              expect(unit.figures[section]).toBeNull();
              continue;
            }
            const expected = new Map<string, number>();
            for (const child of withSection) {
              for (const [path, value] of flatten(child.figures[section])) expected.set(path, (expected.get(path) ?? 0) + value!);
            }
            const actual = flatten(unit.figures[section]);
            for (const [path, value] of expected) expect(actual.get(path) ?? 0, `${unit.id} ${section}.${path}`).toBe(value);
            for (const path of actual.keys()) expect(expected.has(path), path).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('women + men (+ unknown) = total in every count of every unit', () => {
    fc.assert(
      fc.property(nationArb, ({ nation }) => {
        for (const unit of units(nation)) {
          for (const c of counts(unit.figures)) expect(c.women + c.men + (c.unknown ?? 0)).toBe(c.total);
        }
      }),
      RUNS,
    );
  });

  it('every share is numerator / denominator of the counts it repeats', () => {
    fc.assert(
      fc.property(nationArb, ({ nation }) => {
        for (const unit of units(nation)) {
          const f = unit.figures;
          for (const [path, r] of ratios(f)) {
            for (const g of GROUPS) {
              const share = shareOf(r, g);
              const num = r.numerator[g];
              const den = r.denominator[g];
              if (num === undefined || den === undefined) continue;
              expect(share.value, `${unit.id} ${path} ${g}`).toBe(den === 0 ? null : num / den);
              if (!path.endsWith('attemptsPerPerson')) expect(num).toBeLessThanOrEqual(den);
            }
          }
          expect(f.outcomes.educationOrWork.denominator).toEqual(f.outcomes.exited);
          expect(f.outcomes.educationOrWork.numerator.total).toBe(f.outcomes.education.total + f.outcomes.work.total);
          if (f.dropouts) {
            expect(f.dropouts.rate.numerator).toEqual(f.dropouts.persons);
            // Above a municipality, the rate covers only municipalities that report dropouts.
            const reporting =
              unit.level === 'workshop' || unit.level === 'municipality'
                ? [unit]
                : [...units(unit)].filter((u) => u.level === 'municipality' && u.figures.dropouts);
            const participants = reporting.reduce((s, u) => s + u.figures.participants.persons.total, 0);
            expect(f.dropouts.rate.denominator.total).toBe(participants);
            expect(f.dropouts.remaining.total).toBe(participants - f.dropouts.persons.total + f.dropouts.returned.total);
          }
          if (f.grades) {
            expect(f.grades.raisedOrKept.denominator).toEqual(f.grades.measurable);
            expect(f.grades.raisedOrKept.numerator.total).toBe(f.grades.raised.total + f.grades.kept.total);
            expect(f.grades.raised.total + f.grades.kept.total + f.grades.lowered.total).toBe(f.grades.measurable.total);
          }
          if (f.kaa) {
            expect(f.kaa.contactRate.numerator).toEqual(f.kaa.contacted);
            expect(f.kaa.contactRate.denominator).toEqual(f.kaa.listed);
            expect(f.kaa.attemptsPerPerson.numerator).toEqual(f.kaa.attempts);
          }
        }
      }),
      RUNS,
    );
  });

  it('a person is counted once per municipality, and the workshops add up to it', () => {
    fc.assert(
      fc.property(municipalityArb('m'), ({ data, config }) => {
        const unit = computeMunicipality(data, config);
        const distinct = new Set(data.participants.map((p) => p.id));
        expect(unit.figures.participants.persons.total).toBe(distinct.size);
        const fromWorkshops = unit.children.reduce((s, w) => s + w.figures.participants.persons.total, 0);
        expect(fromWorkshops).toBe(distinct.size);
        if (data.kaaContacts) expect(unit.figures.kaa!.listed.total).toBe(new Set(recordsOf(data.kaaContacts).map((k) => k.personId)).size);
        if (data.dropouts) {
          const dropped = new Set(data.dropouts.map((d) => d.participantId).filter((id) => distinct.has(id)));
          expect(unit.figures.dropouts!.persons.total).toBe(dropped.size);
        }
      }),
      { numRuns: 300 },
    );
  });
});

export { nationArb, units, counts };
