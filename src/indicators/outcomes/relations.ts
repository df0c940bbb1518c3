// How the exit outcomes add up (contract §7.2): every exited participant has one outcome code or
// none (missing), and education and work are sums of codes.
import { OUTCOME_CODES, OUTCOMES } from '../../schema/codes.js';
import type { ParticipantFigures } from '../participants/types.js';
import type { FigurePath, Relations } from '../relations.js';
import type { OutcomeFigures } from './types.js';

type Path = FigurePath<'outcomes', OutcomeFigures> | FigurePath<'participants', ParticipantFigures>;

const codesOf = (category: 'education' | 'work') =>
  OUTCOME_CODES.filter((c) => OUTCOMES[c].category === category).map((c) => `outcomes.byCode.${c}` as const);

export const outcomeRelations: Relations<Path> = {
  sums: [
    { total: 'outcomes.exited', parts: ['outcomes.missingOutcome', ...OUTCOME_CODES.map((c) => `outcomes.byCode.${c}` as const)] },
    { total: 'outcomes.education', parts: codesOf('education') },
    { total: 'outcomes.work', parts: codesOf('work') },
    { total: 'outcomes.educationOrWork.numerator', parts: ['outcomes.education', 'outcomes.work'] },
    { total: 'outcomes.educationOrWork.denominator', parts: ['outcomes.exited'] },
  ],
  shares: [{ numerator: 'outcomes.educationOrWork.numerator', denominator: 'outcomes.educationOrWork.denominator' }],
  subsets: [
    { subset: 'outcomes.exited', superset: 'participants.persons' },
    { subset: 'outcomes.educationOrWork.numerator', superset: 'outcomes.educationOrWork.denominator' },
  ],
};
