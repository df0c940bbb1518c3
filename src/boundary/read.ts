// Reading a data file through the boundary: readChecked is the one way the readers (YAML configs,
// CSV tables; later photos, xlsx and Markdown) get bytes from the data folder. They get checked
// bytes (or a checked path to stream), or a decision; every refusal is reported to the sink as a
// problem, never thrown for something the data folder contains. What a refused file holds is
// never read, so it cannot appear in any message.
import { BoundaryChanged, type DataFolder, type FileEntry, type Refusal } from './data-folder.js';
import { MAX_FIELDS, MAX_HEADER_BYTES, MAX_XLSX_EXPANDED_BYTES, MAX_XLSX_RATIO, MAX_XLSX_SHEETS, SNIFF_BYTES } from './limits.js';
import { inspectZip } from './zip.js';
import type { BoundarySink, InputFormat } from './problems.js';
import { headerFieldCount, headerLineEnd, sniff } from './sniff.js';

/** Reports a refused path as a problem on `file` (the path relative to the data folder). */
export function reportRefusal(refusal: Refusal, file: string, sink: BoundarySink, what: 'file' | 'folder', format?: InputFormat): void {
  switch (refusal.reason) {
    case 'outside':
      sink.refused('outsideDataFolder', file, {});
      break;
    case 'broken-link':
      sink.refused('brokenLink', file, {});
      break;
    case 'special':
      sink.refused('special', file, { what: refusal.what });
      break;
    case 'unreadable':
      sink.refused('unreadable', file, { code: refusal.code, what, ...(format ? { format } : {}) });
      break;
  }
}

/** An I/O error while opening or reading a checked file: a problem, never an internal error. */
function reportIoError(error: unknown, file: string, format: InputFormat, sink: BoundarySink): void {
  if (error instanceof BoundaryChanged) {
    sink.refused('changed', file, {});
    return;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string' || !code.startsWith('E')) throw error; // not I/O: a bug
  sink.refused('unreadable', file, { code, what: 'file', format });
}

/** Whether the first bytes are text we read (not UTF-16/32, not binary); reports it when not. */
function checkText(bytes: Uint8Array, file: string, format: InputFormat, sink: BoundarySink): boolean {
  const found = sniff(bytes.subarray(0, SNIFF_BYTES));
  if (found.kind === 'wide') sink.refused('wideEncoding', file, { encoding: found.encoding, format });
  else if (found.kind === 'binary') sink.refused('notText', file, { what: found.what, format });
  return found.kind === 'text';
}

export interface ReadOptions {
  format: InputFormat;
  /** Files up to this size are returned as their bytes; bigger ones as the checked path to stream. */
  wholeFileBytes: number;
  /** A file over this size is refused unread (tooLarge); without it, any size is streamed. */
  maxBytes?: number;
  /** Check that the first line (a CSV header) ends within MAX_HEADER_BYTES and has at most MAX_FIELDS fields. */
  header?: boolean;
}

export type Checked =
  | { kind: 'bytes'; bytes: Buffer; entry: FileEntry }
  | { kind: 'stream'; path: string; entry: FileEntry }
  | { kind: 'missing' }
  | { kind: 'directory' }
  | { kind: 'failed' };

/**
 * A data file, checked before anything is parsed: inside the data folder once links are resolved,
 * a regular file (never a FIFO, device or socket, which are not even opened), within its size cap,
 * text (not binary, not UTF-16/32) and, for a CSV file, a header line within its caps. Only the
 * first bytes are looked at for a streamed file, so this costs the same for ten rows and a million.
 * Every failure is already reported ('failed'); 'missing' and 'directory' are left to the caller,
 * whose messages say what that file's absence means.
 */
export function readChecked(folder: DataFolder, file: string, options: ReadOptions, sink: BoundarySink): Checked {
  const { format } = options;
  const entry = folder.inspect(file);
  if (entry.kind === 'missing' || entry.kind === 'directory') return { kind: entry.kind };
  if (entry.kind === 'refused') {
    reportRefusal(entry, file, sink, 'file', format);
    return { kind: 'failed' };
  }
  if (options.maxBytes !== undefined && entry.size > options.maxBytes) {
    sink.refused('tooLarge', file, { limitBytes: options.maxBytes, format });
    return { kind: 'failed' };
  }
  const headBytes = Math.max(SNIFF_BYTES, MAX_HEADER_BYTES + 1);
  let head: Buffer;
  let whole: Buffer | undefined;
  try {
    if (entry.size <= options.wholeFileBytes) {
      const cap = Math.min(options.wholeFileBytes, options.maxBytes ?? Number.POSITIVE_INFINITY);
      const bytes = folder.readBytes(entry, cap);
      if (bytes === 'too-large' && options.maxBytes !== undefined && cap === options.maxBytes) {
        // It grew past its cap since it was inspected.
        sink.refused('tooLarge', file, { limitBytes: options.maxBytes, format });
        return { kind: 'failed' };
      }
      whole = bytes === 'too-large' ? undefined : bytes; // grew past wholeFileBytes: stream it
      head = whole ?? folder.readPrefix(entry, headBytes);
    } else {
      head = folder.readPrefix(entry, headBytes);
    }
  } catch (error) {
    reportIoError(error, file, format, sink);
    return { kind: 'failed' };
  }
  if (format === 'XLSX') {
    // Binary by nature: instead of the text checks, the zip's declared sizes, before anything inflates it.
    if (whole === undefined || !checkZip(whole, file, sink)) return { kind: 'failed' };
    return { kind: 'bytes', bytes: whole, entry };
  }
  if (!checkText(head, file, format, sink)) return { kind: 'failed' };
  if (options.header && !checkHeader(head, file, sink)) return { kind: 'failed' };
  return whole ? { kind: 'bytes', bytes: whole, entry } : { kind: 'stream', path: entry.path, entry };
}

/** The header line's caps: it ends within MAX_HEADER_BYTES and has at most MAX_FIELDS fields. */
function checkHeader(head: Buffer, file: string, sink: BoundarySink): boolean {
  const end = headerLineEnd(head.subarray(0, MAX_HEADER_BYTES));
  if (end === -1 && head.length > MAX_HEADER_BYTES) {
    sink.refused('headerTooLong', file, { limitBytes: MAX_HEADER_BYTES }, { line: 1 });
    return false;
  }
  const fields = headerFieldCount(end === -1 ? head : head.subarray(0, end));
  if (fields > MAX_FIELDS) {
    sink.refused('tooManyFields', file, { fields, limit: MAX_FIELDS }, { line: 1 });
    return false;
  }
  return true;
}

/** An xlsx file's zip directory, within the caps on inflated size, expansion ratio and sheets. */
function checkZip(bytes: Buffer, file: string, sink: BoundarySink): boolean {
  const zip = inspectZip(bytes);
  if ('problem' in zip) {
    sink.refused('notXlsx', file, { detail: zip.problem });
    return false;
  }
  const ratio = zip.declaredBytes / Math.max(1, bytes.length);
  let detail: string | undefined;
  if (zip.declaredBytes > MAX_XLSX_EXPANDED_BYTES) {
    detail = `its parts would inflate to ${Math.round(zip.declaredBytes / (1 << 20))} MB, more than the ${MAX_XLSX_EXPANDED_BYTES >> 20} MB read`;
  } else if (ratio > MAX_XLSX_RATIO) {
    detail = `its parts would inflate ${Math.round(ratio)} times, more than the ${MAX_XLSX_RATIO} times a workbook does`;
  } else if (zip.sheets > MAX_XLSX_SHEETS) {
    detail = `it has ${zip.sheets} sheets, more than the ${MAX_XLSX_SHEETS} read`;
  }
  if (detail !== undefined) sink.refused('zipExpansion', file, { detail });
  return detail === undefined;
}

/**
 * A binary data file (a municipality's photo), checked as readChecked checks text files — inside
 * the data folder once links are resolved, a regular file, within its size cap — and read whole.
 * What the bytes are is the caller's to judge (src/ingest/photo.ts).
 */
export function readCheckedBinary(
  folder: DataFolder,
  file: string,
  options: { format: InputFormat; maxBytes: number },
  sink: BoundarySink,
): Checked {
  const { format, maxBytes } = options;
  const entry = folder.inspect(file);
  if (entry.kind === 'missing' || entry.kind === 'directory') return { kind: entry.kind };
  if (entry.kind === 'refused') {
    reportRefusal(entry, file, sink, 'file', format);
    return { kind: 'failed' };
  }
  if (entry.size > maxBytes) {
    sink.refused('tooLarge', file, { limitBytes: maxBytes, format });
    return { kind: 'failed' };
  }
  try {
    const bytes = folder.readBytes(entry, maxBytes);
    if (bytes === 'too-large') {
      sink.refused('tooLarge', file, { limitBytes: maxBytes, format }); // it grew since it was inspected
      return { kind: 'failed' };
    }
    return { kind: 'bytes', bytes, entry };
  } catch (error) {
    reportIoError(error, file, format, sink);
    return { kind: 'failed' };
  }
}
