// Indicator 2 (contract §7.2): exit outcomes among participants who have left (have an end_date).
import type { Indicator } from '../indicator.js';
import { outcomeFigures } from './compute.js';
import { outcomeRelations } from './relations.js';
import type { OutcomeFigures } from './types.js';

export const outcomes: Indicator<'outcomes', OutcomeFigures, true> = {
  key: 'outcomes',
  level: 'workshop',
  prepare: () => true,
  compute: (persons) => outcomeFigures(persons),
  empty: () => outcomeFigures([]),
  relations: outcomeRelations,
};
