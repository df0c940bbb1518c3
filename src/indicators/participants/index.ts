// Indicator 1 (contract §7.1): participants, by target group, age band and intensive support.
import { AGE_BAND_LABELS, TARGET_GROUP_SHORT_LABELS, type AgeBand, type TargetGroup } from '../../schema/codes.js';
import type { Indicator } from '../indicator.js';
import type { Cell } from '../table.js';
import { participantSection } from './section.js';
import en from './copy.en.json' with { type: 'json' };
import sv from './copy.sv.json' with { type: 'json' };
import { participantFigures } from './compute.js';
import { participantRelations } from './relations.js';
import type { ParticipantFigures } from './types.js';

export const participants: Indicator<'participants', ParticipantFigures, true, ParticipantFigures<Cell>> = {
  key: 'participants',
  level: 'workshop',
  prepare: () => true,
  compute: (persons) => participantFigures(persons),
  empty: () => participantFigures([]),
  section: participantSection,
  relations: participantRelations,
  copy: { sv, en },
  codeLabels: {
    byTargetGroup: (code) => TARGET_GROUP_SHORT_LABELS[code as TargetGroup],
    byAgeBand: (code) => AGE_BAND_LABELS[code as AgeBand],
  },
};
