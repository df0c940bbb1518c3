// How the participant figures add up (contract §7.1).
import { AGE_BANDS, TARGET_GROUPS } from '../../schema/codes.js';
import type { FigurePath, Relations } from '../relations.js';
import type { ParticipantFigures } from './types.js';

type Path = FigurePath<'participants', ParticipantFigures>;

export const participantRelations: Relations<Path> = {
  sums: [
    { total: 'participants.persons', parts: TARGET_GROUPS.map((g) => `participants.byTargetGroup.${g}` as const) },
    { total: 'participants.persons', parts: AGE_BANDS.map((b) => `participants.byAgeBand.${b}` as const) },
  ],
  shares: [],
  subsets: [{ subset: 'participants.intensiveSupport', superset: 'participants.persons' }],
};
