// Rule data.personnummer-present: personnummer in a person-id column of a data folder inside a Git
// work tree. Valid ids all the same, but a data repository keeps every version of them forever, so
// validate says so once per file and names `pseudonymise`. The cells are counted as the rows pass
// (the table's own row handler still runs); nothing of a personnummer goes into the finding.
import type { RowHandler, TableLayout } from '../ingest/table.js';
import { cell } from '../ingest/table.js';
import { personnummerShape } from '../util/pnr.js';
import type { FindingCollector } from './collector.js';
import { RULE } from './rules.js';

export interface PersonnummerCount {
  /** The table's row handler, counting its person-id cells that are personnummer on the way. */
  handler: RowHandler;
  /** Raises the file's one finding when any cell was a personnummer. Call after the last row. */
  report(findings: FindingCollector, file: string): void;
}

/** Counts the personnummer (any form of contract v1.2 §9) in the layout's person-id column. */
export function countPersonnummer(layout: TableLayout, rows: RowHandler): PersonnummerCount {
  const specColumn = layout.spec.columns.findIndex((c) => c.type === 'person_id');
  const fileColumn = specColumn < 0 ? -1 : layout.index[specColumn]!;
  let count = 0;
  let firstLine = 0;
  const handler: RowHandler =
    fileColumn < 0
      ? rows
      : (fields, line) => {
          if (personnummerShape(cell(fields, fileColumn)) !== null && count++ === 0) firstLine = line;
          rows(fields, line);
        };
  return {
    handler,
    report(findings, file) {
      if (count === 0) return;
      findings.raise(
        RULE.data.personnummerPresent,
        file,
        { count, line: firstLine },
        { line: firstLine, column: fileColumn + 1, columnName: layout.header[fileColumn] ?? layout.spec.columns[specColumn]!.name },
      );
    },
  };
}
