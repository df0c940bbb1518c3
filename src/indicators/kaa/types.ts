// Indicator 5 (contract §7.5): what is counted about the KAA list.
// `C` is the type of one cell: `number` when computed, `number | null` after disclosure control.
import type { Count, Ratio } from '../count.js';

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

// Adds this indicator to `Figures` (../types.ts); the registry checks every indicator has its entry.
declare module '../types.js' {
  interface Figures<C = number> {
    /** null when no municipality in scope has a kaa_contacts.csv; always null for a workshop. */
    kaa: KaaFigures<C> | null;
  }
}
