// Hand-computed cases for exit outcomes.
import { describe, expect, it } from 'vitest';
import { outcomeFigures } from './compute.js';
import { participant } from '../test-helpers/make.js';

describe('outcomes', () => {
  it('counts each code among exited participants and the share in education or work', () => {
    const f = outcomeFigures([
      participant('a', { endDate: '2017-06-01', exitOutcome: 'national_programme' }),
      participant('b', { endDate: '2017-06-01', exitOutcome: 'apprenticeship', gender: 'male' }),
      participant('c', { endDate: '2017-06-01', exitOutcome: 'internship', gender: 'male' }),
      participant('d', { endDate: '2017-06-01' }),
      participant('e', {}), // still in the project: not exited
    ]);
    expect(f.exited).toEqual({ women: 2, men: 2, total: 4 });
    expect(f.missingOutcome).toEqual({ women: 1, men: 0, total: 1 });
    expect(f.byCode.national_programme).toEqual({ women: 1, men: 0, total: 1 });
    expect(f.byCode.apprenticeship.total).toBe(1);
    expect(f.byCode.internship.total).toBe(1);
    expect(f.byCode.employment.total).toBe(0);
    expect(f.education).toEqual({ women: 1, men: 0, total: 1 });
    expect(f.work).toEqual({ women: 0, men: 1, total: 1 });
    expect(f.educationOrWork).toEqual({ numerator: { women: 1, men: 1, total: 2 }, denominator: { women: 2, men: 2, total: 4 } });
  });
});
