// How the KAA figures add up (contract §7.5): the list's persons, those contacted and those in
// interventions; every listed person has at least one attempt (a row of the file).
import type { ParticipantFigures } from '../participants/types.js';
import type { FigurePath, Relations } from '../relations.js';
import type { KaaFigures } from './types.js';

type Path = FigurePath<'kaa', KaaFigures> | FigurePath<'participants', ParticipantFigures>;

export const kaaRelations: Relations<Path> = {
  sums: [
    { total: 'kaa.contactRate.numerator', parts: ['kaa.contacted'] },
    { total: 'kaa.contactRate.denominator', parts: ['kaa.listed'] },
    { total: 'kaa.attemptsPerPerson.numerator', parts: ['kaa.attempts'] },
    { total: 'kaa.attemptsPerPerson.denominator', parts: ['kaa.listed'] },
  ],
  shares: [
    { numerator: 'kaa.contactRate.numerator', denominator: 'kaa.contactRate.denominator' },
    { numerator: 'kaa.attemptsPerPerson.numerator', denominator: 'kaa.attemptsPerPerson.denominator' },
  ],
  subsets: [
    { subset: 'kaa.contacted', superset: 'kaa.listed' },
    { subset: 'kaa.contactRate.numerator', superset: 'kaa.contactRate.denominator' },
    { subset: 'kaa.inInterventions', superset: 'kaa.listed' },
    { subset: 'kaa.inInterventions', superset: 'participants.persons' },
    { subset: 'kaa.listed', superset: 'kaa.attempts' },
  ],
};
