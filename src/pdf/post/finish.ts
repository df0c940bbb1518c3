// Finishing a PDF as Chromium (Skia) prints it, without parsing it whole. Skia writes a plain
// file: one classic xref table, no object streams, no compression of dictionaries. Everything we
// change is small and known, so it is done on the bytes:
//   - in place, same length (nothing moves, the xref stays valid): exact A4 page boxes, doubled
//     bookmark titles, Blink's node ids in the structure tree, Chromium's time-stamped Info;
//   - in place too: PDF 2.0 structure types (Strong, Em) renamed to PDF 1.7's (standard-tags.ts);
//   - appended: a new Info object (Title, Author, Subject, Keywords, Creator, Producer, fixed
//     dates), the XMP metadata stream (xmp.ts) and the catalog again with /Metadata (the xref
//     points at the new copy; the old one stays as unreferenced bytes), over where the old xref
//     table was, then a new xref table and a trailer with a content-derived /ID.
// pdf-lib did the same by parsing and re-serialising every object (thousands of structure
// elements): ~30 ms per brochure and most of the Node CPU of a batch. Anything not in the expected
// shape makes these functions return undefined, and the caller falls back to pdf-lib.
import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../api.js';
import type { FinalizeOptions, OutlineItem } from './metadata.js';
import { A4_POINTS, renumberStructureIds, undoubleTitle } from './metadata.js';
import { bodyOf, dictOf, pagesOf, parseSkiaPdf, readString, refOf, xrefAndTrailer, type SkiaPdf, type Span } from './skia-pdf.js';
import { standardiseSkiaTags } from './standard-tags.js';
import { xmpPacket } from './xmp.js';

interface OutlineEntry extends OutlineItem {
  /** Where the title's string token is, to rewrite a doubled one. */
  span: Span;
  doubled: boolean;
}

function outlineEntries(pdf: SkiaPdf, catalog: string, pages: number[]): OutlineEntry[] | undefined {
  const outlines = refOf(catalog, 'Outlines');
  if (outlines === undefined) return [];
  const root = dictOf(pdf, outlines);
  if (!root) return undefined;
  const pageIndex = new Map(pages.map((n, i) => [n, i + 1]));
  const items: OutlineEntry[] = [];
  const seen = new Set<number>();
  const walk = (first: number | undefined, depth: number): boolean => {
    for (let n = first; n !== undefined; ) {
      if (seen.has(n)) return false;
      seen.add(n);
      const body = bodyOf(pdf, n);
      if (!body) return false;
      const dict = pdf.text.slice(body.start, body.end);
      const titleAt = /\/Title\s*/.exec(dict);
      const title = titleAt ? readString(pdf.text, body.start + titleAt.index + titleAt[0].length) : undefined;
      // Chromium writes /Dest [page 0 R /XYZ x y z]; a named destination or an action is not ours.
      const dest = /\/Dest\s*\[\s*(\d+)\s+0\s+R/.exec(dict);
      if (!title || !dest) return false;
      const fixed = undoubleTitle(title.value);
      items.push({
        title: fixed.trim(),
        page: pageIndex.get(Number(dest[1])) ?? 0,
        depth,
        doubled: fixed !== title.value,
        span: title.span,
      });
      if (!walk(refOf(dict, 'First'), depth + 1)) return false;
      n = refOf(dict, 'Next');
    }
    return true;
  };
  return walk(refOf(root, 'First'), 0) ? items : undefined;
}

/** Every bookmark in document order with its page, read from a Skia PDF; undefined if not one. */
export function readSkiaOutline(bytes: Uint8Array): OutlineItem[] | undefined {
  const pdf = parseSkiaPdf(bytes);
  const catalog = pdf && dictOf(pdf, pdf.root);
  const pages = pdf && catalog ? pagesOf(pdf, catalog) : undefined;
  const entries = pdf && catalog && pages ? outlineEntries(pdf, catalog, pages) : undefined;
  return entries?.map(({ title, page, depth }) => ({ title, page, depth }));
}

/** Overwrites `text` into the buffer at [start, end), padding with spaces; false if it does not fit. */
function overwrite(buffer: Buffer, start: number, end: number, text: string): boolean {
  if (text.length > end - start) return false;
  buffer.write(text.padEnd(end - start, ' '), start, 'latin1');
  return true;
}

/** A text string as PDF writes it: literal when plain ASCII, else UTF-16BE hex with a byte-order mark. */
export function pdfText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(value, 'utf16le');
  utf16.swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

/** A PDF date in UTC: D:YYYYMMDDHHmmSSZ. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** The trailer /ID written first, then replaced in the saved bytes by a hash of those bytes. */
const ID_PLACEHOLDER = '0'.repeat(32);

/**
 * Finishes a Skia PDF (see the top of this file). Works on a copy; undefined when the PDF is not
 * in the shape expected (then use pdf-lib: finalizeDocument).
 */
export function finishSkiaPdf(
  bytes: Uint8Array,
  meta: DocumentMeta,
  options: FinalizeOptions,
): { bytes: Uint8Array; pages: number; outline: OutlineItem[] } | undefined {
  const pdf = parseSkiaPdf(Buffer.from(bytes)); // a copy: the edits below are in place
  if (!pdf) return undefined;
  const { buffer, text } = pdf;
  const catalog = dictOf(pdf, pdf.root);
  if (!catalog || !/\/Type\s*\/Catalog\b/.test(catalog)) return undefined;
  // Chromium writes /Lang from <html lang> and shows the title in the window bar; an XMP stream
  // (which would hold random ids) it does not write. Anything else goes the long way.
  const lang = /\/Lang\s*/.exec(catalog);
  const langValue = lang ? readString(catalog, lang.index + lang[0].length)?.value : undefined;
  if (langValue !== meta.lang || !/\/DisplayDocTitle\s+true/.test(catalog) || /\/Metadata\b/.test(catalog)) return undefined;
  const pages = pagesOf(pdf, catalog);
  const outline = pages && outlineEntries(pdf, catalog, pages);
  if (!pages || !outline) return undefined;

  // Exact A4 boxes (Chromium rounds to whole CSS pixels): same-length rewrite inside each page.
  const box = `[0 0 ${A4_POINTS.width} ${A4_POINTS.height}]`;
  for (const n of pages) {
    const body = bodyOf(pdf, n)!;
    for (const m of text.slice(body.start, body.end).matchAll(/\/(MediaBox|CropBox)\s*(\[[^\]]*\])/g)) {
      const start = body.start + m.index + m[0].length - m[2]!.length;
      if (!overwrite(buffer, start, start + m[2]!.length, box)) return undefined;
    }
  }
  // Doubled bookmark titles: the shorter string, then spaces (whitespace between tokens).
  for (const item of outline) {
    if (item.doubled && !overwrite(buffer, item.span.start, item.span.end, pdfText(item.title))) return undefined;
  }
  // Chromium's own Info holds the time of printing: emptied, and replaced by ours below.
  if (pdf.info !== undefined) {
    const body = bodyOf(pdf, pdf.info);
    if (!body || !overwrite(buffer, body.start, body.end, '\n<<>>\n')) return undefined;
  }
  renumberStructureIds(buffer, text); // the edits above touch no node id, so `text` still holds
  if (!standardiseSkiaTags(buffer, text)) return undefined;

  const infoNumber = pdf.size;
  const date = pdfDate(options.date);
  const info = [
    `${infoNumber} 0 obj`,
    `<</Title ${pdfText(meta.title)}`,
    `/Author ${pdfText(meta.author)}`,
    `/Subject ${pdfText(meta.subject)}`,
    `/Keywords ${pdfText(meta.keywords.join(' '))}`,
    `/Creator ${pdfText(options.creator)}`,
    `/Producer ${pdfText(options.producer)}`,
    `/CreationDate (${date})`,
    `/ModDate (${date})>>`,
    'endobj',
    '',
  ].join('\n');
  const metadataNumber = infoNumber + 1;
  const xmp = Buffer.from(xmpPacket(meta, options), 'utf8');
  const metadata = Buffer.concat([
    Buffer.from(`${metadataNumber} 0 obj\n<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>\nstream\n`, 'latin1'),
    xmp,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
  const close = catalog.lastIndexOf('>>');
  if (close < 0) return undefined;
  const newCatalog = Buffer.from(
    `${pdf.root} 0 obj${catalog.slice(0, close)}\n/Metadata ${metadataNumber} 0 R${catalog.slice(close)}endobj\n`,
    'latin1',
  );
  const appended = [Buffer.from(info, 'latin1'), metadata, newCatalog];
  const offsets = [...pdf.offsets, pdf.xrefAt, pdf.xrefAt + appended[0]!.length];
  offsets[pdf.root] = pdf.xrefAt + appended[0]!.length + metadata.length;
  const xrefAt = pdf.xrefAt + appended.reduce((n, b) => n + b.length, 0);
  const trailer = `/Size ${offsets.length}\n/Root ${pdf.root} 0 R\n/Info ${infoNumber} 0 R\n/ID [<${ID_PLACEHOLDER}> <${ID_PLACEHOLDER}>]`;
  const tail = Buffer.from(xrefAndTrailer(offsets, xrefAt, trailer), 'latin1');
  const out = Buffer.concat([buffer.subarray(0, pdf.xrefAt), ...appended, tail]);
  // The /ID changes with the content and only with it: a hash of the bytes with the placeholder.
  const digest = createHash('sha256').update(out).digest('hex').slice(0, 32);
  out.write(`<${digest}> <${digest}>`, out.lastIndexOf('/ID [') + '/ID ['.length, 'latin1');
  return { bytes: out, pages: pages.length, outline: outline.map(({ title, page, depth }) => ({ title, page, depth })) };
}
