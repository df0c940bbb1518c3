// How the dropout figures add up (contract §7.3): each person who dropped out is counted once,
// under the reason of their latest dropout; the rate's base is the participants.
import { DROPOUT_REASONS } from '../../schema/codes.js';
import type { ParticipantFigures } from '../participants/types.js';
import type { FigurePath, Relations } from '../relations.js';
import type { DropoutFigures } from './types.js';

type Path = FigurePath<'dropouts', DropoutFigures> | FigurePath<'participants', ParticipantFigures>;

export const dropoutRelations: Relations<Path> = {
  sums: [
    { total: 'dropouts.persons', parts: DROPOUT_REASONS.map((r) => `dropouts.byReason.${r}` as const) },
    { total: 'dropouts.rate.numerator', parts: ['dropouts.persons'] },
    { total: 'dropouts.rate.denominator', parts: ['participants.persons'], onlyWithCompleteData: true },
    // Remaining = participants − (dropped out and not returned).
    {
      total: 'participants.persons',
      parts: ['dropouts.remaining', 'dropouts.persons'],
      minus: ['dropouts.returned'],
      onlyWithCompleteData: true,
    },
  ],
  shares: [{ numerator: 'dropouts.rate.numerator', denominator: 'dropouts.rate.denominator' }],
  subsets: [
    { subset: 'dropouts.rate.numerator', superset: 'dropouts.rate.denominator' },
    { subset: 'dropouts.rate.denominator', superset: 'participants.persons' },
    { subset: 'dropouts.returned', superset: 'dropouts.persons' },
    { subset: 'dropouts.remaining', superset: 'dropouts.rate.denominator' },
  ],
};
