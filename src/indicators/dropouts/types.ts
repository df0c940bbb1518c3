// Indicator 3 (contract §7.3): what is counted about dropouts.
// `C` is the type of one cell: `number` when computed, `number | null` after disclosure control.
import type { DropoutReason } from '../../schema/codes.js';
import type { Count, Ratio } from '../count.js';

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

// Adds this indicator to `Figures` (../types.ts); the registry checks every indicator has its entry.
declare module '../types.js' {
  interface Figures<C = number> {
    /** null when no municipality in scope has a dropouts.csv: no data, not zero. */
    dropouts: DropoutFigures<C> | null;
  }
}
