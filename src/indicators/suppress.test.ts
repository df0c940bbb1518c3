// Disclosure control: hand-made cases for each rule, and properties over generated nations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, computeMunicipality, shareOf, suppressUnit, type Unit } from './index.js';
import { isCount } from './count.js';
import { flatten, municipalityArb } from './test-helpers/arbitrary.js';
import { data, municipalityConfig, participant } from './test-helpers/make.js';
import type { Count } from './types.js';

function* units<C>(unit: Unit<C>): Generator<Unit<C>> {
  yield unit;
  for (const child of unit.children) yield* units(child);
}
function* counts(node: unknown): Generator<Count<number | null>> {
  if (node === null || typeof node !== 'object') return;
  if (isCount(node)) return yield node as Count<number | null>;
  for (const child of Object.values(node)) yield* counts(child);
}

/** n women and m men in workshop w1 of one municipality, target group 1. */
function people(women: number, men: number, extra = {}) {
  return [
    ...Array.from({ length: women }, (_, i) => participant(`w${i}`, { gender: 'female', ...extra })),
    ...Array.from({ length: men }, (_, i) => participant(`m${i}`, { gender: 'male', ...extra })),
  ];
}

describe('suppressUnit', () => {
  const unit = computeMunicipality(data(people(2, 10)), municipalityConfig('m1', ['w1']));

  it('is off for n <= 1 and returns an equal copy', () => {
    const out = suppressUnit(unit, 1);
    expect(out).toEqual(unit);
    expect(out).not.toBe(unit);
    expect(suppressUnit(unit, 0)).toEqual(unit);
  });

  it('hides a count from 1 to n−1 and, with it, the other gender of the same cell', () => {
    const out = suppressUnit(unit, 5);
    expect(out.figures.participants.persons).toEqual({ women: null, men: null, total: 12 });
    // Zeros are shown; the input is not modified.
    expect(out.figures.participants.byTargetGroup['2']).toEqual({ women: 0, men: 0, total: 0 });
    expect(unit.figures.participants.persons.women).toBe(2);
  });

  it('keeps counts of n and more', () => {
    const big = computeMunicipality(data(people(5, 6)), municipalityConfig('m1', ['w1']));
    expect(suppressUnit(big, 5).figures.participants.persons).toEqual({ women: 5, men: 6, total: 11 });
  });

  it('hides a share whose denominator is below n (its numerator too)', () => {
    // 3 women, 7 men exited: the women's share of education or work must not show.
    const exited = people(3, 7, { endDate: '2017-06-01', exitOutcome: 'employment' });
    const out = suppressUnit(computeMunicipality(data(exited), municipalityConfig('m1', ['w1'])), 5);
    const ratio = out.figures.outcomes.educationOrWork;
    expect(shareOf(ratio, 'women')).toEqual({ numerator: null, denominator: null, value: null });
    expect(shareOf(ratio, 'men').value).toBeNull();
    expect(shareOf(ratio, 'total')).toEqual({ numerator: 10, denominator: 10, value: 1 });
  });

  it('hides a second figure where a hidden one would be the only unknown of a sum', () => {
    // 12 participants: 3 in target group 3 (hidden), 9 in group 1 — group 1 must go too.
    const ps = [...people(6, 3), ...[0, 1, 2].map((i) => participant(`t${i}`, { targetGroup: '3', gender: i ? 'male' : 'female' }))];
    const out = suppressUnit(computeMunicipality(data(ps), municipalityConfig('m1', ['w1'])), 5);
    expect(out.figures.participants.byTargetGroup['3'].total).toBeNull();
    expect(out.figures.participants.byTargetGroup['1'].total).toBeNull();
    expect(out.figures.participants.persons.total).toBe(12);
  });

  it('a workshop hidden in a municipality with two workshops hides the other workshop too', () => {
    const ps = [
      ...people(5, 5).map((p) => ({ ...p, workshop: 'w1' })),
      participant('x', { workshop: 'w2' }),
      participant('y', { workshop: 'w2', gender: 'male' }),
    ];
    const municipality = computeMunicipality(data(ps), municipalityConfig('m1', ['w1', 'w2']));
    const out = suppressUnit(municipality, 5);
    expect(out.figures.participants.persons.total).toBe(12);
    expect(out.children[1]!.figures.participants.persons.total).toBeNull();
    expect(out.children[0]!.figures.participants.persons.total).toBeNull();
  });

  it('hides KAA persons of unknown gender together with women and men', () => {
    const ps = people(6, 6);
    const kaa = [
      ...ps.map((p) => ({ line: 2, personId: p.id, contactDate: '2017-01-01', channel: 'sms' as const, result: 'reached' as const })),
      { line: 3, personId: 'k1', contactDate: '2017-01-01', channel: 'sms' as const, result: 'not_reached' as const },
    ];
    const out = suppressUnit(computeMunicipality(data(ps, { kaaContacts: kaa }), municipalityConfig('m1', ['w1'])), 5);
    expect(out.figures.kaa!.listed).toEqual({ women: null, men: null, unknown: null, total: 13 });
  });
});

const nationArb = fc
  .tuple(fc.array(municipalityArb('a'), { minLength: 1, maxLength: 3 }), fc.array(municipalityArb('b'), { minLength: 1, maxLength: 2 }))
  .map(([ra, rb]) => {
    const region = (id: string, ms: typeof ra) =>
      aggregate(
        'region',
        id,
        id,
        ms.map(({ data: d, config }, i) => computeMunicipality(d, { ...config, id: `${id}${i}` })),
      );
    return aggregate('nation', 'nation', 'Riket', [region('ra', ra), region('rb', rb)]);
  });

describe('suppressUnit properties', () => {
  it('nothing from 1 to n−1 survives anywhere; shown cells keep their value', () => {
    fc.assert(
      fc.property(nationArb, fc.integer({ min: 2, max: 12 }), (nation, n) => {
        const out = suppressUnit(nation, n);
        const original = [...units(nation)];
        [...units(out)].forEach((u, i) => {
          const before = flatten(original[i]!.figures);
          for (const [path, value] of flatten(u.figures)) {
            if (value === null) continue;
            expect(value > 0 && value < n, `${u.id} ${path} = ${value} with n = ${n}`).toBe(false);
            expect(value).toBe(before.get(path));
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('hiding one gender hides the other; a hidden cell is never total minus shown cells', () => {
    fc.assert(
      fc.property(nationArb, fc.integer({ min: 2, max: 12 }), (nation, n) => {
        const out = suppressUnit(nation, n);
        for (const u of units(out)) {
          for (const c of counts(u.figures)) {
            const parts = [c.women, c.men, ...(c.unknown === undefined ? [] : [c.unknown])];
            if (parts.some((v) => v === null)) expect(parts.every((v) => v === null)).toBe(true);
            if (c.total === null) expect(parts.every((v) => v === null) || parts.every((v) => v === 0)).toBe(true);
          }
          // Across levels: a unit's participants are never revealed by parent − shown siblings.
          if (u.children.length > 0 && u.figures.participants.persons.total !== null) {
            const hidden = u.children.filter((c) => c.figures.participants.persons.total === null);
            expect(hidden.length).not.toBe(1);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
