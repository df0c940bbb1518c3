// Indicator 2 (contract §7.2): exit outcomes among participants who have left (have an end_date).
import { OUTCOMES, type OutcomeCode } from '../../schema/codes.js';
import type { Indicator } from '../indicator.js';
import type { Cell } from '../table.js';
import { outcomeSection } from './section.js';
import en from './copy.en.json' with { type: 'json' };
import sv from './copy.sv.json' with { type: 'json' };
import { outcomeFigures } from './compute.js';
import { outcomeRelations } from './relations.js';
import type { OutcomeFigures } from './types.js';

export const outcomes: Indicator<'outcomes', OutcomeFigures, true, OutcomeFigures<Cell>> = {
  key: 'outcomes',
  level: 'workshop',
  prepare: () => true,
  compute: (persons) => outcomeFigures(persons),
  empty: () => outcomeFigures([]),
  section: outcomeSection,
  relations: outcomeRelations,
  copy: { sv, en },
  codeLabels: { byCode: (code) => OUTCOMES[code as OutcomeCode]?.label },
};
