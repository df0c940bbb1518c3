// Region = sum of its municipalities, nation = sum of its regions (contract §7). Counts are summed,
// shares stay numerator/denominator and are divided only when shown, never averaged.
import { sumDeep } from './count.js';
import { indicators } from './registry.js';
import type { Figures, Unit } from './types.js';

/**
 * Sums one indicator over the children. An indicator of an optional file is null only when no
 * child has it (no data anywhere, not zero); with no children at all the others are zero.
 */
function sumIndicator(children: Unit[], key: keyof Figures, empty: unknown): unknown {
  let sum = empty;
  for (const child of children) {
    const value = child.figures[key];
    if (value === null) continue;
    sum = sum === null ? structuredClone(value) : sumDeep(sum, value);
  }
  return sum;
}

export function sumFigures(children: Unit[]): Figures {
  const figures: Record<string, unknown> = {};
  for (const indicator of indicators) figures[indicator.key] = sumIndicator(children, indicator.key, indicator.empty());
  return figures as unknown as Figures;
}

export function aggregateUnits(level: 'region' | 'nation', id: string, name: string, children: Unit[]): Unit {
  return { level, id, name, figures: sumFigures(children), children };
}
