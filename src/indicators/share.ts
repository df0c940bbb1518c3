// A share as every output shows it, after disclosure control (src/disclosure/) may have hidden
// either side: hidden (null) when either side is hidden or there is nothing to divide.
import type { Group } from './count.js';
import type { Ratio } from './types.js';

export interface Share {
  numerator: number | null;
  denominator: number | null;
  /** numerator / denominator, in 0..1 for every share but attempts per person; null when not shown. */
  value: number | null;
}

export function shareOf(ratio: Ratio<number | null> | Ratio<number>, group: Group = 'total'): Share {
  const numerator = ratio.numerator[group] ?? null;
  const denominator = ratio.denominator[group] ?? null;
  const value = numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
  return { numerator, denominator, value };
}
