// Records → data rows of one of the four CSV files: matches the header against the file's column
// specification (names and aliases, folded; column order free), reports unknown, duplicate and
// missing columns, skips blank rows and checks each row's field count. What is left is handed to a
// row handler with precomputed column indexes, so the hot path never looks a name up.
import { foldKey } from '../schema/codes.js';
import { headerLookup, type CsvFileSpec } from '../schema/csv.js';
import type { ProblemSink } from './problems.js';
import { readCsvRecords, type CsvSource, type ReadInfo } from './reader.js';
import { safeValue } from '../util/quote.js';

export interface TableLayout {
  spec: CsvFileSpec;
  /** File column (0-based) of each spec column, or -1 when the file does not have it. */
  index: Int32Array;
  /** Header names as written in the file, by file column. */
  header: string[];
  /** Line of the header. */
  headerLine: number;
}

/** Receives the data rows: raw fields (untrimmed) and the 1-based line where the row starts. */
export type RowHandler = (fields: string[], line: number) => void;

export interface TableResult {
  /** Undefined when the file had no header at all. */
  layout?: TableLayout;
  /** Data rows seen (blank rows not counted). */
  rows: number;
  /** False when a required column is missing: rows were counted but not validated. */
  usable: boolean;
  read: ReadInfo;
}

/** Trimmed cell of a spec column; '' when the column is absent or the cell is empty. */
export function cell(fields: string[], fileColumn: number): string {
  if (fileColumn < 0) return '';
  const value = fields[fileColumn];
  return value === undefined ? '' : value.trim();
}

function isBlank(fields: string[]): boolean {
  for (const field of fields) if (field.trim().length > 0) return false;
  return true;
}

/**
 * Reads one CSV file against its specification. `file` is the path relative to the data folder,
 * for findings. `onLayout` is called once the header is known and returns the row handler.
 */
export async function readTable(
  source: CsvSource,
  file: string,
  spec: CsvFileSpec,
  findings: ProblemSink,
  onLayout: (layout: TableLayout) => RowHandler,
): Promise<TableResult> {
  const lookup = headerLookup(spec);
  let layout: TableLayout | undefined;
  let handle: RowHandler | undefined;
  let usable = false;
  let rows = 0;
  let width = 0;

  const onHeader = (fields: string[], line: number) => {
    const index = new Int32Array(spec.columns.length).fill(-1);
    const header = fields.map((f) => f.trim());
    header.forEach((name, col) => {
      if (name === '') return; // Excel's trailing delimiters: nameless, empty columns
      const specColumn = lookup.get(foldKey(name));
      const at = { line, column: col + 1, columnName: name };
      if (specColumn === undefined) {
        findings.problem('unknownColumn', file, { name, fileName: spec.fileName, known: spec.columns.map((c) => c.name) }, at);
      } else if (index[specColumn] !== -1) {
        const first = header[index[specColumn]!]!;
        findings.problem('duplicateColumn', file, { name, first, firstColumn: index[specColumn]! + 1 }, at);
      } else {
        index[specColumn] = col;
      }
    });
    const missing = spec.columns.filter((c, k) => c.required && index[k] === -1).map((c) => c.name);
    if (missing.length > 0) {
      findings.problem('missingColumn', file, { missing, required: requiredColumns(spec) }, { line });
    }
    width = fields.length;
    // Header names are shown in findings (columnName, messages): kept masked, cut and escaped.
    layout = { spec, index, header: header.map((name) => safeValue(name)), headerLine: line };
    usable = missing.length === 0;
    if (usable) handle = onLayout(layout);
  };

  const read = await readCsvRecords(source, {
    record(fields, line) {
      if (layout === undefined) {
        onHeader(fields, line);
        return;
      }
      if (fields.length !== width) {
        if (isBlank(fields)) return;
        if (fields.length < width || !isBlank(fields.slice(width))) {
          rows++;
          findings.problem('fieldCount', file, { fields: fields.length, width }, { line });
          return;
        }
      } else if (isBlank(fields)) {
        return;
      }
      rows++;
      handle?.(fields, line);
    },
    problem(line, message) {
      findings.problem('malformed', file, { detail: message }, { line });
    },
  });
  if (layout === undefined) {
    findings.problem('emptyFile', file, { fileName: spec.fileName, required: requiredColumns(spec) });
  }
  return { ...(layout ? { layout } : {}), rows, usable, read };
}

const requiredColumns = (spec: CsvFileSpec) => spec.columns.filter((c) => c.required).map((c) => c.name);
