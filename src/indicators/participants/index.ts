// Indicator 1 (contract §7.1): participants, by target group, age band and intensive support.
import type { Indicator } from '../indicator.js';
import { participantFigures } from './compute.js';
import { participantRelations } from './relations.js';
import type { ParticipantFigures } from './types.js';

export const participants: Indicator<'participants', ParticipantFigures, true> = {
  key: 'participants',
  level: 'workshop',
  prepare: () => true,
  compute: (persons) => participantFigures(persons),
  empty: () => participantFigures([]),
  relations: participantRelations,
};
