// Region = sum of its municipalities, nation = sum of its regions (contract §7). Counts are summed,
// shares stay numerator/denominator and are divided only when shown, never averaged.
import { sumDeep } from './count.js';
import { outcomeFigures } from './outcomes.js';
import { participantFigures } from './participants.js';
import type { Figures, Unit } from './types.js';

/** Sums one optional indicator: null only when no child has it (no data anywhere, not zero). */
function sumOptional<K extends 'dropouts' | 'grades' | 'kaa'>(children: Unit[], key: K): Figures[K] {
  let sum: Figures[K] = null;
  for (const child of children) {
    const value = child.figures[key];
    if (value === null) continue;
    sum = sum === null ? structuredClone(value) : sumDeep(sum, value);
  }
  return sum;
}

export function sumFigures(children: Unit[]): Figures {
  // No children (every municipality unreadable): zero persons, no optional data.
  let participants = participantFigures([]);
  let outcomes = outcomeFigures([]);
  for (const child of children) {
    participants = sumDeep(participants, child.figures.participants);
    outcomes = sumDeep(outcomes, child.figures.outcomes);
  }
  return {
    participants,
    outcomes,
    dropouts: sumOptional(children, 'dropouts'),
    grades: sumOptional(children, 'grades'),
    kaa: sumOptional(children, 'kaa'),
  };
}

export function aggregateUnits(level: 'region' | 'nation', id: string, name: string, children: Unit[]): Unit {
  return { level, id, name, figures: sumFigures(children), children };
}
