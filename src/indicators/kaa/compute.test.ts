// Hand-computed cases for the KAA list.
import { describe, expect, it } from 'vitest';
import { genderFromPersonalNumber, kaaFigures } from './compute.js';
import { contact, participant } from '../test-helpers/make.js';

describe('KAA', () => {
  it('counts distinct persons, contacted = reached or declined, attempts and persons in interventions', () => {
    const byId = new Map([['p1', participant('p1', { gender: 'male' })]]);
    const f = kaaFigures(
      [
        contact('p1', 'not_reached'),
        contact('p1', 'reached'),
        contact('k1', 'declined', 'female'),
        contact('k2', 'not_reached', 'male'),
        contact('k2', 'not_reached'),
        contact('k3', 'not_reached'), // gender unknown
      ],
      byId,
    );
    expect(f.listed).toEqual({ women: 1, men: 2, total: 4, unknown: 1 });
    expect(f.contacted).toEqual({ women: 1, men: 1, total: 2 });
    expect(f.contactRate.numerator.total).toBe(2);
    expect(f.contactRate.denominator.total).toBe(4);
    expect(f.inInterventions).toEqual({ women: 0, men: 1, total: 1 });
    expect(f.attempts).toEqual({ women: 1, men: 4, total: 6, unknown: 1 });
    expect(f.attemptsPerPerson).toEqual({ numerator: f.attempts, denominator: f.listed });
  });
  it("prefers the participant's gender over the row's, the row's over the personnummer's", () => {
    // 19990101-2386: second-to-last digit 8 (even) = woman; valid check digit.
    const pnrWoman = '19990101-2386';
    expect(genderFromPersonalNumber(pnrWoman)).toBe('female');
    expect(genderFromPersonalNumber('19990101-2394')).toBe('male');
    expect(genderFromPersonalNumber('p-123')).toBeUndefined();
    const onlyPnr = kaaFigures([contact(pnrWoman, 'reached')], new Map());
    expect(onlyPnr.listed).toEqual({ women: 1, men: 0, total: 1 });
    const rowWins = kaaFigures([contact(pnrWoman, 'reached', 'male')], new Map());
    expect(rowWins.listed).toEqual({ women: 0, men: 1, total: 1 });
    const participantWins = kaaFigures(
      [contact(pnrWoman, 'reached', 'male')],
      new Map([[pnrWoman, participant(pnrWoman, { gender: 'female' })]]),
    );
    expect(participantWins.listed).toEqual({ women: 1, men: 0, total: 1 });
  });
});
