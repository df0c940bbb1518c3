// Post-processing of Chromium's PDF with pdf-lib: document metadata (Title, Author, …, /Lang),
// exact A4 page boxes, and reproducibility — the same input gives byte-identical output: fixed
// dates, no random ids, and a trailer /ID derived from a hash of the content. Chromium's structure
// tree (tagged PDF) and outline are left untouched; pdf-lib copies every object it does not change.
// The engine uses this only as the fallback for a PDF that pdf-finish.ts (the same edits on
// Chromium's bytes, without a full parse) does not recognise; the helpers shared by both live here.
import { createHash } from 'node:crypto';
import type { PDFDocument, PDFObject } from 'pdf-lib';
import type { DocumentMeta } from '../api.js';
import { PDF17_TYPE_OF } from './standard-tags.js';
import { xmpPacket } from './xmp.js';

// pdf-lib takes ~0.15–0.4 s to import: it is loaded on first use only, which a normal run, finished
// by pdf-finish.ts, never reaches.
type PdfLib = typeof import('pdf-lib');
let lib: PdfLib | undefined;
let loading: Promise<PdfLib> | undefined;

/** Loads pdf-lib (once); resolves with the module. */
function importPdfLib(): Promise<PdfLib> {
  loading ??= import('pdf-lib').then((m) => (lib = m));
  return loading;
}

/** The loaded pdf-lib; only called where a PDFDocument exists, i.e. after loadPdf(). */
function L(): PdfLib {
  if (!lib) throw new Error('pdf-lib used before it was loaded');
  return lib;
}

/** A4 in PostScript points (210 × 297 mm); Chromium rounds to whole CSS pixels (594.96 × 841.92). */
export const A4_POINTS = { width: 595.276, height: 841.89 } as const;

export interface FinalizeOptions {
  /** Creation and modification date written into the PDF. */
  date: Date;
  creator: string;
  producer: string;
}

/**
 * The date a build stamps into its PDFs: SOURCE_DATE_EPOCH (seconds) when set, the reproducible-
 * builds convention; otherwise the given fallback (the caller passes a date derived from the data,
 * e.g. the end of the project period, so that repeated builds stay identical).
 */
export function buildDate(fallback: Date, env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw !== undefined && /^\d+$/.test(raw.trim())) return new Date(Number(raw.trim()) * 1000);
  return fallback;
}

function decode(value: PDFObject | undefined): string {
  const { PDFString, PDFHexString } = L();
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return '';
}

/**
 * Chromium 156 sometimes writes a heading's text twice into its bookmark ("InnehållInnehåll") when
 * web fonts make it lay the page out again. Headings are a single text node in our templates, so
 * the repeat is an exact doubling: undo it.
 */
export function undoubleTitle(title: string): string {
  if (title.length >= 2 && title.length % 2 === 0) {
    const half = title.slice(0, title.length / 2);
    if (half + half === title) return half;
  }
  return title;
}

export interface OutlineItem {
  title: string;
  /** 1-based page number the bookmark points to (0 when it could not be resolved). */
  page: number;
  depth: number;
}

/** Parses a PDF without pdf-lib's default yielding every 100 objects (several times faster). */
export async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  const { PDFDocument, ParseSpeeds } = await importPdfLib();
  return PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** Every bookmark in document order (depth-first), with the page it points to. */
export async function readOutline(pdf: Uint8Array): Promise<OutlineItem[]> {
  return outlineOf(await loadPdf(pdf));
}

/** The outline of a loaded document; with fixTitles, doubled bookmark titles are repaired in place. */
export function outlineOf(doc: PDFDocument, fixTitles = false): OutlineItem[] {
  const { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString } = L();
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageIndex.set(p.ref.toString(), i + 1));
  const namedDests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);

  const pageOf = (dest: PDFObject | undefined): number => {
    let target: PDFObject | undefined = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
    if ((target instanceof PDFName || target instanceof PDFString) && namedDests) {
      const key = target instanceof PDFName ? target : PDFName.of(target.decodeText());
      target = namedDests.lookup(key);
      if (target instanceof PDFDict) target = target.lookup(PDFName.of('D'));
    }
    if (target instanceof PDFArray) {
      const first = target.get(0);
      if (first instanceof PDFRef) return pageIndex.get(first.toString()) ?? 0;
    }
    return 0;
  };

  const items: OutlineItem[] = [];
  const walk = (first: PDFObject | undefined, depth: number) => {
    let node = first instanceof PDFRef ? doc.context.lookup(first) : first;
    let guard = 0;
    while (node instanceof PDFDict && guard++ < 100_000) {
      let dest = node.get(PDFName.of('Dest'));
      const action = node.lookupMaybe(PDFName.of('A'), PDFDict);
      if (dest === undefined && action) dest = action.get(PDFName.of('D'));
      const raw = decode(node.lookup(PDFName.of('Title')));
      const title = undoubleTitle(raw);
      if (fixTitles && title !== raw) node.set(PDFName.of('Title'), PDFHexString.fromText(title));
      items.push({ title: title.trim(), page: pageOf(dest), depth });
      walk(node.get(PDFName.of('First')), depth + 1);
      const next = node.get(PDFName.of('Next'));
      node = next instanceof PDFRef ? doc.context.lookup(next) : undefined;
    }
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (outlines) walk(outlines.get(PDFName.of('First')), 0);
  return items;
}

/** Sets metadata, /Lang and page boxes, removes time/random-dependent bits, and saves deterministically. */
export async function finalizePdf(
  pdf: Uint8Array,
  meta: DocumentMeta,
  options: FinalizeOptions,
): Promise<{ bytes: Uint8Array; pages: number }> {
  return finalizeDocument(await loadPdf(pdf), meta, options);
}

/** The trailer /ID written first, then replaced in the saved bytes by a hash of those bytes. */
const ID_PLACEHOLDER = '0'.repeat(32);

/** As finalizePdf, for a document already loaded (the engine reuses the one it read the outline from). */
export async function finalizeDocument(
  doc: PDFDocument,
  meta: DocumentMeta,
  options: FinalizeOptions,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const { PDFHexString, PDFName } = L();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(options.creator);
  doc.setProducer(options.producer);
  doc.setLanguage(meta.lang);
  outlineOf(doc, true);
  doc.setCreationDate(options.date);
  doc.setModificationDate(options.date);
  // Our own XMP (xmp.ts) replaces any Chromium might write one day: its random UUIDs would break
  // reproducibility.
  const xmp = doc.context.stream(Buffer.from(xmpPacket(meta, options), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  standardiseTags(doc);
  for (const page of doc.getPages()) {
    page.setMediaBox(0, 0, A4_POINTS.width, A4_POINTS.height);
    if (page.node.get(PDFName.of('CropBox'))) page.setCropBox(0, 0, A4_POINTS.width, A4_POINTS.height);
  }
  // The trailer /ID must change with the content and only with it: save once with a placeholder,
  // hash those bytes, and write the hash over the placeholder (same length, so nothing moves).
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(ID_PLACEHOLDER), PDFHexString.of(ID_PLACEHOLDER)]);
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  renumberStructureIds(buffer);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const placeholder = Buffer.from(`<${ID_PLACEHOLDER}>`, 'latin1');
  let at = buffer.length;
  for (let i = 0; i < 2; i++) {
    at = buffer.lastIndexOf(placeholder, at - 1);
    if (at < 0) throw new Error('trailer /ID placeholder not found in the saved PDF');
    buffer.write(digest, at + 1, 'latin1');
  }
  return { bytes, pages: doc.getPageCount() };
}

/** PDF 2.0 structure types renamed to PDF 1.7's, as standardiseSkiaTags does on Skia's bytes. */
function standardiseTags(doc: PDFDocument): void {
  const { PDFDict, PDFName } = L();
  const [type, s] = [PDFName.of('Type'), PDFName.of('S')];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(type) !== PDFName.of('StructElem')) continue;
    const current = object.get(s);
    const standard = current instanceof PDFName ? PDF17_TYPE_OF[current.decodeText()] : undefined;
    if (standard) object.set(s, PDFName.of(standard));
  }
}

const NODE_ID = /\(node(\d+)\)/g;

/**
 * Chromium names tagged elements after Blink's DOM node ids ("/ID (node00004448)", also in the
 * structure tree's /IDTree). Those ids come from a counter that runs on across every document a
 * tab has printed, so the same document printed in another tab, or after another document, gets
 * other ids. Renumber them from 1 in their original order: the relative order is the same in every
 * run, so the IDTree stays sorted, and same-width numbers keep every byte offset (and the xref
 * table) valid. Works in place on the saved bytes.
 */
export function renumberStructureIds(buffer: Buffer, text = buffer.toString('latin1')): void {
  const ids = new Set<string>();
  for (const match of text.matchAll(NODE_ID)) ids.add(match[1]!);
  if (ids.size === 0) return;
  const sorted = [...ids].sort((a, b) => Number(a) - Number(b));
  const width = sorted[0]!.length;
  // Only same-width ids can be replaced without moving bytes; anything else is left as it is.
  if (sorted.some((id) => id.length !== width) || String(sorted.length).length > width) return;
  const renamed = new Map(sorted.map((id, i) => [id, String(i + 1).padStart(width, '0')]));
  for (const match of text.matchAll(NODE_ID)) {
    buffer.write(renamed.get(match[1]!)!, match.index + '(node'.length, 'latin1');
  }
}
