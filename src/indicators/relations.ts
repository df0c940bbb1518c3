// The relations between an indicator's figures, declared by each indicator next to its computation
// (./<name>/relations.ts) and collected by ./registry.ts. Disclosure control needs them: a hidden
// cell must not be computable from the shown ones (see src/disclosure/), and an attacker's model of
// the published tables is exactly these relations plus "counts are non-negative integers".
// Paths are dotted keys of `Figures` ("participants.byAgeBand.15-19"), checked by the compiler.
// Every relation holds in each gender group separately (women, men, total, unknown).
import type { Count } from './count.js';

type Join<K extends string, P extends string> = P extends '' ? K : `${K}.${P}`;

/** The dotted paths of every Count inside T, a Ratio's numerator and denominator included. */
export type CountPath<T> =
  T extends Count<unknown>
    ? ''
    : T extends object
      ? { [K in keyof T & string]: Join<K, CountPath<NonNullable<T[K]>>> }[keyof T & string]
      : never;

/** The paths of an indicator's counts as they appear in `Figures`, under the indicator's key. */
export type FigurePath<Key extends string, F> = `${Key}.${CountPath<F>}`;

/**
 * total = Σ parts − Σ minus. Disclosure control treats every term alike (a hidden cell must not be
 * the only unknown of the equation) and, when it has to hide one more, prefers a part to the total.
 */
export interface SumRelation<P extends string = string> {
  total: P;
  parts: readonly P[];
  minus?: readonly P[];
  /**
   * The relation holds for a municipality and a workshop, but in a region or the nation only when
   * every municipality in it has the optional file (the other side sums all municipalities). The
   * disclosure model (src/disclosure/units.ts) leaves it out where it does not hold.
   */
  onlyWithCompleteData?: true;
}

/** A share: the numerator (and the share) is hidden when the denominator is a small count. */
export interface ShareRelation<P extends string = string> {
  numerator: P;
  denominator: P;
}

/**
 * subset ≤ superset: every person counted in `subset` is also counted in `superset` (or, for a
 * count of attempts, at least one attempt per person). Part of the disclosure model's attacker.
 */
export interface SubsetRelation<P extends string = string> {
  subset: P;
  superset: P;
}

export interface Relations<P extends string = string> {
  sums: readonly SumRelation<P>[];
  shares: readonly ShareRelation<P>[];
  subsets: readonly SubsetRelation<P>[];
}
