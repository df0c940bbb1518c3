import { describe, expect, it } from 'vitest';
import { aggregate, computeMunicipality } from '../indicators/index.js';
import { data, dropout, municipalityConfig, participant } from '../indicators/test-helpers/make.js';
import { relationHolds } from './model.js';
import { primarySuppression } from './primary.js';
import { applyPattern, unitModel } from './units.js';

// Klippan-like: 6 participants in two workshops, one dropout.
const people = [
  participant('a', { workshop: 'w1', gender: 'female' }),
  participant('b', { workshop: 'w1', gender: 'male' }),
  participant('c', { workshop: 'w1', gender: 'male' }),
  participant('d', { workshop: 'w2', gender: 'female' }),
  participant('e', { workshop: 'w2', gender: 'male', endDate: '2017-06-01', exitOutcome: 'employment' }),
  participant('f', { workshop: 'w2', gender: 'male' }),
];
const municipality = computeMunicipality(data(people, { dropouts: [dropout('a', '2017-02-01', 'moved')] }), municipalityConfig('m1'));
const region = aggregate('region', 'r1', 'R1', [municipality]);

describe('unitModel', () => {
  const model = unitModel([region]);

  it('has one cell per number of the tree, and every relation it keeps holds', () => {
    expect(model.cells.length).toBeGreaterThan(3 * 100);
    expect(model.relations.every((r) => relationHolds(model, r))).toBe(true);
    expect(model.skipped).toEqual([]);
  });

  it('knows the sums the attack routes use: region = municipality, total = women + men, remaining', () => {
    const sources = new Set(model.relations.map((r) => r.source.replace(/ \(.*\)$/, '')));
    for (const s of [
      'children participants.persons',
      'gender outcomes.work',
      // From the indicator folders' relations.ts, through the registry.
      'participants.persons = dropouts.remaining + dropouts.persons + −dropouts.returned',
      'outcomes.exited ≤ participants.persons',
    ]) {
      expect(sources, s).toContain(s);
    }
    expect(sources).not.toContain('grades.raisedOrKept.numerator = grades.raised + grades.kept'); // no grades.csv: no grade figures
  });

  it('applyPattern hides exactly the cells of the pattern, in the same order', () => {
    const hidden = primarySuppression(model, model.rules, 5);
    const [shown] = applyPattern([region], hidden);
    // Region: 6 participants shown; 2 women hidden, so men (4) are hidden too; dropouts 1 hidden.
    expect(shown!.figures.participants.persons).toEqual({ women: null, men: null, total: 6 });
    expect(shown!.figures.dropouts!.persons.total).toBeNull();
    expect(shown!.children[0]!.children[0]!.figures.participants.persons).toEqual({ women: null, men: null, total: null });
    expect(region.figures.participants.persons.total).toBe(6); // the input is not changed
  });
});
