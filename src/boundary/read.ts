// Reading a data file through the boundary, with every refusal reported as a finding: the readers
// (YAML configs, CSV tables; later photos, xlsx and Markdown) get either checked bytes or a
// decision, never an exception for something the data folder contains. What a refused file holds
// is never read, so it cannot appear in any message.
import { BoundaryChanged, type DataFolder, type FileEntry, type Refusal } from './data-folder.js';
import { MAX_FIELDS, MAX_HEADER_BYTES, MAX_YAML_BYTES, SNIFF_BYTES } from './limits.js';
import { headerFieldCount, headerLineEnd, sniff, wideHint } from './sniff.js';

/** Where findings go (the FindingCollector). */
export interface FindingSink {
  error(rule: string, file: string, message: string, where?: { hint?: string; line?: number }): void;
}

/** The rule of each refusal; `unreadable` is the caller's own rule (config.unreadable, csv.unreadable). */
const REFUSAL_RULES = {
  outside: 'file.outside-data-folder',
  special: 'file.special',
  'broken-link': 'file.broken-link',
} as const;

/** Reports a refused path as a finding on `file` (the path relative to the data folder). */
export function reportRefusal(
  refusal: Refusal,
  file: string,
  unreadableRule: string,
  findings: FindingSink,
  what: 'file' | 'folder' = 'file',
): void {
  if (refusal.reason === 'unreadable') {
    findings.error(unreadableRule, file, `cannot read the ${what} (${refusal.code ?? 'I/O error'})`, {
      hint: `Check that the ${what} exists and may be read.`,
    });
  } else {
    findings.error(REFUSAL_RULES[refusal.reason], file, refusal.message, { hint: refusal.hint });
  }
}

/** An I/O error while opening or reading a checked file: a finding, never an internal error. */
function reportIoError(error: unknown, file: string, unreadableRule: string, findings: FindingSink): void {
  if (error instanceof BoundaryChanged) {
    findings.error('file.special', file, `${file} changed while it was being opened; it was not read`, {
      hint: 'Run again on a data folder that is not being changed.',
    });
    return;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string' || !code.startsWith('E')) throw error; // not I/O: a bug
  findings.error(unreadableRule, file, `cannot read the file (${code})`, { hint: 'Check that the file exists and may be read.' });
}

function checkText(bytes: Uint8Array, file: string, kind: 'CSV' | 'YAML', findings: FindingSink): boolean {
  const found = sniff(bytes.subarray(0, SNIFF_BYTES));
  if (found.kind === 'wide') {
    findings.error('file.wide-encoding', file, `the file is encoded as ${found.encoding}, which is not read`, { hint: wideHint(kind) });
    return false;
  }
  if (found.kind === 'binary') {
    findings.error('file.not-text', file, `not a text ${kind} file (it looks like ${found.what}); its content is not shown`, {
      hint: kind === 'CSV' ? 'Export the table as CSV (comma- or semicolon-separated text).' : 'Replace it with the YAML text file.',
    });
    return false;
  }
  return true;
}

export type YamlRead = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'directory' } | { kind: 'failed' };

/**
 * A YAML file's text: checked location and type, at most MAX_YAML_BYTES, text (not binary, not
 * UTF-16/32). Every failure is already a finding ('failed'); 'missing' and 'directory' are left to
 * the caller, whose messages say what that file's absence means.
 */
export function readYamlText(folder: DataFolder, file: string, unreadableRule: string, findings: FindingSink): YamlRead {
  const entry = folder.inspect(file);
  if (entry.kind === 'missing' || entry.kind === 'directory') return { kind: entry.kind };
  if (entry.kind === 'refused') {
    reportRefusal(entry, file, unreadableRule, findings);
    return { kind: 'failed' };
  }
  let bytes: Buffer | 'too-large';
  try {
    bytes = folder.readBytes(entry, MAX_YAML_BYTES);
  } catch (error) {
    reportIoError(error, file, unreadableRule, findings);
    return { kind: 'failed' };
  }
  if (bytes === 'too-large') {
    findings.error(
      'file.too-large',
      file,
      `the file is larger than ${MAX_YAML_BYTES / (1 << 20)} MB, more than a configuration file needs; it was not read`,
      {
        hint: 'Check that this is the right file; a YAML configuration is a few kilobytes.',
      },
    );
    return { kind: 'failed' };
  }
  if (!checkText(bytes, file, 'YAML', findings)) return { kind: 'failed' };
  return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes) };
}

export type CsvOpen =
  | { kind: 'bytes'; bytes: Buffer; entry: FileEntry }
  | { kind: 'stream'; path: string; entry: FileEntry }
  | { kind: 'missing' }
  | { kind: 'directory' }
  | { kind: 'failed' };

/**
 * A CSV file ready for the reader: small files as their bytes (one read), bigger ones as the
 * checked path to stream. Before that: location and type, text (not binary, not UTF-16/32), a
 * header line that ends within MAX_HEADER_BYTES and has at most MAX_FIELDS fields. Only the first
 * bytes are looked at, so this costs the same for a file of ten rows and of a million.
 */
export function openCsv(folder: DataFolder, file: string, wholeFileBytes: number, findings: FindingSink): CsvOpen {
  const entry = folder.inspect(file);
  if (entry.kind === 'missing' || entry.kind === 'directory') return { kind: entry.kind };
  if (entry.kind === 'refused') {
    reportRefusal(entry, file, 'csv.unreadable', findings);
    return { kind: 'failed' };
  }
  let head: Buffer;
  let whole: Buffer | undefined;
  try {
    if (entry.size <= wholeFileBytes) {
      const bytes = folder.readBytes(entry, wholeFileBytes);
      // The file grew past the limit since it was inspected: stream it instead.
      whole = bytes === 'too-large' ? undefined : bytes;
      head = whole ?? folder.readPrefix(entry, Math.max(SNIFF_BYTES, MAX_HEADER_BYTES + 1));
    } else {
      head = folder.readPrefix(entry, Math.max(SNIFF_BYTES, MAX_HEADER_BYTES + 1));
    }
  } catch (error) {
    reportIoError(error, file, 'csv.unreadable', findings);
    return { kind: 'failed' };
  }
  if (!checkText(head, file, 'CSV', findings)) return { kind: 'failed' };
  const end = headerLineEnd(head.subarray(0, MAX_HEADER_BYTES));
  if (end === -1 && head.length > MAX_HEADER_BYTES) {
    findings.error('csv.header-too-long', file, `the header line is longer than ${MAX_HEADER_BYTES / 1024} KB; the file was not read`, {
      line: 1,
      hint: 'The first line must name the columns; check that the file is a CSV export with one header line.',
    });
    return { kind: 'failed' };
  }
  const fields = headerFieldCount(end === -1 ? head : head.subarray(0, end));
  if (fields > MAX_FIELDS) {
    findings.error(
      'csv.too-many-fields',
      file,
      `the header has ${fields} fields, more than the ${MAX_FIELDS} that are read; the file was not read`,
      {
        line: 1,
        hint: 'Check the header line: a table has a few dozen columns at most.',
      },
    );
    return { kind: 'failed' };
  }
  return whole ? { kind: 'bytes', bytes: whole, entry } : { kind: 'stream', path: entry.path, entry };
}
