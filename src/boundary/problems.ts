// How the boundary reports what it refused (a link out of the data folder, a FIFO, a file too big,
// UTF-16 text). Like ingest (src/ingest/problems.ts), the boundary only states the problem and its
// facts; validation decides what each becomes (its rule, severity, message and hint: the `file.*`,
// `csv.header-too-long` and `csv.too-many-fields` rules of src/validate/rules.ts). So the boundary
// knows no reader and no validator, and later inputs (photos, xlsx, Markdown) reuse it as it is.

/** What kind of input a file is, for messages and hints ("not a text CSV file"). */
export type InputFormat = 'CSV' | 'YAML' | 'Markdown' | 'XLSX' | 'photo';

/** Every problem the boundary can find, with the facts a message needs. Never the file's content. */
export interface BoundaryProblems {
  /** A link (the file itself or a folder on its path) leads outside the data folder. */
  outsideDataFolder: Record<string, never>;
  /** A FIFO, device or socket where a file should be: `what` says which. */
  special: { what: string };
  /** A link to nothing, or a loop of links. */
  brokenLink: Record<string, never>;
  /** The file changed between the check and the open (a race or a swapped file). */
  changed: Record<string, never>;
  /** A file or folder that cannot be opened or read (EACCES and the like). */
  unreadable: { code: string; what: 'file' | 'folder'; format?: InputFormat };
  /** A file over its size cap; it was not read. */
  tooLarge: { limitBytes: number; format: InputFormat };
  /** UTF-16 or UTF-32 text, found by its byte order mark or its NUL pattern. */
  wideEncoding: { encoding: 'UTF-16' | 'UTF-32'; format: InputFormat };
  /** Binary content; it is described, never shown. */
  notText: { what: string; format: InputFormat };
  /** An xlsx file that is not a zip archive that can be read. */
  notXlsx: { detail: string };
  /** An xlsx file whose entries declare more than the caps allow when inflated (a zip bomb). */
  zipExpansion: { detail: string };
  /** The first line of a CSV file does not end within the cap. */
  headerTooLong: { limitBytes: number };
  /** The header of a CSV file has more fields than the cap. */
  tooManyFields: { fields: number; limit: number };
}

/** Receives the boundary's problems; `file` is the path relative to the data folder. */
export interface BoundarySink {
  refused<K extends keyof BoundaryProblems>(kind: K, file: string, facts: BoundaryProblems[K], where?: { line?: number }): void;
}
