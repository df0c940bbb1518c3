import { createHash } from 'node:crypto';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { A4_POINTS, buildDate, finalizePdf, loadPdf, undoubleTitle } from './metadata.js';

const meta = { title: 'Plug In 2.0: Regional slutrapport Skåne', shortTitle: 'Skåne', author: 'Kommunförbundet Skåne', subject: 's', keywords: ['ESF', 'KAA'], lang: 'sv' };
const options = { date: new Date('2018-12-31T00:00:00Z'), creator: 'plugin-report test', producer: 'test' };

async function chromiumLikePdf(creation: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([594.96, 841.92]).drawText('Sida 1 av 1');
  doc.setCreationDate(creation); // what varies between two Chromium prints of the same HTML
  return doc.save();
}
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('finalizePdf', () => {
  it('gives the same bytes for the same content printed at different times', async () => {
    const a = await finalizePdf(await chromiumLikePdf(new Date('2026-01-01')), meta, options);
    const b = await finalizePdf(await chromiumLikePdf(new Date('2026-06-01')), meta, options);
    expect(sha(a.bytes)).toBe(sha(b.bytes));
    const c = await finalizePdf(await chromiumLikePdf(new Date('2026-01-01')), { ...meta, title: 'Annan titel' }, options);
    expect(sha(c.bytes)).not.toBe(sha(a.bytes));
  });

  it('sets the metadata, /Lang, exact A4 and a content-derived /ID', async () => {
    const { bytes, pages } = await finalizePdf(await chromiumLikePdf(new Date()), meta, options);
    expect(pages).toBe(1);
    const doc = await loadPdf(bytes);
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getKeywords()).toBe('ESF KAA');
    expect(doc.getCreationDate()?.toISOString()).toBe('2018-12-31T00:00:00.000Z');
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(sv)');
    expect(doc.getPage(0).getMediaBox()).toMatchObject({ width: A4_POINTS.width, height: A4_POINTS.height });
    const trailer = Buffer.from(bytes).toString('latin1').slice(-400);
    expect(trailer).toMatch(/\/ID \[ <([0-9a-f]{32})> <\1> \]/);
    expect(trailer).not.toContain('0'.repeat(32));
  });
});

describe('buildDate', () => {
  it('prefers SOURCE_DATE_EPOCH', () => {
    const fallback = new Date('2018-12-31T00:00:00Z');
    expect(buildDate(fallback, { SOURCE_DATE_EPOCH: '1546214400' }).toISOString()).toBe('2018-12-31T00:00:00.000Z');
    expect(buildDate(fallback, { SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(buildDate(fallback, {})).toBe(fallback);
    expect(buildDate(fallback, { SOURCE_DATE_EPOCH: 'yesterday' })).toBe(fallback);
  });
});

describe('undoubleTitle', () => {
  it('undoes an exact doubling only', () => {
    expect(undoubleTitle('InnehållInnehåll')).toBe('Innehåll');
    expect(undoubleTitle('1\u2002Sammanfattning1\u2002Sammanfattning')).toBe('1\u2002Sammanfattning');
    expect(undoubleTitle('3.2 Deltagare')).toBe('3.2 Deltagare');
  });
});

describe('renumberStructureIds', () => {
  it('renames Chromium node ids from 1 in their order, in place, whatever the tab printed before', async () => {
    const { renumberStructureIds } = await import('./metadata.js');
    const make = (a: number, b: number) =>
      Buffer.from(`/ID (node${String(a).padStart(8, '0')})\n/Names [ (node${String(a).padStart(8, '0')}) 4 0 R (node${String(b).padStart(8, '0')}) 6 0 R ]\n/ID (node${String(b).padStart(8, '0')})`, 'latin1');
    const first = make(4448, 4450);
    const second = make(9120, 9122);
    const length = first.length;
    renumberStructureIds(first);
    renumberStructureIds(second);
    expect(first.toString('latin1')).toBe(second.toString('latin1'));
    expect(first.toString('latin1')).toBe('/ID (node00000001)\n/Names [ (node00000001) 4 0 R (node00000002) 6 0 R ]\n/ID (node00000002)');
    expect(first.length).toBe(length);
  });
});
