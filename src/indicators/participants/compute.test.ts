// Hand-computed cases for participants.
import { describe, expect, it } from 'vitest';
import { computeMunicipality } from '../index.js';
import { ageBand, participantFigures } from './compute.js';
import { data, municipalityConfig, participant } from '../test-helpers/make.js';

describe('participants', () => {
  it('age = year(start_date) − birth_year, bands 15–19, 20–24, other', () => {
    expect(ageBand({ startDate: '2016-12-31', birthYear: 2001 })).toBe('15-19');
    expect(ageBand({ startDate: '2016-01-01', birthYear: 1997 })).toBe('15-19');
    expect(ageBand({ startDate: '2016-01-01', birthYear: 1996 })).toBe('20-24');
    expect(ageBand({ startDate: '2016-01-01', birthYear: 1992 })).toBe('20-24');
    expect(ageBand({ startDate: '2016-01-01', birthYear: 1991 })).toBe('other');
    expect(ageBand({ startDate: '2016-01-01', birthYear: 2002 })).toBe('other');
  });
  it('counts by target group, age band and intensive support, women / men / total', () => {
    const f = participantFigures([
      participant('a', { gender: 'female', targetGroup: '3', birthYear: 1999, intensiveSupport: true }),
      participant('b', { gender: 'male', targetGroup: '3', birthYear: 1994 }),
      participant('c', { gender: 'male', targetGroup: '1', birthYear: 1990, intensiveSupport: true }),
    ]);
    expect(f.persons).toEqual({ women: 1, men: 2, total: 3 });
    expect(f.byTargetGroup).toEqual({
      '1': { women: 0, men: 1, total: 1 },
      '2': { women: 0, men: 0, total: 0 },
      '3': { women: 1, men: 1, total: 2 },
    });
    expect(f.byAgeBand).toEqual({
      '15-19': { women: 1, men: 0, total: 1 },
      '20-24': { women: 0, men: 1, total: 1 },
      other: { women: 0, men: 1, total: 1 },
    });
    expect(f.intensiveSupport).toEqual({ women: 1, men: 1, total: 2 });
  });
  it('counts a person once per municipality even if the id repeats', () => {
    const unit = computeMunicipality(data([participant('a'), participant('a', { gender: 'male' })]), municipalityConfig());
    expect(unit.figures.participants.persons).toEqual({ women: 1, men: 0, total: 1 });
  });
});
