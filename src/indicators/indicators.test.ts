// Hand-computed cases for participants, outcomes, dropouts, KAA, workshops and aggregation.
import { describe, expect, it } from 'vitest';
import { aggregate, computeMunicipality } from './index.js';
import { ageBand, participantFigures } from './participants/compute.js';
import { outcomeFigures } from './outcomes/compute.js';
import { dropoutFigures, latestDropouts } from './dropouts/compute.js';
import { genderFromPersonalNumber, kaaFigures } from './kaa/compute.js';
import { contact, data, dropout, grades, municipalityConfig, participant } from './test-helpers/make.js';

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
    expect(f.byTargetGroup).toEqual({ '1': { women: 0, men: 1, total: 1 }, '2': { women: 0, men: 0, total: 0 }, '3': { women: 1, men: 1, total: 2 } });
    expect(f.byAgeBand).toEqual({ '15-19': { women: 1, men: 0, total: 1 }, '20-24': { women: 0, men: 1, total: 1 }, other: { women: 0, men: 1, total: 1 } });
    expect(f.intensiveSupport).toEqual({ women: 1, men: 1, total: 2 });
  });
  it('counts a person once per municipality even if the id repeats', () => {
    const unit = computeMunicipality(data([participant('a'), participant('a', { gender: 'male' })]), municipalityConfig());
    expect(unit.figures.participants.persons).toEqual({ women: 1, men: 0, total: 1 });
  });
});

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

describe('dropouts', () => {
  const people = [
    participant('a'),
    participant('b', { gender: 'male' }),
    participant('c', { gender: 'male' }),
    participant('d'),
  ];
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
    const participantWins = kaaFigures([contact(pnrWoman, 'reached', 'male')], new Map([[pnrWoman, participant(pnrWoman, { gender: 'female' })]]));
    expect(participantWins.listed).toEqual({ women: 1, men: 0, total: 1 });
  });
});

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
    expect(municipality.children.map((c) => [c.level, c.id])).toEqual([['workshop', 'w1'], ['workshop', 'w2'], ['workshop', 'w3']]);
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
    expect(region.figures.dropouts?.rate).toEqual({ numerator: { women: 1, men: 0, total: 1 }, denominator: { women: 2, men: 1, total: 3 } });
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
