// The page-fill measurement of helpers/page-fill.ts on small made-up pages, where the answer is
// known: the e2e test (page-fill.test.ts) applies it to the printed documents.
import { describe, expect, it } from 'vitest';
import {
  exemptPages,
  fillOf,
  parsePgm,
  parseWordBoxes,
  printedBox,
  printedMask,
  unionBox,
  type Box,
  type GreyImage,
} from './helpers/page-fill.js';

/** A white page of w × h pixels, with the given boxes painted in a grey. */
function page(width: number, height: number, inked: Box[] = [], grey = 120): GreyImage {
  const pixels = new Uint8Array(width * height).fill(255);
  for (const [l, t, r, b] of inked) for (let y = t; y < b; y++) pixels.fill(grey, y * width + l, y * width + r);
  return { width, height, pixels };
}

const FRAME: Box = [0, 0, 100, 100];

describe('page fill', () => {
  it('reads pdftoppm -gray PGM output', () => {
    const bytes = Buffer.concat([Buffer.from('P5\n3 2\n255\n', 'latin1'), Buffer.from([0, 128, 255, 255, 255, 7])]);
    const image = parsePgm(bytes);
    expect(image).toMatchObject({ width: 3, height: 2 });
    expect([...image.pixels]).toEqual([0, 128, 255, 255, 255, 7]);
    expect(() => parsePgm(Buffer.from('P6\n1 1\n255\nabc', 'latin1'))).toThrow(/PGM/);
  });

  it('reads word boxes of pdftotext -bbox, page by page, in pixels at 60 dpi', () => {
    const xhtml = `<doc><page width="595" height="842">
<word xMin="72.000000" yMin="72.000000" xMax="144.000000" yMax="84.000000">Hej</word>
</page><page width="595" height="842"></page></doc>`;
    expect(parseWordBoxes(xhtml)).toEqual([[[60, 60, 120, 70]], []]);
  });

  it('counts ink and text boxes alike: a chart without words and words in white both fill', () => {
    const chart = printedMask(page(100, 100, [[0, 0, 100, 50]]), []);
    expect(fillOf(chart, 100, FRAME, 10)).toBe(0.5);
    const whiteText = printedMask(page(100, 100), [[0, 50, 100, 100]]);
    expect(fillOf(whiteText, 100, FRAME, 10)).toBe(0.5);
    const both = printedMask(page(100, 100, [[0, 0, 100, 50]]), [[0, 50, 100, 100]]);
    expect(fillOf(both, 100, FRAME, 10)).toBe(1);
  });

  it('leaves paper white enough to be paper: a faint tint is not ink', () => {
    expect(fillOf(printedMask(page(100, 100, [[0, 0, 100, 100]], 250), []), 100, FRAME, 10)).toBe(0);
  });

  it('fills a cell with one printed pixel: lines of text with white between them make a full page', () => {
    // Ten "lines" 2 px high every 10 px: 20 % of the pixels, all of the cells.
    const lines = Array.from({ length: 10 }, (_, i) => [0, i * 10 + 4, 100, i * 10 + 6] as Box);
    expect(fillOf(printedMask(page(100, 100, lines), []), 100, FRAME, 10)).toBe(1);
    // Four lines at the top of the page: 40 % of it.
    expect(fillOf(printedMask(page(100, 100, lines.slice(0, 4)), []), 100, FRAME, 10)).toBe(0.4);
  });

  it('measures inside the frame only, the margins left out', () => {
    const mask = printedMask(page(100, 100, [[20, 20, 80, 50]]), []);
    expect(printedBox(mask, 100)).toEqual([20, 20, 80, 50]);
    expect(fillOf(mask, 100, [20, 20, 80, 80], 10)).toBe(0.5);
    expect(unionBox([[20, 20, 80, 50], undefined, [10, 40, 60, 90]])).toEqual([10, 20, 80, 90]);
    expect(printedBox(printedMask(page(10, 10), []), 10)).toBeUndefined();
  });

  it('exempts the cover, the table of contents and the last page of each chapter (the H1s)', () => {
    const outline = [
      { title: 'Regional slutrapport', page: 1, depth: 0 },
      { title: 'Innehåll', page: 2, depth: 0 },
      { title: '1 Sammanfattning', page: 4, depth: 0 },
      { title: '1.1 Deltagare', page: 5, depth: 1 },
      { title: '2 Resultat', page: 7, depth: 0 },
    ];
    expect([...exemptPages(outline, 9)].sort((a, b) => a - b)).toEqual([1, 2, 3, 6, 9]);
    // A brochure: its one H1 is on the cover, so it is one chapter, and only its back page is exempt.
    const brochure = [
      { title: 'Bromölla', page: 1, depth: 0 },
      { title: 'Det här gjorde vi', page: 2, depth: 1 },
      { title: 'Resultat', page: 2, depth: 1 },
      { title: 'Kontakt', page: 4, depth: 1 },
    ];
    expect([...exemptPages(brochure, 4)].sort((a, b) => a - b)).toEqual([1, 4]);
  });
});
