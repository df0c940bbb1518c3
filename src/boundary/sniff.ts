// Is this a text file we can read? Looks at the first bytes only (per file, not per row):
// - a UTF-16 or UTF-32 byte order mark, or the NUL pattern such text has without one
//   (every second or every fourth byte zero), is an encoding we do not read: the user is told how
//   to save the file again, instead of getting garbled column names;
// - any other NUL, or many control bytes, is binary content: reported as not a text file and never
//   echoed (a binary header would otherwise come back as column names).
// A file that passes is handed to the normal reader (UTF-8 or Windows-1252, contract §2).

export type SniffResult = { kind: 'text' } | { kind: 'wide'; encoding: 'UTF-16' | 'UTF-32' } | { kind: 'binary'; what: string };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Share of zero bytes at positions ≡ k (mod step), for the NUL pattern of wide text. */
function zeroShare(bytes: Uint8Array, step: number, k: number): number {
  let zeros = 0;
  let total = 0;
  for (let i = k; i < bytes.length; i += step) {
    total++;
    if (bytes[i] === 0) zeros++;
  }
  return total === 0 ? 0 : zeros / total;
}

export function sniff(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return { kind: 'wide', encoding: 'UTF-32' };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: 'wide', encoding: 'UTF-16' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'binary', what: 'a zip archive (an Excel workbook?)' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'binary', what: 'a PDF document' };
  if (bytes.indexOf(0) !== -1) {
    // ASCII text as UTF-32: three zero bytes of every four; as UTF-16: one of every two.
    const [z0, z1, z2, z3] = [0, 1, 2, 3].map((k) => zeroShare(bytes, 4, k)) as [number, number, number, number];
    if ((z1 > 0.9 && z2 > 0.9 && z3 > 0.9) || (z0 > 0.9 && z1 > 0.9 && z2 > 0.9)) return { kind: 'wide', encoding: 'UTF-32' };
    if (zeroShare(bytes, 2, 1) > 0.9 || zeroShare(bytes, 2, 0) > 0.9) return { kind: 'wide', encoding: 'UTF-16' };
    return { kind: 'binary', what: 'binary data' };
  }
  // Control bytes other than tab, LF, CR (and ESC, FF, which text editors leave) in more than
  // 1 % of the bytes: not text anyone typed or exported.
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  if (bytes.length > 0 && controls > Math.max(2, bytes.length / 100)) return { kind: 'binary', what: 'binary data' };
  return { kind: 'text' };
}

/**
 * The end of the first non-blank line within `bytes` (LF, CR or CRLF end a line, contract §8), or
 * -1 when none ends there. Blank lines before the header are skipped as the reader skips them.
 */
export function headerLineEnd(bytes: Uint8Array): number {
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x0a && b !== 0x0d) continue;
    let blank = true;
    for (let j = start; j < i; j++) {
      const c = bytes[j];
      if (c !== 0x20 && c !== 0x09 && !(j < 3 && start === 0 && (c === 0xef || c === 0xbb || c === 0xbf))) {
        blank = false;
        break;
      }
    }
    if (!blank) return i;
    start = i + 1;
  }
  return -1;
}

/** Delimiters in a header line outside quotes, counted for the field cap (the most common one). */
export function headerFieldCount(line: Uint8Array): number {
  const counts = new Map<number, number>([
    [0x2c, 0],
    [0x3b, 0],
    [0x09, 0],
  ]);
  let quoted = false;
  for (const b of line) {
    if (b === 0x22) quoted = !quoted;
    else if (!quoted && counts.has(b)) counts.set(b, counts.get(b)! + 1);
  }
  return Math.max(...counts.values()) + 1;
}
