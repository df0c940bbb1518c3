// A report table that breaks across pages is split there (src/pdf/continued-tables.ts): the part on
// the next page repeats the header, is captioned "Tabell N. … (forts.)" and carries the source; a
// table that fits on its page gets no "(forts.)". Printed from a small report of one long and one
// short table, so the test does not hang on where the fixtures' tables happen to fall.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DocumentBuilder } from '../../src/documents/report/document.js';
import { dataRow, makeTable } from '../../src/documents/report/tables.js';
import { openPdfEngine } from '../../src/pdf/engine.js';
import { firstBreak, readTableLayout } from '../../src/pdf/post/table-breaks.js';
import { describeWithChromium } from './tools.js';

const LONG_ROWS = 70;
const COVER = {
  organisation: 'Provförbundet',
  project: 'Plug In 2.0',
  title: 'Provrapport',
  place: 'Provregionen',
  synthetic: false,
  period: '2015–2018',
  caseNumber: '2015/00665',
  owner: 'Provförbundet',
  year: '2018',
};
let dir: string;
let text: string;
let pdf: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plugin-report-forts-'));
  const doc = new DocumentBuilder();
  const chapter = doc.chapter('Resultat');
  const section = doc.section(chapter, 'Deltagare');
  const count = (i: number) => ({ women: i, men: i + 1, total: 2 * i + 1 });
  const rows = Array.from({ length: LONG_ROWS }, (_, i) => dataRow(`Rad ${i + 1}`, count(i + 1)));
  section.blocks.push(
    { kind: 'table', table: makeTable(doc, { caption: 'Lång tabell', rows, source: 'Källa: långa listan.' }) },
    { kind: 'table', table: makeTable(doc, { caption: 'Kort tabell', rows: rows.slice(0, 3), source: 'Källa: korta listan.' }) },
  );
  const engine = await openPdfEngine({ concurrency: 1 });
  try {
    await engine.render({
      template: 'regional-report',
      context: { cover: COVER, toc: doc.toc(), chapters: doc.chapters },
      meta: { title: 'Provrapport', shortTitle: 'Prov', author: 'Prov', subject: 'Prov', keywords: [], lang: 'sv' },
      outFile: join(dir, 'prov.pdf'),
      toc: true,
    });
  } finally {
    await engine.close();
  }
  pdf = readFileSync(join(dir, 'prov.pdf'));
  text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'prov.pdf'), '-'], { encoding: 'utf8' });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describeWithChromium('a table continued onto the next page', () => {
  it('is split where it broke: the continuation is captioned "(forts.)", the short table is not', () => {
    const captions = text.match(/^Tabell \d+\..*$/gm);
    expect(captions).toEqual(['Tabell 1. Lång tabell', 'Tabell 1. Lång tabell (forts.)', 'Tabell 2. Kort tabell']);
  });

  it('keeps every row once, in order, and the source once, under the last part', () => {
    const rowLabels = [...text.matchAll(/^Rad (\d+)$/gm)].map((m) => Number(m[1]));
    // The short table repeats the long one's first three labels.
    expect(rowLabels).toEqual([...Array.from({ length: LONG_ROWS }, (_, i) => i + 1), 1, 2, 3]);
    expect(text.match(/Källa: långa listan\./g)).toHaveLength(1);
    expect(text.indexOf('Källa: långa listan.')).toBeGreaterThan(text.indexOf(`Rad ${LONG_ROWS}`));
  });

  it('leaves no table part breaking across pages, each a Table of its own in the tags', async () => {
    const layout = await readTableLayout(pdf);
    expect(firstBreak(layout)).toBeUndefined();
    expect(layout.rowPages.map((rows) => rows.length)).toEqual([expect.any(Number), expect.any(Number), 4]);
    // Both parts have their header row; together they hold every body row of the long table.
    expect(layout.rowPages[0]!.length - 1 + (layout.rowPages[1]!.length - 1)).toBe(LONG_ROWS);
    expect(layout.rowPages[1]![1]).toBe(layout.rowPages[0]![1]! + 1);
  });
});
