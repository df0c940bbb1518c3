// The table of contents' page numbers, written into the first print instead of printing again.
//
// Chromium has no target-counter(), so a heading's page is known only after printing. The first
// print sets every TOC page number as a two-digit placeholder in a fixed-width, right-aligned box
// with tabular figures (templates/css/report.css: .toc-page), so the numbers cannot move anything.
// The placeholders cycle through "01", "23", "45", "67", "89": every digit's glyph is then in the
// embedded font subset, and the placeholders themselves tell which glyph draws which digit.
// Skia draws each glyph as `<gid> Tj` with positions relative to the run's start (Td), so a
// number is swapped glyph for glyph; a shorter number drops its leading glyphs, and the others
// keep their place at the right edge. Only the TOC pages' content streams change.
//
// Anything unexpected (another content layout, a placeholder not found in order, a number longer
// than its placeholder) returns undefined: the engine then prints a second time, the slow way.
import { deflateSync, inflateSync } from 'node:zlib';
import { dictOf, pagesOf, parseSkiaPdf, refOf, streamOf, xrefAndTrailer, type SkiaPdf } from './skia-pdf.js';

/** The TOC starts within the first pages; if no placeholder shows up by then, there is none. */
const MAX_PAGES_BEFORE_TOC = 4;

/**
 * A text run as Skia writes it: BT, font, matrix, then one `<gid> Tj` per glyph, ET. Only runs
 * that are tagged content (an MCID) count: the running header and footer are painted untagged,
 * and their numbers ("Sida 2 av 23") must never pass for a placeholder.
 */
const RUN = /<<\/MCID \d+ ?>>BDC\nBT\n\/([\w.+-]+) [\d.]+ Tf\n[-\d. ]+ Tm\n((?:(?:[-\d.]+ [-\d.]+ Td )?<[0-9A-F]{4}> Tj\n)+)ET/g;
const GLYPH = /(?:([-\d.]+ [-\d.]+ Td) )?<([0-9A-F]{4})> Tj\n/g;

/** A placeholder as drawn: its font object, its glyph lines' span in the content, its glyphs. */
interface PlaceholderRun {
  font: number;
  start: number;
  end: number;
  glyphs: Array<{ move: string | undefined; gid: string }>;
  text: string;
}

interface TocPage {
  contents: number;
  content: string;
  runs: PlaceholderRun[];
}

/**
 * Returns the PDF with entry i's placeholder (placeholders[i], as html.ts's tocPlaceholders wrote
 * it) replaced by numbers[i] (digits, not longer), or undefined when that cannot be done safely.
 */
export function fillTocInPdf(bytes: Uint8Array, placeholders: readonly string[], numbers: readonly string[]): Uint8Array | undefined {
  if (numbers.length !== placeholders.length) return undefined;
  if (numbers.some((n, i) => !/^\d+$/.test(n) || n.length > placeholders[i]!.length)) return undefined;
  const pdf = parseSkiaPdf(bytes);
  const catalog = pdf && dictOf(pdf, pdf.root);
  const pages = pdf && catalog ? pagesOf(pdf, catalog) : undefined;
  if (!pdf || !pages) return undefined;

  // The pages that hold placeholders, each entry's placeholder found in order.
  const tocPages: TocPage[] = [];
  let found = 0;
  for (const [index, page] of pages.entries()) {
    if (found === numbers.length || (found === 0 && index > MAX_PAGES_BEFORE_TOC)) break;
    const dict = dictOf(pdf, page);
    const contents = dict ? refOf(dict, 'Contents') : undefined;
    const stream = contents !== undefined ? streamOf(pdf, contents) : undefined;
    if (!dict || !stream || !/^\s*<<\/Filter \/FlateDecode\s*\/Length \d+>>\s*$/.test(stream.dict)) return undefined;
    const content = inflateSync(stream.data).toString('latin1');
    const runs = placeholderRuns(pdf, dict, content);
    if (!runs) return undefined;
    if (runs.length === 0) {
      if (found > 0) break; // the TOC has ended before its last entry: not ours
      continue;
    }
    for (const run of runs) if (run.text !== placeholders[found++]) return undefined;
    tocPages.push({ contents: contents!, content, runs });
  }
  if (found !== numbers.length) return undefined;

  // Which glyph draws which digit, per font, learnt from the placeholders (all digits appear).
  const digits = new Map<number, Map<string, string>>();
  for (const run of tocPages.flatMap((p) => p.runs)) {
    const known = digits.get(run.font) ?? new Map<string, string>();
    run.glyphs.forEach((glyph, i) => known.set(run.text[i]!, glyph.gid));
    digits.set(run.font, known);
  }

  const replaced = new Map<number, Buffer>();
  let entry = 0;
  for (const page of tocPages) {
    let out = '';
    let at = 0;
    for (const run of page.runs) {
      const number = numbers[entry++]!.padStart(run.glyphs.length, ' ');
      out += page.content.slice(at, run.start);
      for (const [i, glyph] of run.glyphs.entries()) {
        // A dropped leading glyph keeps its move: the next glyphs are placed from the run's start.
        if (number[i] === ' ') {
          if (glyph.move) out += `${glyph.move}\n`;
          continue;
        }
        const gid = digits.get(run.font)?.get(number[i]!);
        if (!gid) return undefined;
        out += `${glyph.move ? `${glyph.move} ` : ''}<${gid}> Tj\n`;
      }
      at = run.end;
    }
    out += page.content.slice(at);
    replaced.set(page.contents, deflateSync(Buffer.from(out, 'latin1')));
  }
  return rewriteStreams(pdf, replaced);
}

/** The page's two-glyph runs that read as a placeholder, in content order (= document order). */
function placeholderRuns(pdf: SkiaPdf, pageDict: string, content: string): PlaceholderRun[] | undefined {
  const fonts = /\/Font\s*<<([^>]*)>>/.exec(pageDict)?.[1] ?? '';
  const fontObjects = new Map([...fonts.matchAll(/\/([\w.+-]+)\s+(\d+)\s+0\s+R/g)].map((m) => [m[1]!, Number(m[2])]));
  const maps = new Map<number, Map<string, string> | undefined>();
  const runs: PlaceholderRun[] = [];
  for (const m of content.matchAll(RUN)) {
    const glyphs = [...m[2]!.matchAll(GLYPH)].map((g) => ({ move: g[1], gid: g[2]! }));
    const font = fontObjects.get(m[1]!);
    if (glyphs.length !== 2 || font === undefined) continue;
    if (!maps.has(font)) maps.set(font, unicodeMap(pdf, font));
    const map = maps.get(font);
    const text = map ? glyphs.map((g) => map.get(g.gid) ?? '?').join('') : '';
    if (!/^\d\d$/.test(text)) continue;
    const start = m.index + m[0].length - m[2]!.length - 'ET'.length;
    runs.push({ font, start, end: start + m[2]!.length, glyphs, text });
  }
  return runs;
}

/** glyph id (4 hex digits) → text, from a Type0 font's ToUnicode CMap. */
function unicodeMap(pdf: SkiaPdf, font: number): Map<string, string> | undefined {
  const dict = dictOf(pdf, font);
  const ref = dict ? refOf(dict, 'ToUnicode') : undefined;
  const stream = ref !== undefined ? streamOf(pdf, ref) : undefined;
  if (!stream || !/\/FlateDecode/.test(stream.dict)) return undefined;
  const cmap = inflateSync(stream.data).toString('latin1');
  const map = new Map<string, string>();
  const gid = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const e of block[1]!.matchAll(/<([0-9A-Fa-f]{4})>\s*<((?:[0-9A-Fa-f]{4})+)>/g)) map.set(e[1]!.toUpperCase(), utf16(e[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const e of block[1]!.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>/g)) {
      const [from, to, first] = [parseInt(e[1]!, 16), parseInt(e[2]!, 16), parseInt(e[3]!, 16)];
      for (let g = from; g <= to; g++) map.set(gid(g), String.fromCharCode(first + g - from));
    }
  }
  return map;
}

/** The PDF with the given stream objects' data replaced (and their /Length), later objects moved. */
function rewriteStreams(pdf: SkiaPdf, replaced: Map<number, Buffer>): Uint8Array {
  const edits = [...replaced.entries()]
    .map(([n, data]) => {
      const stream = streamOf(pdf, n)!;
      const object = Buffer.concat([
        Buffer.from(`${n} 0 obj${stream.dict.replace(/\/Length \d+/, `/Length ${data.length}`)}stream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream\nendobj', 'latin1'),
      ]);
      return { start: pdf.offsets[n]!, end: stream.end, object };
    })
    .sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(pdf.buffer.subarray(at, edit.start), edit.object);
    at = edit.end;
  }
  parts.push(pdf.buffer.subarray(at, pdf.xrefAt));
  const shiftOf = (offset: number) => edits.reduce((sum, e) => sum + (e.start < offset ? e.object.length - (e.end - e.start) : 0), 0);
  const offsets = pdf.offsets.map((offset) => (offset < 0 ? offset : offset + shiftOf(offset)));
  const xrefAt = pdf.xrefAt + shiftOf(pdf.xrefAt);
  parts.push(Buffer.from(xrefAndTrailer(offsets, xrefAt, pdf.trailer), 'latin1'));
  return Buffer.concat(parts);
}
