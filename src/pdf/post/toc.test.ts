import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fillTocInPdf } from './toc.js';
import { dictOf, pagesOf, parseSkiaPdf, refOf, streamOf } from './skia-pdf.js';
import { flateStream, skiaLikePdf } from './test-helpers/skia-like-pdf.js';

// Glyphs 0x0084–0x008D draw the digits 0–9 (as in a Skia font subset); 0x0011 is "S".
const CMAP = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfchar\n<0011> <0053>\nendbfchar\n1 beginbfrange\n<0084> <008D> <0030>\nendbfrange\nendcmap\nend\nend`;
const gid = (digit: string) => (0x84 + Number(digit)).toString(16).toUpperCase().padStart(4, '0');

/** A tagged two-glyph run as Skia draws a TOC page number. */
const run = (mcid: number, text: string, y: number) =>
  `/NonStruct <</MCID ${mcid} >>BDC\nBT\n/F4 14 Tf\n1 0 0 -1 643.625 ${y} Tm\n<${gid(text[0]!)}> Tj\n7.1819763 0 Td <${gid(text[1]!)}> Tj\nET\nEMC\n`;

/** Page 1 a cover, page 2 a TOC with five entries, an untagged running header reading "23". */
function tocPdf(placeholders: string[]): Buffer {
  const header = `BT\n/F4 10.6599998 Tf\n1 0 0 -1 68 60 Tm\n<0011> Tj\n6.03 0 Td <${gid('2')}> Tj\nET\nBT\n/F4 10.6599998 Tf\n1 0 0 -1 700 60 Tm\n<${gid('2')}> Tj\n5.29 0 Td <${gid('3')}> Tj\nET\n`;
  const toc = header + placeholders.map((p, i) => run(i, p, 1031 + 26 * i)).join('');
  const page = (contents: number) => `<</Type /Page\n/Resources <</Font <</F4 7 0 R>>>>\n/MediaBox [0 0 594.95996 841.91998]\n/Contents ${contents} 0 R\n/Parent 3 0 R>>`;
  return skiaLikePdf([
    `<</Creator (Chromium)>>`,
    '<</Type /Catalog\n/Pages 3 0 R>>',
    '<</Type /Pages\n/Count 2\n/Kids [4 0 R 6 0 R]>>',
    page(5),
    flateStream(`BT\n/F4 30 Tf\n1 0 0 -1 0 200 Tm\n<0011> Tj\nET\n`),
    page(8),
    '<</Type /Font\n/Subtype /Type0\n/BaseFont /AAAAAA+SourceSans3\n/Encoding /Identity-H\n/ToUnicode 9 0 R>>',
    flateStream(toc),
    flateStream(CMAP),
  ]);
}

function pageContent(pdf: Uint8Array, index: number): string {
  const parsed = parseSkiaPdf(pdf)!;
  const page = pagesOf(parsed, dictOf(parsed, parsed.root)!)![index]!;
  const stream = streamOf(parsed, refOf(dictOf(parsed, page)!, 'Contents')!)!;
  return inflateSync(stream.data).toString('latin1');
}

const PLACEHOLDERS = ['01', '23', '45', '67', '89'];

describe('fillTocInPdf', () => {
  it('swaps each placeholder glyph for glyph, dropping the leading glyph of a one-digit number', () => {
    const filled = fillTocInPdf(tocPdf(PLACEHOLDERS), PLACEHOLDERS, ['3', '12', '7', '40', '99'])!;
    expect(filled).toBeDefined();
    const content = pageContent(filled, 1);
    // "3": the first glyph goes, the second keeps its move from the run's start (right-aligned).
    expect(content).toContain(`1 0 0 -1 643.625 1031 Tm\n7.1819763 0 Td <${gid('3')}> Tj\nET`);
    expect(content).toContain(`1 0 0 -1 643.625 1057 Tm\n<${gid('1')}> Tj\n7.1819763 0 Td <${gid('2')}> Tj\nET`);
    expect(content).toContain(`1 0 0 -1 643.625 1135 Tm\n<${gid('9')}> Tj\n7.1819763 0 Td <${gid('9')}> Tj\nET`);
    // The running header's "23" is untagged and is left alone.
    expect(content).toContain(`1 0 0 -1 700 60 Tm\n<${gid('2')}> Tj\n5.29 0 Td <${gid('3')}> Tj\nET`);
    expect(pageContent(filled, 0)).toBe(pageContent(tocPdf(PLACEHOLDERS), 0));
  });

  it('writes a valid file: every xref offset points at its object after the stream grew or shrank', () => {
    const filled = fillTocInPdf(tocPdf(PLACEHOLDERS), PLACEHOLDERS, ['3', '12', '7', '40', '99'])!;
    const parsed = parseSkiaPdf(filled)!;
    const text = Buffer.from(filled).toString('latin1');
    for (let n = 1; n < parsed.size; n++) expect(text.startsWith(`${n} 0 obj`, parsed.offsets[n]), `object ${n}`).toBe(true);
    expect(text.startsWith('xref', parsed.xrefAt)).toBe(true);
  });

  it('gives up when it cannot be sure: order, missing digit glyphs, longer numbers, unknown layout', () => {
    expect(fillTocInPdf(tocPdf(PLACEHOLDERS), ['23', '01', '45', '67', '89'], ['3', '4', '5', '6', '7'])).toBeUndefined();
    // Only 0–3 were printed, so a 9 has no glyph.
    expect(fillTocInPdf(tocPdf(['01', '23']), ['01', '23'], ['3', '9'])).toBeUndefined();
    expect(fillTocInPdf(tocPdf(PLACEHOLDERS), PLACEHOLDERS, ['3', '4', '5', '6', '100'])).toBeUndefined();
    expect(fillTocInPdf(tocPdf(PLACEHOLDERS), PLACEHOLDERS, ['3', '4'])).toBeUndefined();
    expect(fillTocInPdf(Buffer.from('%PDF-1.7\nnot Skia'), PLACEHOLDERS, ['3', '4', '5', '6', '7'])).toBeUndefined();
  });
});
