// Hand-computed cases for workshops and aggregation: a municipality is the sum of its workshops,
// a region the sum of its municipalities.
import { describe, expect, it } from 'vitest';
import { aggregate, computeMunicipality } from './index.js';
import { contact, data, dropout, grades, municipalityConfig, participant } from './test-helpers/make.js';

describe('workshops and aggregation', () => {
  const people = [
    participant('a', { workshop: 'w1' }),
    participant('b', { workshop: 'w2', gender: 'male', intensiveSupport: true }),
    participant('c', { workshop: 'w2' }),
  ];
  const municipality = computeMunicipality(
    data(people, {
      dropouts: [dropout('c', '2017-01-01', 'health')],
      grades: [...grades('b', 'HT2016', { SV: 'E' }), ...grades('b', 'VT2017', { SV: 'D' })],
      kaaContacts: [contact('a', 'reached')],
    }),
    municipalityConfig('m1', ['w1', 'w2', 'w3']),
  );
  it('has one child per workshop in municipality.yaml order, KAA only at municipality level', () => {
    expect(municipality.children.map((c) => [c.level, c.id])).toEqual([
      ['workshop', 'w1'],
      ['workshop', 'w2'],
      ['workshop', 'w3'],
    ]);
    const [w1, w2, w3] = municipality.children;
    expect(w1!.figures.participants.persons.total).toBe(1);
    expect(w2!.figures.participants.persons).toEqual({ women: 1, men: 1, total: 2 });
    expect(w2!.figures.dropouts?.persons.total).toBe(1);
    expect(w1!.figures.dropouts?.persons.total).toBe(0);
    expect(w2!.figures.grades?.intensiveRaised.numerator.total).toBe(1);
    expect(w3!.figures.participants.persons.total).toBe(0);
    expect(municipality.children.every((c) => c.figures.kaa === null)).toBe(true);
    expect(municipality.figures.kaa?.inInterventions.total).toBe(1);
  });
  it('a region sums its municipalities; optional indicators are null only if no child has them', () => {
    const other = computeMunicipality(data([participant('x'), participant('y', { gender: 'male' })]), municipalityConfig('m2'));
    const region = aggregate('region', 'r1', 'R1', [municipality, other]);
    expect(region.figures.participants.persons).toEqual({ women: 3, men: 2, total: 5 });
    // Only m1 has dropouts.csv: the rate's denominator is m1's participants, not the region's.
    expect(region.figures.dropouts?.rate).toEqual({
      numerator: { women: 1, men: 0, total: 1 },
      denominator: { women: 2, men: 1, total: 3 },
    });
    expect(region.figures.kaa?.listed.total).toBe(1);
    const noOptional = aggregate('region', 'r2', 'R2', [other]);
    expect(noOptional.figures.dropouts).toBeNull();
    expect(noOptional.figures.grades).toBeNull();
    expect(noOptional.figures.kaa).toBeNull();
    const nation = aggregate('nation', 'nation', 'Riket', [region, noOptional]);
    expect(nation.figures.participants.persons.total).toBe(7);
    expect(nation.figures.dropouts?.persons.total).toBe(1);
    expect(nation.children).toHaveLength(2);
  });
});
