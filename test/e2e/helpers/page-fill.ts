// How full each page of a PDF is, as a reader sees it (issue 13): what is printed on a page is the
// union of its text boxes (pdftotext -bbox) and its non-white pixels in a 60-dpi greyscale render
// (pdftoppm -gray), so charts and photos count, and neither invisible text nor a tinted empty box
// alone decides. The page is cut into square cells of CELL_MM; a cell with anything printed in
// it is filled, and a page's fill is the share of filled cells inside the document's frame (the
// area any page but the cover prints in, margins left out). Cells make a full page of text
// count as full: the white between its lines and words is part of the text, not empty space.
import { execFileSync } from 'node:child_process';

export const DPI = 60;
/** Side of a cell: about one line of body text. */
export const CELL_MM = 5;
/** Greyscale values below this are ink (255 is white paper). */
export const INK_BELOW = 245;

/** A box in page pixels at DPI: [left, top, right, bottom), right and bottom exclusive. */
export type Box = [number, number, number, number];

/** A greyscale page image: width × height bytes, one per pixel, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Parses a binary PGM (P5, 8-bit), the format `pdftoppm -gray` writes without -png. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  const header = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(Buffer.from(bytes.subarray(0, 64)).toString('latin1'));
  if (header?.[3] !== '255') throw new Error('not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = bytes.subarray(header[0].length, header[0].length + width * height);
  if (pixels.length !== width * height) throw new Error('PGM shorter than its header says');
  return { width, height, pixels };
}

/** The words' boxes of every page from `pdftotext -bbox` output (points), in pixels at DPI. */
export function parseWordBoxes(xhtml: string): Box[][] {
  const scale = DPI / 72;
  return xhtml
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)].map(
        (m) => [Number(m[1]) * scale, Number(m[2]) * scale, Number(m[3]) * scale, Number(m[4]) * scale].map(Math.round) as Box,
      ),
    );
}

/** Every pixel printed on: ink in the render, or inside a word's box. */
export function printedMask(image: GreyImage, words: Box[]): Uint8Array {
  const mask = new Uint8Array(image.width * image.height);
  for (let i = 0; i < mask.length; i++) mask[i] = image.pixels[i]! < INK_BELOW ? 1 : 0;
  for (const [left, top, right, bottom] of words) {
    for (let y = Math.max(0, top); y < Math.min(image.height, bottom); y++) {
      mask.fill(1, y * image.width + Math.max(0, left), y * image.width + Math.min(image.width, right));
    }
  }
  return mask;
}

/** The smallest box holding every printed pixel, or undefined for a blank page. */
export function printedBox(mask: Uint8Array, width: number): Box | undefined {
  let box: Box | undefined;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    const x = i % width;
    const y = Math.floor(i / width);
    box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x + 1), Math.max(box[3], y + 1)] : [x, y, x + 1, y + 1];
  }
  return box;
}

/** The union of boxes: the frame a document prints in. */
export function unionBox(boxes: (Box | undefined)[]): Box | undefined {
  return boxes.reduce<Box | undefined>(
    (all, b) => (!b ? all : !all ? b : [Math.min(all[0], b[0]), Math.min(all[1], b[1]), Math.max(all[2], b[2]), Math.max(all[3], b[3])]),
    undefined,
  );
}

/** The share (0–1) of the frame's cells that hold anything printed. */
export function fillOf(mask: Uint8Array, width: number, frame: Box, cellPx = Math.round((CELL_MM / 25.4) * DPI)): number {
  let cells = 0;
  let filled = 0;
  for (let top = frame[1]; top < frame[3]; top += cellPx) {
    for (let left = frame[0]; left < frame[2]; left += cellPx) {
      cells++;
      search: for (let y = top; y < Math.min(top + cellPx, frame[3]); y++) {
        for (let x = left; x < Math.min(left + cellPx, frame[2]); x++) {
          if (mask[y * width + x]) {
            filled++;
            break search;
          }
        }
      }
    }
  }
  return cells === 0 ? 0 : filled / cells;
}

/** Page by page (1-based index 0 = page 1), how full each page of a PDF is, 0–1. */
export function measurePageFill(pdf: string): number[] {
  const words = parseWordBoxes(execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const masks = words.map((pageWords, i) => {
    const page = String(i + 1);
    const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-f', page, '-l', page, pdf], { maxBuffer: 1 << 26 });
    const image = parsePgm(pgm);
    return { mask: printedMask(image, pageWords), width: image.width };
  });
  // The frame: where the pages after the cover print (a full-bleed cover would make it the sheet).
  const frame = unionBox(masks.slice(masks.length > 1 ? 1 : 0).map((m) => printedBox(m.mask, m.width)));
  return masks.map((m) => (frame ? fillOf(m.mask, m.width, frame) : 0));
}

export interface Bookmark {
  title: string;
  page: number;
  depth: number;
}

/**
 * Pages a layout may leave under-filled: the cover (page 1), the table of contents (the pages from
 * the "Innehåll" bookmark to the next bookmark's), and each chapter's last page. Chapters are the
 * top-level bookmarks (the H1 headings; a brochure's only H1 is on its cover, so a brochure is one
 * chapter); a chapter's last page is the page before the next chapter starts, and the document's
 * last page. (A chapter that starts mid-page shares that page with the one before, which is then
 * full enough; the page before it is exempt all the same: the rule errs on the lenient side.)
 */
export function exemptPages(outline: Bookmark[], pages: number, tocTitle = 'Innehåll'): Set<number> {
  const exempt = new Set([1, pages]);
  const toc = outline.findIndex((b) => b.title === tocTitle);
  if (toc >= 0) {
    const next = outline.slice(toc + 1).find((b) => b.page > outline[toc]!.page);
    for (let p = outline[toc]!.page; p < (next?.page ?? outline[toc]!.page + 1); p++) exempt.add(p);
  }
  for (const chapter of outline.filter((b) => b.depth === 0 && b.page > 1)) exempt.add(chapter.page - 1);
  return exempt;
}
