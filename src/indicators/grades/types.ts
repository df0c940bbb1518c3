// Indicator 4 (contract §7.4): what is counted about grades and merit values.
// `C` is the type of one cell: `number` when computed, `number | null` after disclosure control.
import type { Count, Ratio } from '../count.js';

export interface GradeFigures<C = number> {
  /** Participants with at least one grade row. */
  withGrades: Count<C>;
  /** Participants with grades in at least two terms. */
  measurable: Count<C>;
  raised: Count<C>;
  kept: Count<C>;
  lowered: Count<C>;
  /** (raised + kept) / measurable. */
  raisedOrKept: Ratio<C>;
  /** Among measurable participants with intensive support: raised / measurable. */
  intensiveRaised: Ratio<C>;
  /** Eligible for a vocational programme in the first / last term, among the measurable. */
  eligibleFirst: Count<C>;
  eligibleLast: Count<C>;
  /**
   * Became eligible: not eligible in the first term but eligible in the last (a person-level
   * count, so it is no difference of the two above: some may lose eligibility).
   */
  becameEligible: Count<C>;
  /** Sum of merit values in the first / last term, among the measurable (mean = sum / measurable). */
  meritSumFirst: Count<C>;
  meritSumLast: Count<C>;
}

// Adds this indicator to `Figures` (../types.ts); the registry checks every indicator has its entry.
declare module '../types.js' {
  interface Figures<C = number> {
    /** null when no municipality in scope has a grades.csv. */
    grades: GradeFigures<C> | null;
  }
}
