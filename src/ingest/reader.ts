// Bytes → records with their line numbers, streaming: memory stays bounded by one chunk, whatever
// the file size. Encoding and quoting are decided by a first cheap pass (./encoding.ts):
// - a file with no '"' at all cannot use RFC 4180 quoting, so each non-blank line is one record and
//   splitting it on the delimiter is exact (the fast path that big machine exports take);
// - a file with quotes is read line by line while each quote only wraps a whole field (with ""
//   inside for a quote), as exports that quote every field write it; from the first line where
//   quoting is anything else (a quoted newline, a stray or unclosed quote), csv-parse (array mode,
//   streaming) reads the rest, which handles every case of RFC 4180 and reports malformed
//   quoting per record. A property test checks that the records and problems are csv-parse's.
// Malformed input becomes a problem with a line number, never an exception.
import { createReadStream, openSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { CsvError, Parser, type InfoRecord } from 'csv-parse';
import { CHUNK_BYTES, createDecoder, scanFile, type CsvEncoding, type ScanResult } from './encoding.js';
import { isUtf8 } from 'node:buffer';
import { MAX_FIELDS } from '../boundary/limits.js';
import { OPEN_FLAGS } from '../boundary/data-folder.js';

/** CRLF or a lone CR. */
const LINE_BREAK_CR = /\r\n?/g;

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/** Receives the records (header first) and the problems of one file, in file order. */
export interface RecordSink {
  /**
   * `fields` are the raw (untrimmed) values; `line` is where the record starts (1-based). The
   * array is only valid during the call (it is reused): copy it to keep it.
   */
  record(fields: string[], line: number): void;
  /** Malformed CSV at `line`; the record there is skipped. */
  problem(line: number, message: string): void;
}

export interface ReadInfo {
  encoding: CsvEncoding;
  bom: boolean;
  delimiter: Delimiter;
  /** Whether the RFC 4180 parser (csv-parse) was used because the file contains quotes. */
  quoted: boolean;
  bytes: number;
}

/** A file path (streamed), or the bytes of a small file already read whole. */
export type CsvSource = string | Buffer;

/** The delimiter that occurs most often outside quotes in the header line; ',' when none does. */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

async function* byteChunks(source: CsvSource): AsyncGenerator<Buffer> {
  if (typeof source !== 'string') {
    for (let i = 0; i < source.length; i += CHUNK_BYTES) yield source.subarray(i, i + CHUNK_BYTES);
    return;
  }
  // Opened with the boundary's flags: a path swapped for a FIFO after the check reads as empty
  // instead of hanging, and a link put in its place is refused.
  for await (const chunk of createReadStream(source, { fd: openSync(source, OPEN_FLAGS), highWaterMark: CHUNK_BYTES }))
    yield chunk as Buffer;
}

function scanBuffer(bytes: Buffer): ScanResult {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return {
    encoding: bom || isUtf8(bytes) ? 'utf-8' : 'windows-1252',
    bom,
    hasQuotes: bytes.indexOf(0x22) !== -1,
    bytes: bytes.length,
  };
}

/**
 * Decoded text chunks; CRLF and a lone CR become LF (contract §8: each ends a line, for line
 * numbers too). A '\r' at a chunk's end waits for the next chunk, which may start with '\n'.
 */
async function* textChunks(source: CsvSource, encoding: CsvEncoding): AsyncGenerator<string> {
  const decoder = createDecoder(encoding);
  let pendingCr = false;
  const normalise = (text: string): string => {
    if (pendingCr) text = '\r' + text;
    pendingCr = text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    return text.includes('\r') ? text.replace(LINE_BREAK_CR, '\n') : text;
  };
  for await (const chunk of byteChunks(source)) {
    const text = normalise(decoder.decode(chunk));
    if (text.length > 0) yield text;
  }
  const last = ((pendingCr ? '\r' : '') + decoder.end()).replace(LINE_BREAK_CR, '\n');
  pendingCr = false;
  if (last.length > 0) yield last;
}

/** The text up to the first non-blank line is needed to pick the delimiter before parsing. */
async function* withHeaderPeek(chunks: AsyncGenerator<string>, onHeader: (headerLine: string) => void): AsyncGenerator<string> {
  let buffered = '';
  let decided = false;
  for await (const text of chunks) {
    if (decided) {
      yield text;
      continue;
    }
    buffered += text;
    const header = firstNonBlankLine(buffered, false);
    if (header !== undefined) {
      onHeader(header);
      decided = true;
      yield buffered;
      buffered = '';
    }
  }
  if (!decided) {
    onHeader(firstNonBlankLine(buffered, true) ?? '');
    if (buffered.length > 0) yield buffered;
  }
}

function firstNonBlankLine(text: string, atEnd: boolean): string | undefined {
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return atEnd ? text.slice(start) : undefined;
    const line = text.slice(start, nl);
    if (line.trim().length > 0) return line;
    start = nl + 1;
  }
}

/**
 * Reads a CSV file record by record. Blank lines are skipped; the first record is the header.
 * Resolves when the whole file has been read; never rejects for malformed content (only for I/O
 * errors such as a missing file).
 */
export async function readCsvRecords(source: CsvSource, sink: RecordSink, options: { quotedFastPath?: boolean } = {}): Promise<ReadInfo> {
  const scan = typeof source === 'string' ? await scanFile(source) : scanBuffer(source);
  let delimiter: Delimiter = ',';
  const text = withHeaderPeek(textChunks(source, scan.encoding), (header) => {
    delimiter = detectDelimiter(header);
  });
  const info: ReadInfo = {
    encoding: scan.encoding,
    bom: scan.bom,
    delimiter,
    quoted: scan.hasQuotes,
    bytes: scan.bytes,
  };
  if (!scan.hasQuotes) await readPlain(text, () => delimiter, sink);
  // quotedFastPath: false is for the tests that compare the two.
  else if (options.quotedFastPath === false) await readQuoted(text, () => delimiter, sink);
  else await readWholeFieldQuotes(text, () => delimiter, sink);
  info.delimiter = delimiter;
  return info;
}

/**
 * No quotes anywhere: a record is a non-blank line, its fields what lies between delimiters.
 * Scanning with indexOf and reusing one array is about twice as fast as line.split(), and this is
 * the loop a million-row export spends its time in. The position of the next delimiter is carried
 * from line to line, so a file without delimiters is not rescanned per line.
 */
async function readPlain(text: AsyncGenerator<string>, delimiter: () => Delimiter, sink: RecordSink): Promise<void> {
  let rest = '';
  let line = 0;
  let sep: Delimiter | undefined;
  const fields: string[] = [];
  for await (const chunk of text) {
    sep ??= delimiter();
    const s = rest.length > 0 ? rest + chunk : chunk;
    let start = 0;
    let next = s.indexOf(sep);
    let nl: number;
    while ((nl = s.indexOf('\n', start)) !== -1) {
      line++;
      if (nl > start) {
        let count = 0;
        let from = start;
        // At most MAX_FIELDS splits: the rest of a longer row stays in its last field (a field-count
        // finding), so a row of five million delimiters costs no five million strings.
        while (next !== -1 && next < nl && count < MAX_FIELDS) {
          fields[count++] = s.slice(from, next);
          from = next + 1;
          next = s.indexOf(sep, from);
        }
        if (next !== -1 && next < nl) next = s.indexOf(sep, nl + 1);
        fields[count++] = s.slice(from, nl);
        fields.length = count;
        sink.record(fields, line);
      }
      start = nl + 1;
    }
    rest = s.slice(start);
  }
  if (rest.length > 0) sink.record(rest.split(sep ?? delimiter(), MAX_FIELDS + 1), line + 1);
}

const QUOTE = 0x22;

/**
 * The next '"' and delimiter in a chunk at or after a position, each found once and reused until
 * passed: a line without quotes (or a last field without a delimiter) must not rescan the rest of
 * the chunk, or a file with a quoted header and 300 000 plain lines would take quadratic time.
 */
class Ahead {
  private quote = -1;
  private delimiter = -1;
  constructor(
    private readonly s: string,
    private readonly sep: Delimiter,
  ) {}
  quoteFrom(from: number): number {
    if (this.quote < from) this.quote = this.find('"', from);
    return this.quote;
  }
  delimiterFrom(from: number): number {
    if (this.delimiter < from) this.delimiter = this.find(this.sep, from);
    return this.delimiter;
  }
  private find(what: string, from: number): number {
    const at = this.s.indexOf(what, from);
    return at === -1 ? Infinity : at;
  }
}

/**
 * Splits the line s[start, end) into `fields` when every quote in it wraps a whole field (a quote
 * inside one written twice); false for any other quoting, which csv-parse must read.
 */
function splitWholeFieldQuotes(s: string, start: number, end: number, ahead: Ahead, sep: Delimiter, fields: string[]): boolean {
  let count = 0;
  let i = start;
  for (;;) {
    if (count === MAX_FIELDS) {
      fields[count++] = s.slice(i, end); // the rest, unsplit: see readPlain
      break;
    }
    let stop: number;
    if (i < end && s.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = ahead.quoteFrom(from);
        if (q >= end) return false; // not closed on this line: a quoted newline, or malformed
        if (q + 1 < end && s.charCodeAt(q + 1) === QUOTE) {
          value += s.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += s.slice(from, q);
        stop = q + 1;
        break;
      }
      if (stop < end && s[stop] !== sep) return false; // something after the closing quote
      fields[count++] = value;
    } else {
      stop = Math.min(ahead.delimiterFrom(i), end);
      if (ahead.quoteFrom(i) < stop) return false; // a quote inside an unquoted field
      fields[count++] = s.slice(i, stop);
    }
    if (stop >= end) break;
    i = stop + 1; // past the delimiter; a delimiter at the very end leaves one empty field
  }
  fields.length = count;
  return true;
}

async function* prepend(first: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (first.length > 0) yield first;
  yield* rest;
}

/** A sink for a reader that starts `lines` lines into the file. */
function shifted(sink: RecordSink, lines: number): RecordSink {
  return { record: (fields, line) => sink.record(fields, line + lines), problem: (line, message) => sink.problem(line + lines, message) };
}

/**
 * Quotes present: line by line while every quote wraps a whole field (splitWholeFieldQuotes), and
 * csv-parse (readQuoted) from the first line where that does not hold to the end of the file.
 */
async function readWholeFieldQuotes(text: AsyncGenerator<string>, delimiter: () => Delimiter, sink: RecordSink): Promise<void> {
  let rest = '';
  let line = 0; // lines read completely
  let sep: Delimiter | undefined;
  const fields: string[] = [];
  // next(), not for-await: leaving a for-await loop would close the generator csv-parse needs.
  for (let next = await text.next(); !next.done; next = await text.next()) {
    sep ??= delimiter();
    const s = rest.length > 0 ? rest + next.value : next.value;
    const ahead = new Ahead(s, sep);
    let start = 0;
    let nl: number;
    while ((nl = s.indexOf('\n', start)) !== -1) {
      if (nl > start) {
        if (!splitWholeFieldQuotes(s, start, nl, ahead, sep, fields))
          return readQuoted(prepend(s.slice(start), text), delimiter, shifted(sink, line));
        sink.record(fields, line + 1);
      }
      line++;
      start = nl + 1;
    }
    rest = s.slice(start);
  }
  if (rest.length === 0) return;
  sep ??= delimiter();
  if (splitWholeFieldQuotes(rest, 0, rest.length, new Ahead(rest, sep), sep, fields)) sink.record(fields, line + 1);
  else await readQuoted(prepend(rest, text), delimiter, shifted(sink, line));
}

/**
 * Quotes present: csv-parse in array mode, records located by csv-parse's line count. Records are
 * taken in on_record as they are parsed (returning null keeps them out of the stream's buffer),
 * so memory stays at one chunk; malformed records arrive in on_skip with their line.
 */
async function readQuoted(text: AsyncGenerator<string>, delimiter: () => Delimiter, sink: RecordSink): Promise<void> {
  // The delimiter is known once the first chunk has been pulled: create the parser after that.
  const first = await text.next();
  if (first.done) return;
  let lastEnd = 0; // line on which the previous record ended
  const parser = new Parser({
    delimiter: delimiter(),
    record_delimiter: '\n', // CRLF was normalised to LF, which also keeps csv-parse's line count exact
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    bom: false,
    on_record: (record: string[], context: InfoRecord) => {
      // A record ends on context.lines; it starts as many lines earlier as its fields hold newlines.
      let newlines = 0;
      for (const field of record) {
        for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) newlines++;
      }
      lastEnd = context.lines;
      sink.record(record, context.lines - newlines);
      return null;
    },
    on_skip: (error: CsvError | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
        sink.problem(lastEnd + 1, 'a quoted field that starts in this record is never closed (a " is missing)');
      } else if (error) {
        const line = typeof error.lines === 'number' ? error.lines : lastEnd + 1;
        sink.problem(line, describeCsvError(error));
        lastEnd = line;
      }
    },
  });
  parser.resume(); // nothing is pushed, but the stream must flow to end
  const ended = finished(parser);
  const write = (chunk: string) =>
    new Promise<void>((resolve, reject) => parser.write(chunk, (error) => (error ? reject(error) : resolve())));
  try {
    await write(first.value);
    for await (const chunk of text) await write(chunk);
    parser.end();
    await ended;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    sink.problem(lastEnd + 1, describeCsvError(error));
  }
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return 'a field has a " inside it without being quoted (write the field in quotes and double the inner quote: "a ""b"" c")';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field continues after its closing quote (double a quote inside a quoted field: "a ""b"" c")';
    default:
      return `the CSV cannot be read here (${error.code})`;
  }
}
