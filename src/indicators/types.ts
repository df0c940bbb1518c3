// The shape of the computed indicators (data contract §7). Every count is split women / men /
// total. Shares are never stored as numbers: a Ratio keeps numerator and denominator, so
// aggregation sums counts and reports divide at the very end.
//
// `C` is the type of one cell: `number` when computed, `number | null` after disclosure control
// (null = suppressed, printed "..").
import type { AgeBand, DropoutReason, OutcomeCode, TargetGroup } from '../schema/codes.js';

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

export interface ParticipantFigures<C = number> {
  persons: Count<C>;
  byTargetGroup: Record<TargetGroup, Count<C>>;
  byAgeBand: Record<AgeBand, Count<C>>;
  intensiveSupport: Count<C>;
}

export interface OutcomeFigures<C = number> {
  /** Participants with an end_date: the denominator of every outcome share. */
  exited: Count<C>;
  /** Exited participants without an exit_outcome are counted here as missing, not in byCode. */
  missingOutcome: Count<C>;
  byCode: Record<OutcomeCode, Count<C>>;
  education: Count<C>;
  work: Count<C>;
  /** Share in education or work: numerator education + work, denominator exited. */
  educationOrWork: Ratio<C>;
}

export interface DropoutFigures<C = number> {
  /** Persons with at least one dropout row. */
  persons: Count<C>;
  /** Dropout rate: persons / participants (of the municipalities that report dropouts). */
  rate: Ratio<C>;
  /** By the reason of each person's latest dropout. */
  byReason: Record<DropoutReason, Count<C>>;
  /** Persons whose latest dropout has a returned_date. */
  returned: Count<C>;
  /** Participants minus persons who dropped out and did not return. */
  remaining: Count<C>;
}

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
  /** Sum of merit values in the first / last term, among the measurable (mean = sum / measurable). */
  meritSumFirst: Count<C>;
  meritSumLast: Count<C>;
}

export interface KaaFigures<C = number> {
  /** Distinct persons on the KAA list. */
  listed: Count<C>;
  /** Persons with at least one `reached` or `declined`. */
  contacted: Count<C>;
  contactRate: Ratio<C>;
  /** Persons on the list who are also participants. */
  inInterventions: Count<C>;
  /** Contact attempts (rows); attempts per person = attempts / listed. */
  attempts: Count<C>;
  attemptsPerPerson: Ratio<C>;
}

export interface Figures<C = number> {
  participants: ParticipantFigures<C>;
  outcomes: OutcomeFigures<C>;
  /** null when no municipality in scope has a dropouts.csv: no data, not zero. */
  dropouts: DropoutFigures<C> | null;
  grades: GradeFigures<C> | null;
  kaa: KaaFigures<C> | null;
}

export type Level = 'workshop' | 'municipality' | 'region' | 'nation';

export interface Unit<C = number> {
  level: Level;
  id: string;
  name: string;
  figures: Figures<C>;
  children: Unit<C>[];
}
