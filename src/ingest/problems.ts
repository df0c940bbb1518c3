// How ingest reports what is wrong with a file's bytes or header (a malformed quote, a missing
// column, a row of the wrong width). Ingest only states the problem; validation decides what a
// problem becomes (its FindingCollector fits this interface as it is), so ingest never depends on
// validation.

/** Where in the file a problem is, and what to do about it. */
export interface ProblemPlace {
  /** 1-based line in the file (the CSV header is line 1). */
  line?: number;
  /** 1-based column number of the offending field. */
  column?: number;
  /** Header name of that column as written in the file. */
  columnName?: string;
  hint?: string;
}

/** Receives ingest's problems; `rule` is the stable id of the check, `file` the path in the data folder. */
export interface ProblemSink {
  error(rule: string, file: string, message: string, where?: ProblemPlace): void;
  warning(rule: string, file: string, message: string, where?: ProblemPlace): void;
}
