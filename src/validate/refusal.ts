// What `figures`, `build` and `brochures` print when the data has errors and they refuse to go
// on: the first findings in validate's text format, then what was not written and the validate
// command that lists everything. One wording for all of them.
import type { DatasetValidation } from './dataset.js';
import { formatText, sortFindings, type Colors } from './format.js';

export interface RefusalOptions {
  /** What was not produced, e.g. "No report was written." */
  nothingWritten: string;
  /** The validate command line that lists every finding. */
  validateCommand: string;
  /** How many errors to show at most. */
  shown: number;
  colors: Colors;
}

export function refusalText(validation: DatasetValidation, options: RefusalOptions): string {
  const findings = sortFindings(validation.errors).slice(0, options.shown);
  const summary = { files: validation.files, rows: validation.rows, errors: validation.errorCount, warnings: validation.warningCount };
  const cut =
    validation.errorCount > findings.length ? `The first ${findings.length} of ${validation.errorCount} errors are shown; run` : 'Run';
  return (
    formatText(findings, summary, options.colors).trimEnd() +
    `\n${options.nothingWritten} ${cut} \`${options.validateCommand}\` for the full list with warnings.\n`
  );
}

/** `plugin-report validate --data DIR [--region ID] [--municipality ID]`. */
export function validateCommandFor(data: string, scope: { region?: string; municipality?: string }): string {
  return [
    'plugin-report validate --data',
    data,
    scope.region && `--region ${scope.region}`,
    scope.municipality && `--municipality ${scope.municipality}`,
  ]
    .filter(Boolean)
    .join(' ');
}
