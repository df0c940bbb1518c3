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
  source: CsvSource | SheetSource,
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

  // Runs once per file, but TurboFan inlines what `record` calls into the CSV hot loop (readPlain →
  // record → onHeader) when it fits V8's inlining budget (460 bytes of bytecode each, 920 in all).
  // Written with map/forEach/filter callbacks it was 329 bytes and got inlined: readPlain's compile
  // took 2-4x longer and deoptimized on the arrays those builtins made ("wrong map" on `header` and
  // `missing`), so it was compiled 3-6 times per run: `validate` of the fixtures went from 1.78 to
  // 2.21 G instructions. As plain loops (570 bytes) it stays a call of its own, as it was before
  // the restructure. Keep it out of line if you shorten it (check with node --trace-turbo-inlining).
  const onHeader = (fields: string[], line: number) => {
    const columns = spec.columns;
    const index = new Int32Array(columns.length).fill(-1);
    const header: string[] = [];
    for (let col = 0; col < fields.length; col++) header.push(fields[col]!.trim());
    for (let col = 0; col < header.length; col++) {
      const name = header[col]!;
      if (name === '') continue; // Excel's trailing delimiters: nameless, empty columns
      const specColumn = lookup.get(foldKey(name));
      const at = { line, column: col + 1, columnName: name };
      if (specColumn === undefined) {
        findings.problem('unknownColumn', file, { name, fileName: spec.fileName, known: columnNames(spec, false) }, at);
      } else if (index[specColumn] !== -1) {
        const first = header[index[specColumn]!]!;
        findings.problem('duplicateColumn', file, { name, first, firstColumn: index[specColumn]! + 1 }, at);
      } else {
        index[specColumn] = col;
      }
    }
    const missing: string[] = [];
    for (let k = 0; k < columns.length; k++) if (columns[k]!.required && index[k] === -1) missing.push(columns[k]!.name);
    if (missing.length > 0) {
      findings.problem('missingColumn', file, { missing, required: requiredColumns(spec) }, { line });
    }
    width = fields.length;
    // Header names are shown in findings (columnName, messages): kept masked, cut and escaped.
    layout = { spec, index, header: header.map((name) => safeValue(name)), headerLine: line };
    usable = missing.length === 0;
    if (usable) handle = onLayout(layout);
  };

  const sink = {
    record(fields: string[], line: number) {
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
    problem(line: number, message: string) {
      findings.problem('malformed', file, { detail: message }, { line });
    },
  };
  const read = isSheet(source) ? source.feed(sink) : await readCsvRecords(source, sink);
  if (layout === undefined) {
    findings.problem('emptyFile', file, { fileName: spec.fileName, required: requiredColumns(spec) });
  }
  return { ...(layout ? { layout } : {}), rows, usable, read };
}

/**
 * Rows that are already fields (a spreadsheet's cells as text): fed to the same header and row
 * logic as a CSV file's records, with the sheet's row numbers as lines.
 */
export interface SheetSource {
  feed(sink: { record(fields: string[], line: number): void }): ReadInfo;
}

function isSheet(source: CsvSource | SheetSource): source is SheetSource {
  return typeof source === 'object' && 'feed' in source && !Buffer.isBuffer(source);
}

const requiredColumns = (spec: CsvFileSpec) => columnNames(spec, true);

/** Names of the spec's columns (only the required ones when `requiredOnly`). */
function columnNames(spec: CsvFileSpec, requiredOnly: boolean): string[] {
  const names: string[] = [];
  for (const c of spec.columns) if (!requiredOnly || c.required) names.push(c.name);
  return names;
}
