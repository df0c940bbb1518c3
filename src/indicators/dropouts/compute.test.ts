// Hand-computed cases for dropouts.
import { describe, expect, it } from 'vitest';
import { computeMunicipality } from '../index.js';
import { dropoutFigures, latestDropouts } from './compute.js';
import { data, dropout, municipalityConfig, participant } from '../test-helpers/make.js';

describe('dropouts', () => {
  const people = [participant('a'), participant('b', { gender: 'male' }), participant('c', { gender: 'male' }), participant('d')];
  it('counts persons once, by the reason of their latest dropout, and who returned', () => {
    const rows = [
      dropout('a', '2017-03-01', 'health', '2017-04-01'),
      dropout('a', '2017-09-01', 'moved'), // latest: moved, not returned
      dropout('b', '2017-05-01', 'employment', '2017-08-01'), // returned
      dropout('c', '2017-05-01', 'other'),
      dropout('c', '2017-02-01', 'health', '2017-03-01'), // earlier, further down the file
    ];
    const f = dropoutFigures(people, latestDropouts(rows));
    expect(f.persons).toEqual({ women: 1, men: 2, total: 3 });
    expect(f.rate).toEqual({ numerator: { women: 1, men: 2, total: 3 }, denominator: { women: 2, men: 2, total: 4 } });
    expect(f.byReason.moved).toEqual({ women: 1, men: 0, total: 1 });
    expect(f.byReason.employment).toEqual({ women: 0, men: 1, total: 1 });
    expect(f.byReason.other).toEqual({ women: 0, men: 1, total: 1 });
    expect(f.byReason.health.total).toBe(0);
    expect(f.returned).toEqual({ women: 0, men: 1, total: 1 });
    // 4 participants − (a and c dropped out without returning) = 2 (b returned, d never dropped out).
    expect(f.remaining).toEqual({ women: 1, men: 1, total: 2 });
  });
  it('on the same date the row further down the file is the latest', () => {
    const latest = latestDropouts([dropout('a', '2017-03-01', 'health'), dropout('a', '2017-03-01', 'moved', '2017-05-01')]);
    expect(latest.get('a')).toMatchObject({ reason: 'moved', returnedDate: '2017-05-01' });
  });
  it('a present file without rows gives zeros; an absent file gives null', () => {
    const withFile = computeMunicipality(data(people, { dropouts: [] }), municipalityConfig());
    expect(withFile.figures.dropouts?.persons).toEqual({ women: 0, men: 0, total: 0 });
    expect(withFile.figures.dropouts?.remaining.total).toBe(4);
    const without = computeMunicipality(data(people), municipalityConfig());
    expect(without.figures.dropouts).toBeNull();
    expect(without.figures.grades).toBeNull();
    expect(without.figures.kaa).toBeNull();
  });
});
