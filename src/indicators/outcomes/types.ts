// Indicator 2 (contract §7.2): what is counted about exited participants.
// `C` is the type of one cell: `number` when computed, `number | null` after disclosure control.
import type { OutcomeCode } from '../../schema/codes.js';
import type { Count, Ratio } from '../count.js';

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

// Adds this indicator to `Figures` (../types.ts); the registry checks every indicator has its entry.
declare module '../types.js' {
  interface Figures<C = number> {
    outcomes: OutcomeFigures<C>;
  }
}
