import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishSkiaPdf, pdfDate, pdfText, readSkiaOutline } from './finish.js';
import { PDFDict, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { finalizePdf, loadPdf, outlineOf } from './metadata.js';
import { skiaLikePdf } from './test-helpers/skia-like-pdf.js';

const hex = (text: string) => pdfText(text);

/** A two-page document with bookmarks, one title doubled as Chromium sometimes writes it. */
function sample(
  printedAt: string,
  catalogExtra = '/Lang (sv)\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>',
  more: string[] = [],
): Buffer {
  return skiaLikePdf([
    `<</Title ${hex('Plug In 2.0 – Skåne')}\n/Creator (Chromium)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${printedAt}+00'00')\n/ModDate (D:${printedAt}+00'00')>>`,
    `<</Type /Catalog\n/Pages 3 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/Outlines 6 0 R\n${catalogExtra}>>`,
    '<</Type /Pages\n/Count 2\n/Kids [4 0 R 5 0 R]>>',
    '<</Type /Page\n/MediaBox [0 0 594.95996 841.91998]\n/Parent 3 0 R\n/ID (node00004448)>>',
    '<</Type /Page\n/MediaBox [0 0 594.95996 841.91998]\n/Parent 3 0 R\n/ID (node00004452)>>',
    '<</Type /Outlines\n/First 7 0 R\n/Last 8 0 R\n/Count 3>>',
    `<</Title ${hex('InnehållInnehåll')}\n/Dest [4 0 R /XYZ 0 800 0]\n/Parent 6 0 R\n/Next 8 0 R>>`,
    `<</Title (Resultat i siffror, LundResultat i siffror, Lund)\n/Dest [5 0 R /XYZ 0 700 0]\n/Parent 6 0 R\n/Prev 7 0 R\n/First 9 0 R\n/Last 9 0 R\n/Count 1>>`,
    `<</Title (3.1 Deltagare)\n/Dest [5 0 R /XYZ 0 500 0]\n/Parent 8 0 R>>`,
    ...more,
  ]);
}

const meta = {
  title: 'Plug In 2.0: Regional slutrapport Skåne',
  shortTitle: 'Skåne',
  author: 'Kommunförbundet Skåne',
  subject: 'Slutrapport (ESF)',
  keywords: ['ESF', 'KAA'],
  lang: 'sv',
};
const options = { date: new Date('2018-12-31T00:00:00Z'), creator: 'plugin-report test', producer: 'plugin-report test (Chromium)' };
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('readSkiaOutline', () => {
  it('reads every bookmark in order with its page and depth, undoing doubled titles', () => {
    expect(readSkiaOutline(sample('20261123163027'))).toEqual([
      { title: 'Innehåll', page: 1, depth: 0 },
      { title: 'Resultat i siffror, Lund', page: 2, depth: 0 },
      { title: '3.1 Deltagare', page: 2, depth: 1 },
    ]);
  });

  it('gives up (undefined) on what Skia does not write, e.g. an incremental update', () => {
    const updated = Buffer.from(sample('20261123163027').toString('latin1').replace('/Info 1 0 R', '/Info 1 0 R /Prev 9'), 'latin1');
    expect(readSkiaOutline(updated)).toBeUndefined();
    expect(readSkiaOutline(Buffer.from('%PDF-1.7\nnot really'))).toBeUndefined();
  });
});

describe('finishSkiaPdf', () => {
  it('gives the same bytes for the same document printed at different times', () => {
    const a = finishSkiaPdf(sample('20261123163027'), meta, options)!;
    const b = finishSkiaPdf(sample('20270101120000'), meta, options)!;
    expect(sha(a.bytes)).toBe(sha(b.bytes));
    expect(sha(finishSkiaPdf(sample('20261123163027'), { ...meta, title: 'Annan' }, options)!.bytes)).not.toBe(sha(a.bytes));
  });

  it('writes the metadata, exact A4, fixed titles and a content-derived /ID that pdf-lib and poppler read', async () => {
    const raw = sample('20261123163027');
    const result = finishSkiaPdf(raw, meta, options)!;
    expect(result.pages).toBe(2);
    expect(result.outline.map((o) => o.title)).toEqual(['Innehåll', 'Resultat i siffror, Lund', '3.1 Deltagare']);
    expect(raw.toString('latin1')).toContain('163027'); // the input is left as it was

    const doc = await loadPdf(result.bytes);
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getSubject()).toBe(meta.subject);
    expect(doc.getKeywords()).toBe('ESF KAA');
    expect(doc.getCreator()).toBe(options.creator);
    expect(doc.getCreationDate()?.toISOString()).toBe('2018-12-31T00:00:00.000Z');
    expect(doc.getPage(1).getMediaBox()).toMatchObject({ width: 595.276, height: 841.89 });
    expect(outlineOf(doc).map((o) => o.title)).toEqual(['Innehåll', 'Resultat i siffror, Lund', '3.1 Deltagare']);

    const text = Buffer.from(result.bytes).toString('latin1');
    expect(text).not.toContain('2026'); // Chromium's time of printing is gone
    expect(text).toContain('/ID (node00000001)'); // Blink's node ids renumbered
    expect(text).toContain('/ID (node00000002)');
    expect(text).toMatch(/\/ID \[<([0-9a-f]{32})> <\1>\]/);
    expect(text).not.toContain('0'.repeat(32));

    const dir = mkdtempSync(join(tmpdir(), 'pdf-finish-'));
    writeFileSync(join(dir, 'a.pdf'), result.bytes);
    const info = execFileSync('pdfinfo', [join(dir, 'a.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Plug In 2\.0: Regional slutrapport Skåne/);
    expect(info).toMatch(/Pages:\s+2/);
    expect(info).toMatch(/Page size:\s+595\.276 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/CreationDate:\s+Mon Dec 31 00:00:00 2018 UTC/);
  });

  it('leaves what it does not know to pdf-lib: another language, no DisplayDocTitle, an XMP stream', () => {
    expect(
      finishSkiaPdf(sample('20261123163027', '/Lang (en)\n/ViewerPreferences <</DisplayDocTitle true>>'), meta, options),
    ).toBeUndefined();
    expect(finishSkiaPdf(sample('20261123163027', '/Lang (sv)'), meta, options)).toBeUndefined();
    expect(
      finishSkiaPdf(sample('20261123163027', '/Lang (sv)\n/ViewerPreferences <</DisplayDocTitle true>>\n/Metadata 9 0 R'), meta, options),
    ).toBeUndefined();
  });
});

describe('finishSkiaPdf, for assistive technology and archives', () => {
  // Structure elements as Skia writes them (objects 10–12): Markdown's **bold** and *italics*.
  const tagged = () =>
    sample('20261123163027', undefined, [
      '<</Type /StructElem\n/S /Strong\n/P 12 0 R\n/K 0>>',
      '<</Type /StructElem\n/S /Em\n/P 12 0 R\n/K 1>>',
      '<</Type /StructElem\n/S /P\n/K [10 0 R 11 0 R]>>',
    ]);

  it('renames PDF 2.0 structure types to PDF 1.7 ones, in place', async () => {
    const result = finishSkiaPdf(tagged(), meta, options)!;
    const text = Buffer.from(result.bytes).toString('latin1');
    expect(text).not.toMatch(/\/(Strong|Em)\b/);
    const doc = await loadPdf(result.bytes);
    const types = [10, 11, 12].map((n) => String(doc.context.lookup(PDFRef.of(n), PDFDict).get(PDFName.of('S'))));
    expect(types).toEqual(['/Span', '/Span', '/P']);
  });

  it('writes XMP metadata with the title and language that poppler reads, and stays reproducible', () => {
    const result = finishSkiaPdf(tagged(), meta, options)!;
    expect(sha(finishSkiaPdf(tagged(), meta, options)!.bytes)).toBe(sha(result.bytes));
    const dir = mkdtempSync(join(tmpdir(), 'pdf-finish-'));
    writeFileSync(join(dir, 'a.pdf'), result.bytes);
    const xmp = execFileSync('pdfinfo', ['-meta', join(dir, 'a.pdf')], { encoding: 'utf8' });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Plug In 2.0: Regional slutrapport Skåne</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2018-12-31T00:00:00Z</xmp:CreateDate>');
    expect(xmp).not.toContain('pdfuaid'); // no PDF/UA claim without a validator in CI
    // The rest of the file still reads: pages, title, outline.
    const info = execFileSync('pdfinfo', [join(dir, 'a.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2/);
    expect(info).toMatch(/Metadata Stream:\s+yes/);
  });

  it('writes the same XMP and tags on the pdf-lib way', async () => {
    const { bytes } = await finalizePdf(tagged(), meta, options);
    const doc = await loadPdf(bytes);
    const stream = doc.catalog.lookup(PDFName.of('Metadata'));
    expect(stream).toBeInstanceOf(PDFRawStream);
    expect(Buffer.from((stream as PDFRawStream).getContents()).toString('utf8')).toContain(
      '<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>',
    );
    expect(String(doc.context.lookup(PDFRef.of(10), PDFDict).get(PDFName.of('S')))).toBe('/Span');
  });
});

describe('pdfText and pdfDate', () => {
  it('writes ASCII as a literal (escaped) and anything else as UTF-16BE hex', () => {
    expect(pdfText('ESF (KAA) a\\b')).toBe('(ESF \\(KAA\\) a\\\\b)');
    expect(pdfText('Å')).toBe('<FEFF00C5>');
    expect(pdfDate(new Date('2018-12-31T23:05:09Z'))).toBe('D:20181231230509Z');
  });
});
