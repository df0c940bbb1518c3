// The linear relations and subset inequalities between the figures of one unit, as the disclosure
// model needs them (data contract §7): taken from the indicator folders' relations.ts through the
// registry, so an indicator that declares a relation is protected by it. Each rule is applied per
// gender group (women, men, total, unknown). Across units: every count of a unit is the sum of the
// same count of its children, and total = women + men + unknown (both in ./units.ts).
//
// A rule is written Σ coefficient · figure = 0 ('eq') or ≤ 0 ('le'), figures named by their
// dotted path in Figures. Only the merit bounds below are the model's own: they are bounds on a
// sum of points, not relations between persons, so no indicator declares them.
import { allRelations, isDecimalFigure } from '../indicators/registry.js';

export interface RelationRule {
  name: string;
  kind: 'eq' | 'le';
  terms: ReadonlyArray<readonly [path: string, coefficient: number]>;
  /**
   * Holds in a region or the nation only when every municipality has the optional file; where it
   * does not hold it is left out quietly (the children sums carry the same knowledge).
   */
  onlyWithCompleteData?: boolean;
}

/** a ≤ factor · b */
const atMost = (name: string, a: string, b: string, factor = 1): RelationRule => ({
  name,
  kind: 'le',
  terms: [
    [a, 1],
    [b, -factor],
  ],
});

/** The highest merit value of one term: 16 subjects and ML, 20 points each (contract §7.4). */
export const MAX_MERIT = 17 * 20;
/** The lowest merit value of an eligible term: 8 subjects (SV/SVA, EN, MA and 5 more) at E = 10. */
export const MIN_ELIGIBLE_MERIT = 8 * 10;

/** What the attacker knows of the merit-point sums: between 0 and MAX_MERIT per measurable person. */
const MERIT_BOUNDS: readonly RelationRule[] = [
  atMost('merit sum first ≤ max merit · measurable', 'grades.meritSumFirst', 'grades.measurable', MAX_MERIT),
  atMost('merit sum last ≤ max merit · measurable', 'grades.meritSumLast', 'grades.measurable', MAX_MERIT),
  atMost('eligible first · min merit ≤ merit sum first', 'grades.eligibleFirst', 'grades.meritSumFirst', 1 / MIN_ELIGIBLE_MERIT),
  atMost('eligible last · min merit ≤ merit sum last', 'grades.eligibleLast', 'grades.meritSumLast', 1 / MIN_ELIGIBLE_MERIT),
];

function unitRelations(): RelationRule[] {
  const { sums, subsets } = allRelations();
  return [
    ...sums.map(
      (sum): RelationRule => ({
        name: `${sum.total} = ${[...sum.parts, ...(sum.minus ?? []).map((p) => `−${p}`)].join(' + ')}`,
        kind: 'eq',
        terms: [[sum.total, 1], ...sum.parts.map((p) => [p, -1] as const), ...(sum.minus ?? []).map((p) => [p, 1] as const)],
        ...(sum.onlyWithCompleteData ? { onlyWithCompleteData: true } : {}),
      }),
    ),
    ...subsets.map((s) => atMost(`${s.subset} ≤ ${s.superset}`, s.subset, s.superset)),
    ...MERIT_BOUNDS,
  ];
}

/** Every rule within one unit, in registry order. */
export const UNIT_RELATIONS: readonly RelationRule[] = unitRelations();

/** Shares and the merit sums (whose mean is a share-like figure): numerator path, denominator path. */
export const SHARES: ReadonlyArray<readonly [numerator: string, denominator: string]> = allRelations().shares.map(
  (s) => [s.numerator, s.denominator] as const,
);

/** Figures that are sums of merit points, not counts: rounded to 2.5 points, no small-count rule. */
export const isMeritSum = (path: string): boolean => isDecimalFigure(path) && path.startsWith('grades.');
/** Merit points come in steps of 2.5 (A 20, B 17.5, … E 10). */
export const MERIT_STEP = 2.5;
