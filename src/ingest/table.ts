// Records → data rows of one of the four CSV files: matches the header against the file's column
// specification (names and aliases, folded; column order free), reports unknown, duplicate and
// missing columns, skips blank rows and checks each row's field count. What is left is handed to a
// row handler with precomputed column indexes, so the hot path never looks a name up.
import { foldKey } from '../schema/codes.js';
import { headerLookup, type CsvFileSpec } from '../schema/csv.js';
import type { FindingCollector } from '../validate/collector.js';
import { readCsvRecords, type CsvSource, type ReadInfo } from './reader.js';
import { quote, safeValue } from '../util/quote.js';

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
  findings: FindingCollector,
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
      const at = { line, column: col + 1, columnName: safeValue(name) };
      if (specColumn === undefined) {
        findings.warning('csv.unknown-column', file, `column ${quote(name)} is not part of ${spec.fileName} and is ignored`, {
          ...at,
          hint: `Known columns: ${spec.columns.map((c) => c.name).join(', ')} (or their Swedish names). Rename the column if it is one of them.`,
        });
      } else if (index[specColumn] !== -1) {
        const first = header[index[specColumn]!]!;
        findings.error('csv.duplicate-column', file, `column ${quote(name)} is the same column as ${quote(first)} (column ${index[specColumn]! + 1})`, {
          ...at,
          hint: 'Keep one of the two columns and remove the other.',
        });
      } else {
        index[specColumn] = col;
      }
    });
    const missing = spec.columns.filter((c, k) => c.required && index[k] === -1).map((c) => c.name);
    if (missing.length > 0) {
      findings.error(
        'csv.missing-column',
        file,
        `required column${missing.length === 1 ? '' : 's'} ${missing.map((m) => `"${m}"`).join(', ')} missing from the header`,
        {
          line,
          hint: `The header must name ${spec.columns.filter((c) => c.required).map((c) => c.name).join(', ')} (English or Swedish names, any order). Rows were not checked.`,
        },
      );
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
          findings.error('csv.field-count', file, `row has ${fields.length} fields but the header has ${width}`, {
            line,
            hint: 'Check for a missing or extra delimiter in this row, or a delimiter inside a value that should be quoted.',
          });
          return;
        }
      } else if (isBlank(fields)) {
        return;
      }
      rows++;
      handle?.(fields, line);
    },
    problem(line, message) {
      findings.error('csv.malformed', file, message, {
        line,
        hint: 'Open the file in a text editor at this line; quoted fields must start and end with " and double any " inside.',
      });
    },
  });
  if (layout === undefined) {
    findings.error('csv.empty-file', file, `${spec.fileName} has no header row`, {
      hint: `The first line must name the columns: ${spec.columns.filter((c) => c.required).map((c) => c.name).join(', ')}.`,
    });
  }
  return { ...(layout ? { layout } : {}), rows, usable, read };
}
