// How ingest reports what is wrong with a file's bytes or header (a malformed quote, a missing
// column, a row of the wrong width). Ingest only states the problem and its facts; validation
// decides what each problem becomes (its rule, severity, message and hint: the `csv.*` rules of
// src/validate/rules.ts), so ingest never depends on validation.

/** Where in the file a problem is. */
export interface ProblemPlace {
  /** 1-based line in the file (the CSV header is line 1). */
  line?: number;
  /** 1-based column number of the offending field. */
  column?: number;
  /** Header name of that column as written in the file. */
  columnName?: string;
}

/** Every problem ingest can find, with the facts a message needs. */
export interface IngestProblems {
  unknownColumn: { name: string; fileName: string; known: string[] };
  duplicateColumn: { name: string; first: string; firstColumn: number };
  missingColumn: { missing: string[]; required: string[] };
  fieldCount: { fields: number; width: number };
  malformed: { detail: string };
  emptyFile: { fileName: string; required: string[] };
  /** An xlsx workbook with more sheets than the first, which alone is read. */
  extraSheets: { sheets: string[]; first: string };
  /** Merged cells in the sheet read: only each range's top-left cell has the value. */
  mergedCells: { range: string; count: number };
  /** The sheet spans more cells than are read. */
  tooManyCells: { cells: number; limit: number };
}

/** Receives ingest's problems; `file` is the path in the data folder. */
export interface ProblemSink {
  problem<K extends keyof IngestProblems>(kind: K, file: string, facts: IngestProblems[K], where?: ProblemPlace): void;
  /** The sheet a spreadsheet's rows come from, so findings can name cells as Excel does (Blad1!C14). */
  sheet?(file: string, name: string): void;
}
