// How the grade figures add up (contract §7.4): every measurable participant raised, kept or
// lowered their merit value; the merit-value sums are shares of the measurable (their mean would
// reveal a small group).
import type { ParticipantFigures } from '../participants/types.js';
import type { FigurePath, Relations } from '../relations.js';
import type { GradeFigures } from './types.js';

type Path = FigurePath<'grades', GradeFigures> | FigurePath<'participants', ParticipantFigures>;

export const gradeRelations: Relations<Path> = {
  sums: [
    { total: 'grades.measurable', parts: ['grades.raised', 'grades.kept', 'grades.lowered'] },
    { total: 'grades.raisedOrKept.numerator', parts: ['grades.raised', 'grades.kept'] },
    { total: 'grades.raisedOrKept.denominator', parts: ['grades.measurable'] },
  ],
  shares: [
    { numerator: 'grades.raisedOrKept.numerator', denominator: 'grades.raisedOrKept.denominator' },
    { numerator: 'grades.intensiveRaised.numerator', denominator: 'grades.intensiveRaised.denominator' },
    { numerator: 'grades.meritSumFirst', denominator: 'grades.measurable' },
    { numerator: 'grades.meritSumLast', denominator: 'grades.measurable' },
  ],
  // The merit-value sums are no subsets: each measurable person adds 0 to 340 points.
  subsets: [
    { subset: 'grades.withGrades', superset: 'participants.persons' },
    { subset: 'grades.measurable', superset: 'grades.withGrades' },
    { subset: 'grades.eligibleFirst', superset: 'grades.measurable' },
    { subset: 'grades.eligibleLast', superset: 'grades.measurable' },
    // Who became eligible is eligible in the last term (and among the measurable through it).
    { subset: 'grades.becameEligible', superset: 'grades.eligibleLast' },
    { subset: 'grades.raisedOrKept.numerator', superset: 'grades.raisedOrKept.denominator' },
    { subset: 'grades.intensiveRaised.numerator', superset: 'grades.intensiveRaised.denominator' },
    { subset: 'grades.intensiveRaised.numerator', superset: 'grades.raised' },
    { subset: 'grades.intensiveRaised.denominator', superset: 'grades.measurable' },
    { subset: 'grades.intensiveRaised.denominator', superset: 'participants.intensiveSupport' },
  ],
};
