// Reading a PDF as Chromium (Skia) writes it, without a general parser: one classic xref table,
// no object streams, dictionaries in plain text, page tree and outline as plain references. Every
// reader returns undefined on anything else, so callers can fall back to pdf-lib.
/** A parsed Skia PDF: its bytes (as latin1 text for searching) and where each object starts. */
export interface SkiaPdf {
  buffer: Buffer;
  text: string;
  offsets: number[];
  xrefAt: number;
  size: number;
  root: number;
  info: number | undefined;
  /** The trailer dictionary's inner text. */
  trailer: string;
}

const TRAILER = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/;

export function parseSkiaPdf(bytes: Uint8Array): SkiaPdf | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  const trailer = TRAILER.exec(text.slice(-1024));
  if (!trailer) return undefined;
  const dict = trailer[1]!;
  // Incremental updates, encryption or xref streams: not what Skia writes.
  if (/\/(Prev|Encrypt|XRefStm)\b/.test(dict)) return undefined;
  const size = intOf(dict, 'Size');
  const root = refOf(dict, 'Root');
  const xrefAt = Number(trailer[2]);
  if (size === undefined || root === undefined || !text.startsWith('xref', xrefAt)) return undefined;

  const offsets: number[] = new Array<number>(size).fill(-1);
  const section = /(\d+) (\d+)\s*\n/y;
  const entry = /(\d{10}) (\d{5}) ([nf])[ \r]?\n/y;
  let at = xrefAt + 4;
  while (/\s/.test(text[at] ?? '')) at++;
  while (!text.startsWith('trailer', at)) {
    section.lastIndex = at;
    const head = section.exec(text);
    if (!head) return undefined;
    at = section.lastIndex;
    const first = Number(head[1]);
    for (let i = 0; i < Number(head[2]); i++) {
      entry.lastIndex = at;
      const e = entry.exec(text);
      if (!e || first + i >= size) return undefined;
      if (e[3] === 'n') offsets[first + i] = Number(e[1]);
      at = entry.lastIndex;
    }
  }
  return { buffer, text, offsets, xrefAt, size, root, info: refOf(dict, 'Info'), trailer: dict };
}

export function intOf(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\b(?!\\s+\\d+\\s+R)`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

export function refOf(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

export function refsIn(array: string): number[] {
  return [...array.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
}

/** Where object `n`'s body starts and ends (between "n 0 obj" and "endobj"), or undefined. */
export function bodyOf(pdf: SkiaPdf, n: number): { start: number; end: number } | undefined {
  const offset = pdf.offsets[n];
  if (offset === undefined || offset < 0) return undefined;
  const head = `${n} 0 obj`;
  if (!pdf.text.startsWith(head, offset)) return undefined;
  const start = offset + head.length;
  // Dictionaries we read never hold streams; a stream object's body is cut at "stream".
  const endobj = pdf.text.indexOf('endobj', start);
  const stream = pdf.text.indexOf('stream', start);
  const end = stream >= 0 && stream < endobj ? stream : endobj;
  return end < 0 ? undefined : { start, end };
}

export function dictOf(pdf: SkiaPdf, n: number): string | undefined {
  const body = bodyOf(pdf, n);
  return body ? pdf.text.slice(body.start, body.end) : undefined;
}

/** The page objects in document order (walks the page tree). */
export function pagesOf(pdf: SkiaPdf, catalog: string): number[] | undefined {
  const top = refOf(catalog, 'Pages');
  if (top === undefined) return undefined;
  const pages: number[] = [];
  const walk = (n: number, depth: number): boolean => {
    const dict = dictOf(pdf, n);
    if (!dict || depth > 32) return false;
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
      return kids !== null && refsIn(kids[1]!).every((kid) => walk(kid, depth + 1));
    }
    if (!/\/Type\s*\/Page\b/.test(dict)) return false;
    pages.push(n);
    return true;
  };
  return walk(top, 0) ? pages : undefined;
}

export interface Span {
  start: number;
  end: number;
}

/** A PDF string token at `at` (hex or literal), decoded, with the span of the whole token. */
export function readString(text: string, at: number): { value: string; span: Span } | undefined {
  if (text[at] === '<') {
    const end = text.indexOf('>', at);
    if (end < 0) return undefined;
    const hex = text.slice(at + 1, end).replace(/\s+/g, '');
    const bytes = Buffer.from(hex.length % 2 ? hex + '0' : hex, 'hex');
    return { value: decodeTextBytes(bytes), span: { start: at, end: end + 1 } };
  }
  if (text[at] === '(') {
    let depth = 0;
    let out = '';
    for (let i = at; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\') {
        const next = text[++i]!;
        const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
        if (/[0-7]/.test(next)) {
          const oct = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))![0];
          out += String.fromCharCode(parseInt(oct, 8));
          i += oct.length - 1;
        } else out += escapes[next] ?? next;
        continue;
      }
      if (c === '(' && depth++ === 0) continue;
      if (c === ')' && --depth === 0) return { value: decodeTextBytes(Buffer.from(out, 'latin1')), span: { start: at, end: i + 1 } };
      out += c;
    }
  }
  return undefined;
}

export function decodeTextBytes(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return bytes.toString('latin1');
}


/** A stream object's dictionary text and its raw (still encoded) data. */
export function streamOf(pdf: SkiaPdf, n: number): { dict: string; data: Buffer; end: number } | undefined {
  const body = bodyOf(pdf, n);
  if (!body || !pdf.text.startsWith('stream', body.end)) return undefined;
  const dict = pdf.text.slice(body.start, body.end);
  const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
  if (!length) return undefined;
  let start = body.end + 'stream'.length;
  if (pdf.text[start] === '\r') start++;
  if (pdf.text[start] === '\n') start++;
  const endData = start + Number(length[1]);
  const endobj = pdf.text.indexOf('endobj', endData);
  if (endobj < 0 || !/^\s*endstream\s*$/.test(pdf.text.slice(endData, endobj))) return undefined;
  return { dict, data: pdf.buffer.subarray(start, endData), end: endobj + 'endobj'.length };
}

/** A classic xref table (one subsection from 0) and trailer for objects at `offsets` (-1: free). */
export function xrefAndTrailer(offsets: readonly number[], xrefAt: number, trailer: string): string {
  const rows = ['xref', `0 ${offsets.length}`, '0000000000 65535 f '];
  for (let n = 1; n < offsets.length; n++) {
    const at = offsets[n]!;
    rows.push(at < 0 ? '0000000000 00000 f ' : `${String(at).padStart(10, '0')} 00000 n `);
  }
  return `${rows.join('\n')}\ntrailer\n<<${trailer}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
}
