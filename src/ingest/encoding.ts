// Character encoding of a CSV file (data contract §2): a BOM means UTF-8; bytes that are valid
// UTF-8 are UTF-8; anything else is Windows-1252, what Swedish Excel writes as plain CSV. A cheap
// first pass over the file decides (and notes whether any '"' occurs, which picks the parser).
import { createReadStream, openSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { OPEN_FLAGS } from '../boundary/data-folder.js';

export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface ScanResult {
  encoding: CsvEncoding;
  /** The file starts with a UTF-8 byte order mark. */
  bom: boolean;
  /** Some byte is '"': the file uses CSV quoting and needs the full RFC 4180 parser. */
  hasQuotes: boolean;
  bytes: number;
}

const QUOTE = 0x22;
export const CHUNK_BYTES = 1 << 18;

/** Length of an incomplete UTF-8 sequence at the end of a chunk (0–3 bytes), to check it with the next. */
function incompleteTail(chunk: Buffer): number {
  const end = chunk.length;
  for (let back = 1; back <= Math.min(3, end); back++) {
    const byte = chunk[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

export async function scanFile(path: string): Promise<ScanResult> {
  let bytes = 0;
  let bom = false;
  let utf8 = true;
  let hasQuotes = false;
  let carry: Buffer | undefined;
  // The boundary's flags (O_NONBLOCK, O_NOFOLLOW): see reader.ts's byteChunks.
  for await (const raw of createReadStream(path, { fd: openSync(path, OPEN_FLAGS), highWaterMark: CHUNK_BYTES })) {
    const chunk = raw as Buffer;
    if (bytes === 0) bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    bytes += chunk.length;
    if (!hasQuotes && chunk.indexOf(QUOTE) !== -1) hasQuotes = true;
    if (utf8 && !bom) {
      const data = carry ? Buffer.concat([carry, chunk]) : chunk;
      const tail = incompleteTail(data);
      utf8 = isUtf8(tail === 0 ? data : data.subarray(0, data.length - tail));
      carry = tail === 0 ? undefined : Buffer.from(data.subarray(data.length - tail));
    }
  }
  if (carry) utf8 = false; // the file ends inside a multi-byte sequence
  return { encoding: bom || utf8 ? 'utf-8' : 'windows-1252', bom, hasQuotes, bytes };
}

// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters instead of
// Windows-1252's €, ‚, ƒ, „, …; this table puts the right characters back (0x81, 0x8D, 0x8F, 0x90
// and 0x9D are undefined in Windows-1252 and stay as they are).
const CP1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};
const C1_CONTROLS = /[\x80-\x9f]/g;
const HAS_C1_CONTROL = /[\x80-\x9f]/; // no /g: test() must not carry lastIndex between chunks

/** A streaming decoder: call decode(chunk) for each chunk, then end(). A UTF-8 BOM is dropped. */
export function createDecoder(encoding: CsvEncoding): { decode(chunk: Buffer): string; end(): string } {
  if (encoding === 'utf-8') {
    // Not fatal: the scan has checked validity; a BOM file with bad bytes gets U+FFFD.
    const decoder = new TextDecoder('utf-8');
    return { decode: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = new TextDecoder('windows-1252');
  const fix = (text: string) => (HAS_C1_CONTROL.test(text) ? text.replace(C1_CONTROLS, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c) : text);
  return { decode: (chunk) => fix(decoder.decode(chunk, { stream: true })), end: () => fix(decoder.decode()) };
}
