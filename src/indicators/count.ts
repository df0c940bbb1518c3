// Sum helpers shared by every indicator: a Count is always split women / men / total (plus
// `unknown` where a person's gender may be unknown, i.e. KAA persons), a Ratio keeps its numerator
// and denominator so higher levels sum counts and divide only at the very end.
import type { Gender } from '../schema/codes.js';

export interface Count<C = number> {
  women: C;
  men: C;
  total: C;
  /**
   * Persons of unknown gender, counted in `total` only. Present (and > 0) only for KAA persons who
   * are neither participants nor carry a gender; everywhere else total = women + men.
   */
  unknown?: C;
}

export interface Ratio<C = number> {
  numerator: Count<C>;
  denominator: Count<C>;
}

/** The cells of a Count. `unknown` exists only on counts that can hold persons of unknown gender. */
export const GROUPS = ['women', 'men', 'total', 'unknown'] as const;
export type Group = (typeof GROUPS)[number];

export function zeroCount(withUnknown = false): Count {
  return withUnknown ? { women: 0, men: 0, total: 0, unknown: 0 } : { women: 0, men: 0, total: 0 };
}

/**
 * Adds `amount` (default one person) of the given gender; an undefined gender goes to `unknown`,
 * which is created on first use (a Count has `unknown` only when it holds such persons).
 */
export function tally(count: Count, gender: Gender | undefined, amount = 1): void {
  if (gender === 'female') count.women += amount;
  else if (gender === 'male') count.men += amount;
  else count.unknown = (count.unknown ?? 0) + amount;
  count.total += amount;
}

export function ratio(numerator: Count, denominator: Count): Ratio {
  return { numerator, denominator };
}

/** Sums counts; `unknown` is kept only when some person of unknown gender is in the sum. */
export function addCounts(...counts: Count[]): Count {
  const sum = zeroCount();
  let unknown = 0;
  for (const c of counts) {
    sum.women += c.women;
    sum.men += c.men;
    sum.total += c.total;
    unknown += c.unknown ?? 0;
  }
  if (unknown > 0) sum.unknown = unknown;
  return sum;
}

/** A Count is recognised by its shape; everything else in Figures is a nested record of them. */
export function isCount(value: unknown): value is Count<unknown> {
  return typeof value === 'object' && value !== null && 'women' in value && 'men' in value && 'total' in value;
}

/**
 * Structural sum of two figure trees of the same shape: every number is added, a `unknown` cell
 * missing on one side counts as 0. Used by aggregation, so every indicator sums the same way.
 */
export function sumDeep<T>(a: T, b: T): T {
  if (a === null && b === null) return a;
  if (typeof a === 'number' && typeof b === 'number') return (a + b) as T;
  if (isCount(a) && isCount(b)) return addCounts(a as Count, b as Count) as T;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(a)) {
      out[key] = sumDeep((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
    }
    return out as T;
  }
  throw new Error('sumDeep: figure trees of different shape');
}

/** A fresh record of zero counts, one per key, in the code list's order. */
export function countsByKey<K extends string>(keys: readonly K[]): Record<K, Count> {
  const out = {} as Record<K, Count>;
  for (const key of keys) out[key] = zeroCount();
  return out;
}
