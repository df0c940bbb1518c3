// A validation finding: what the user sees for each problem in the data. Validation collects these
// and returns them ({errors, warnings, infos}); it never throws for bad data.

/**
 * An error makes the data invalid; a warning does so only with --strict; an info says what was not
 * checked and why (printed and counted, never failing anything), so that nothing is skipped silently.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  /** Stable rule id, e.g. "participants.duplicate-id"; documented in the README's rule table. */
  rule: string;
  /** Path relative to the data folder, with forward slashes, e.g. "skane/lund/participants.csv". */
  file: string;
  /** 1-based line in the file (the CSV header is line 1); absent for whole-file findings. */
  line?: number;
  /** 1-based column number of the offending field, when there is one. */
  column?: number;
  /** Header name of that column as written in the file. */
  columnName?: string;
  /** In an xlsx file: the cell as Excel names it, sheet included, e.g. "Blad1!C14" (line = row, column = column). */
  cell?: string;
  /** What is wrong, in one sentence. Never contains a personnummer in full (see util/pnr.ts). */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** A warning that project.yaml's validate.accept accepts: the reason given there. */
  accepted?: string;
}

export interface ValidationReport {
  errors: Finding[];
  warnings: Finding[];
  infos: Finding[];
}
