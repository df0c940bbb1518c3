import { describe, expect, it } from 'vitest';
import { suppressedUnit } from '../../disclosure/test-helpers/suppressed.js';
import { renderHtml } from '../../html/render.js';
import type { Unit } from '../../indicators/types.js';
import {
  bodyFlow,
  bodyPages,
  brochureModel,
  headlineWorthy,
  nextLayout,
  paginate,
  type BrochureModel,
  type FlowBlock,
  type KeyFigure,
} from './model.js';
import { brochureJob } from './context.js';
import { bromollaConfig, bromollaUnit, klippanConfig, klippanUnit, project, region } from './test-helpers/brochure-data.js';

const bromolla = (): BrochureModel => brochureModel({ unit: bromollaUnit(), municipality: bromollaConfig, region, project, minCount: 0 });
const klippan = (): BrochureModel => brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 0 });

describe('key figures', () => {
  it('are chosen by the data the municipality has: Bromölla has participants, KAA and grades but no outcomes or dropouts', () => {
    const m = bromolla();
    expect(m.keyFigures.map((k) => k.id)).toEqual(['participants', 'kaa-contact', 'grades', 'baseline']);
    const byId = Object.fromEntries(m.keyFigures.map((k) => [k.id, k]));
    expect(byId['participants']).toMatchObject({ value: '193', women: 'Kvinnor 96', men: 'Män 97' });
    expect(byId['kaa-contact']).toMatchObject({
      value: '99\u00A0%',
      base: '102 av 103',
      women: 'Kvinnor 98\u00A0%',
      men: 'Män 100\u00A0%',
    });
    expect(byId['grades']).toMatchObject({ value: '92\u00A0%', base: '95 av 103', caption: 'höjde eller behöll sitt meritvärde' });
    expect(byId['baseline']).toMatchObject({
      value: '1\u202F000',
      qualifier: 'cirka',
      women: null,
      men: null,
      note: 'Uppgift från kommunen',
    });
  });

  it('never show an indicator without data as zero: Klippan has no grades and no KAA', () => {
    const m = klippan();
    expect(m.keyFigures.map((k) => k.id)).toEqual(['participants', 'dropouts', 'remaining']);
    expect(m.results.map((r) => r.id)).toEqual(['participants', 'dropouts']);
    const text = JSON.stringify(m);
    expect(text).not.toMatch(/meritvärde|KAA-listan|aktivitetsansvaret \(KAA\)/);
    expect(m.results.every((r) => r.chart === null || r.chart.kind === 'horizontalBars')).toBe(true);
  });

  it('reach the minimum of three with those who stayed in studies: Klippan 23 of 24', () => {
    const remaining = klippan().keyFigures.find((k) => k.id === 'remaining');
    expect(remaining).toMatchObject({ value: '23', caption: 'fanns kvar i studier vid projektets slut', base: 'av 24 deltagare' });
    expect(remaining?.women).toMatch(/^Kvinnor \d+$/);
    // Bromölla already has more than three, so no spare figure is added.
    expect(bromolla().keyFigures.some((k) => k.id === 'remaining')).toBe(false);
  });

  it('show a genuine zero: a municipality whose dropouts.csv is empty has "0" dropouts', () => {
    const unit = klippanUnit();
    const d = unit.figures.dropouts!;
    d.persons = { women: 0, men: 0, total: 0 };
    d.rate.numerator = { women: 0, men: 0, total: 0 };
    const m = brochureModel({ unit, municipality: klippanConfig, region, project, minCount: 0 });
    expect(m.keyFigures.find((k) => k.id === 'dropouts')).toMatchObject({
      value: '0',
      caption: 'avbrott i studierna',
      base: 'bland 24 deltagare',
    });
  });

  it('split every computed key figure by women and men', () => {
    for (const m of [bromolla(), klippan()]) {
      for (const k of m.keyFigures.filter((kf) => kf.id !== 'baseline')) {
        expect(k.women).toMatch(/^Kvinnor \S/);
        expect(k.men).toMatch(/^Män \S/);
      }
    }
  });

  it('leave out a figure that disclosure control hid instead of printing a huge ".."', async () => {
    const m = brochureModel({ unit: await suppressedUnit(klippanUnit(), 5), municipality: klippanConfig, region, project, minCount: 5 });
    expect(m.keyFigures.map((k) => k.value)).not.toContain('..');
    expect(m.suppressionNote).toMatch(/^\.\. = /);
  });
});

describe('headlines only from figures that are shown', () => {
  const kf = (counts: Array<number | null>, value = '7'): KeyFigure => ({
    id: 'participants',
    value,
    qualifier: null,
    caption: 'x',
    base: null,
    women: null,
    men: null,
    note: null,
    counts,
  });

  it('a key figure is worthy when every count behind it is shown and none is from 1 to N−1', () => {
    expect(headlineWorthy(kf([7, 0, 7]), 5)).toBe(true);
    expect(headlineWorthy(kf([5, 6, 11]), 5)).toBe(true);
    expect(headlineWorthy(kf([4, 6, 10]), 5)).toBe(false);
    expect(headlineWorthy(kf([null, null, 10]), 5)).toBe(false);
    expect(headlineWorthy(kf([7, 7, 14], '..'), 5), 'a hidden value').toBe(false);
    // Off (0 or 1): any shown count will do.
    expect(headlineWorthy(kf([1, 0, 1]), 0)).toBe(true);
    expect(headlineWorthy(kf([1, 0, 1]), 1)).toBe(true);
  });

  it('Klippan without disclosure control: the dropout rate of one girl ("Kvinnor 9 %") is not set large', () => {
    const m = brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 5 });
    // "23 of 24 remained" (10 of 11 women) would tell that one girl left as surely as the rate: the
    // gap between a part and its whole is a count the headline rests on.
    expect(m.keyFigures.map((k) => k.id)).toEqual(['participants']);
    expect(JSON.stringify(m.keyFigures)).not.toMatch(/Kvinnor 9/);
    // The figure is still in its table, which disclosure control governs.
    expect(m.results.find((r) => r.id === 'dropouts')).toBeDefined();
    // With disclosure control off the cover is as it was.
    expect(klippan().keyFigures.map((k) => k.id)).toEqual(['participants', 'dropouts', 'remaining']);
  });

  it('a higher N leaves only what clears it; a small reported figure is no headline either', () => {
    const withBaseline = { ...klippanConfig, baseline: [{ label: 'elever före projektet', value: 3 }] };
    // 11 women and 13 men took part; 10 women remained.
    const m = brochureModel({ unit: klippanUnit(), municipality: withBaseline, region, project, minCount: 11 });
    expect(m.keyFigures.map((k) => k.id)).toEqual(['participants']);
    expect(m.keyFigures.find((k) => k.id === 'participants')?.value).toBe('24');
    expect(m.baselines).toHaveLength(1);
  });

  it('falls back to the number of workshops when no figure qualifies', () => {
    const m = brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 30 });
    expect(m.keyFigures).toMatchObject([{ id: 'workshops', value: '1', caption: 'lokal projektverkstad', women: null, counts: [] }]);
    const two = { ...bromollaConfig, baseline: [] };
    const b = brochureModel({ unit: bromollaUnit(), municipality: two, region, project, minCount: 1000 });
    expect(b.keyFigures).toMatchObject([{ id: 'workshops', value: '2', caption: 'lokala projektverkstäder' }]);
  });

  it('leaves out a figure whose gender split is hidden, though its value is shown', () => {
    // Hidden by hand (null), so the test does not depend on how disclosure control picks its cells.
    const unit: Unit<number | null> = bromollaUnit();
    unit.figures.grades!.raisedOrKept.numerator.women = null;
    unit.figures.grades!.raisedOrKept.numerator.men = null;
    const m = brochureModel({ unit, municipality: bromollaConfig, region, project, minCount: 5 });
    // kaa-contact is out too: the few on the list not reached are a small gap under the whole.
    expect(m.keyFigures.map((k) => k.id)).toEqual(['participants', 'baseline']);
    expect(JSON.stringify(m.keyFigures.map(({ counts: _, ...shown }) => shown))).not.toContain('..');
  });
});

describe('results', () => {
  it("has Kvinnor, Män and Totalt on every row, with Bromölla's published figures", () => {
    const m = bromolla();
    const kaa = m.results.find((r) => r.id === 'kaa')!;
    expect(kaa.rows.map((r) => [r.label, r.total])).toEqual([
      ['På KAA-listan', '103'],
      ['Kontaktade', '102'],
      ['I insatser', '90'],
      ['Andel kontaktade', '99\u00A0%'],
    ]);
    const grades = m.results.find((r) => r.id === 'grades')!;
    expect(grades.rows.find((r) => r.label === 'Elever med fördjupat stöd')?.total).toBe('35');
    expect(grades.rows.find((r) => r.label === 'varav höjde sitt meritvärde')?.total).toBe('25');
    expect(grades.lead).toContain('Av de 35 eleverna med fördjupat stöd höjde 25 sitt meritvärde.');
    for (const row of m.results.flatMap((r) => r.rows)) {
      expect(row.women).not.toBe('');
      expect(row.men).not.toBe('');
      expect(row.total).not.toBe('');
    }
  });

  it('draws the KAA steps and the grade change, side by side', () => {
    const m = bromolla();
    expect(m.results.map((r) => r.chart?.kind ?? null)).toEqual([null, 'kaaFunnel', 'stacked100']);
    expect(m.results.filter((r) => r.chart?.half)).toHaveLength(2);
  });

  it('pairs the tables two by two', () => {
    expect(bromolla().tablePairs.map((p) => p.map((s) => s.id))).toEqual([['participants', 'kaa'], ['grades']]);
  });
});

describe('document', () => {
  it('has the metadata the PDF needs', () => {
    expect(bromolla().meta).toMatchObject({
      title: 'Plug In 2.0 – Bromölla',
      author: 'Kommunförbundet Skåne',
      lang: 'sv',
    });
    expect(bromolla().meta.keywords).toContain('ESF');
  });

  it('prints data literally: a quote or narrative with markup cannot inject HTML', async () => {
    const job = await brochureJob(bromolla(), '/tmp/never-written.pdf');
    const html = renderHtml(job);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Äntligen såg någon mig &lt;b&gt;på riktigt&lt;/b&gt;');
    expect(html).not.toContain('<b>på riktigt</b>');
    // Markdown still works (raw HTML disabled).
    expect(html).toContain('<strong>alla</strong>');
    // Every part is there, and the charts are inline SVG with their text alternative.
    for (const part of [
      'Det här gjorde vi',
      'Resultat',
      'Kontakt',
      'Europeiska socialfonden',
      'Samverkan gjorde skillnad',
      'Utbildningsförvaltningen, Bromölla kommun',
    ]) {
      expect(html).toContain(part);
    }
    expect(html.match(/<svg class="chart"|<svg[^>]*class="chart"/g)?.length).toBe(2);
  });

  it('a municipality without grades or KAA has no such text in its HTML', async () => {
    const html = renderHtml(await brochureJob(klippan(), '/tmp/never-written.pdf'));
    expect(html).not.toMatch(/meritvärde|KAA-listan/);
    expect(html).toContain('Klippan');
  });
});

describe('layout', () => {
  it('stays normal when the story fits, and goes compact when the pagination says it would not', () => {
    expect(klippan().layout).toBe('normal');
    const long = { ...bromollaConfig, narrative: { what_we_did: 'Vi gjorde mycket. '.repeat(400) } };
    const m = brochureModel({ unit: bromollaUnit(), municipality: long, region, project, minCount: 0 });
    expect(
      bodyPages(brochureModel({ unit: bromollaUnit(), municipality: long, region, project, minCount: 0, layout: 'normal' })),
    ).toBeGreaterThan(2);
    expect(m.layout).toBe('compact');
    expect(m.compact).toBe(true);
  });

  it('compact and tight keep every figure; only the bar charts lose their gender split', () => {
    const normal = brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 0, layout: 'normal' });
    const tight = brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 0, layout: 'tight' });
    expect(tight.results.map((r) => r.rows)).toEqual(normal.results.map((r) => r.rows));
    expect(tight.keyFigures).toEqual(normal.keyFigures);
    expect(tight.tight).toBe(true);
  });

  it('reprints normal → compact → tight, then gives up', () => {
    expect(nextLayout('normal')).toBe('compact');
    expect(nextLayout('compact')).toBe('tight');
    expect(nextLayout('tight')).toBeNull();
  });

  it('chooses by pagination: a tall chart that does not fit under long text moves to the next page', () => {
    const text = (lines: number): FlowBlock => ({ kind: 'lines', mm: 5, lines, before: 0, after: 2, what: 'text' });
    const box = (mm: number, what = 'chart'): FlowBlock => ({ kind: 'box', mm, before: 0, after: 0, what });
    // 150 mm of text + a 120 mm chart: 270 mm in all, but the chart cannot start at 152 mm.
    expect(paginate([text(30), box(120)], 257)).toEqual({ pages: 2, lastMm: 120 });
    // Summed heights (270 + 230 = 500 mm < 2 × 257) would say two pages; the pages are three.
    expect(paginate([text(30), box(120), box(230)], 257).pages).toBe(3);
    // A paragraph breaks between lines: 60 lines of 5 mm fill 51 lines on the first page.
    expect(paginate([text(60)], 257)).toEqual({ pages: 2, lastMm: 45 });
    // A heading goes with the block after it.
    const heading: FlowBlock = { kind: 'box', mm: 13, before: 0, after: 0, keepWithNext: true, what: 'h2' };
    expect(paginate([text(48), heading, box(40)], 257)).toEqual({ pages: 2, lastMm: 53 });
  });

  it('keeps a municipality with little to tell normal and within two body pages', () => {
    const m = klippan();
    expect(m.layout).toBe('normal');
    expect(bodyPages(m)).toBeLessThanOrEqual(2);
    const flow = bodyFlow(m).map((b) => b.what);
    expect(flow[0]).toBe('h2 did');
    expect(flow).toContain('h2 results');
    expect(flow.filter((w) => w.startsWith('chart'))).toHaveLength(m.results.filter((r) => r.chart).length);
  });
});
