import { describe, expect, it } from 'vitest';
import { suppressedUnit } from '../../disclosure/test-helpers/suppressed.js';
import { renderHtml } from '../../html/render.js';
import type { Unit } from '../../indicators/types.js';
import { brochureModel, headlineWorthy, nextLayout, pagesOf, type BrochureModel, type KeyFigure } from './model.js';
import { brochureJob } from './context.js';
import { bromollaConfig, bromollaUnit, klippanConfig, klippanUnit, project, region } from './test-helpers/brochure-data.js';

const bromolla = (): BrochureModel => brochureModel({ unit: bromollaUnit(), municipality: bromollaConfig, region, project, minCount: 0 });
const klippan = (): BrochureModel => brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 0 });

describe('key figures', () => {
  it('are chosen by the data the municipality has: Bromölla has participants, KAA and grades but no outcomes or dropouts', () => {
    const m = bromolla();
    // The cover's order (participants, studies or work, grades, KAA), whatever the body's order.
    expect(m.keyFigures.map((k) => k.id)).toEqual(['participants', 'grades', 'kaa-contact']);
    const byId = Object.fromEntries(m.keyFigures.map((k) => [k.id, k]));
    expect(byId['participants']).toMatchObject({ value: '193', women: 'Kvinnor 96', men: 'Män 97' });
    expect(byId['kaa-contact']).toMatchObject({
      value: '99\u00A0%',
      base: '102 av 103',
      women: 'Kvinnor 98\u00A0%',
      men: 'Män 100\u00A0%',
    });
    expect(byId['grades']).toMatchObject({ value: '92\u00A0%', base: '95 av 103', caption: 'höjde eller behöll sitt meritvärde' });
    // Three indicator figures: the reported baseline is left to the body.
    expect(byId['baseline']).toBeUndefined();
    expect(m.baselines).toEqual([{ value: 'cirka 1\u202F000', label: 'elever på skolan', period: null }]);
  });

  it('never show an indicator without data as zero: Klippan has no grades and no KAA', () => {
    const m = klippan();
    expect(m.results.map((r) => r.id)).toEqual(['participants', 'dropouts']);
    const text = JSON.stringify(m);
    expect(text).not.toMatch(/meritvärde|KAA-listan|aktivitetsansvaret \(KAA\)/);
    expect(m.results.every((r) => r.chart === null || r.chart.kind === 'horizontalBars')).toBe(true);
  });

  it('never set the dropout rate on the cover, though the body tells it (Klippan 1 of 24)', () => {
    const m = klippan();
    expect(m.keyFigures.map((k) => k.id)).not.toContain('dropouts');
    expect(m.results.find((r) => r.id === 'dropouts')?.lead).toContain('1 av 24 deltagare');
  });

  it('reach three with descriptive figures that count no one: Klippan has participants, one workshop, one target group', () => {
    const m = klippan();
    expect(m.keyFigures.map((k) => [k.id, k.value, k.caption])).toEqual([
      ['participants', '24', 'ungdomar deltog i projektet'],
      ['workshops', '1', 'lokal projektverkstad'],
      ['target-groups', '1', 'av projektets tre målgrupper fick stöd'],
    ]);
    expect(m.keyFigures.slice(1).every((k) => k.counts.length === 0 && k.women === null)).toBe(true);
  });

  it('take the baseline before the descriptive figures, and the start year last', () => {
    const config = {
      ...klippanConfig,
      started: '2015-08-24',
      baseline: [{ label: 'elever före projektet', value: 40, approximate: true }],
    };
    const m = brochureModel({ unit: klippanUnit(), municipality: config, region, project, minCount: 30 });
    // N = 30: the 24 participants are no headline; the reported 40 is.
    expect(m.keyFigures.map((k) => k.id)).toEqual(['baseline', 'workshops', 'target-groups']);
    expect(m.keyFigures[0]).toMatchObject({ value: '40', qualifier: 'cirka', note: 'Uppgift från kommunen' });
    const bare = brochureModel({ unit: klippanUnit(), municipality: { ...config, baseline: [] }, region, project, minCount: 30 });
    expect(bare.keyFigures.map((k) => [k.id, k.value])).toEqual([
      ['workshops', '1'],
      ['target-groups', '1'],
      ['started', '2015'],
    ]);
  });

  it('split every computed key figure by women and men', () => {
    for (const m of [bromolla(), klippan()]) {
      for (const k of m.keyFigures.filter((kf) => kf.counts.length > 0 && kf.id !== 'baseline')) {
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

  it('a higher N leaves only what clears it; a small reported figure is no headline either', () => {
    const withBaseline = { ...klippanConfig, baseline: [{ label: 'elever före projektet', value: 3 }] };
    // 11 women and 13 men took part.
    const m = brochureModel({ unit: klippanUnit(), municipality: withBaseline, region, project, minCount: 11 });
    expect(m.keyFigures.map((k) => k.id)).toEqual(['participants', 'workshops', 'target-groups']);
    expect(m.keyFigures.find((k) => k.id === 'participants')?.value).toBe('24');
    const higher = brochureModel({ unit: klippanUnit(), municipality: withBaseline, region, project, minCount: 12 });
    expect(higher.keyFigures.map((k) => k.id)).toEqual(['workshops', 'target-groups']);
    expect(m.baselines).toHaveLength(1);
  });

  it('leaves out a figure whose gender split is hidden, though its value is shown', () => {
    // Hidden by hand (null), so the test does not depend on how disclosure control picks its cells.
    const unit: Unit<number | null> = bromollaUnit();
    unit.figures.grades!.raisedOrKept.numerator.women = null;
    unit.figures.grades!.raisedOrKept.numerator.men = null;
    const m = brochureModel({ unit, municipality: bromollaConfig, region, project, minCount: 5 });
    // kaa-contact is out too: the few on the list not reached are a small gap under the whole.
    expect(m.keyFigures.map((k) => k.id)).toEqual(['participants', 'baseline', 'workshops']);
    expect(JSON.stringify(m.keyFigures.map(({ counts: _, ...shown }) => shown))).not.toContain('..');
  });
});

describe('results', () => {
  it('tell no sentence made of hidden figures: Klippan at N = 5 has its dropout lead replaced, not printed as ".."', async () => {
    const m = brochureModel({ unit: await suppressedUnit(klippanUnit(), 5), municipality: klippanConfig, region, project, minCount: 5 });
    const leads = m.results.map((r) => r.lead);
    expect(leads.filter((lead) => /(?<!\.)\.\.(?!\.)/.test(lead))).toEqual([]);
    expect(m.results.find((r) => r.id === 'dropouts')?.lead).toBe(
      'Siffrorna berättas inte här i detalj, eftersom de gäller så få personer att någon skulle kunna kännas igen.',
    );
    expect(m.results.find((r) => r.id === 'participants')?.lead).toContain('24');
  });

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

  it('draws the KAA steps and the grade change full width, the KAA steps by women and men like every bar chart', () => {
    const m = bromolla();
    expect(m.results.map((r) => r.chart?.kind ?? null)).toEqual([null, 'kaaFunnel', 'stacked100']);
    // Full width: a half-width stacked bar had no room for the "Sänkt" labels (issue 13).
    expect(m.results.filter((r) => r.chart?.half)).toHaveLength(0);
    const kaa = m.results.find((r) => r.id === 'kaa')!.chart!;
    expect(kaa.kind === 'kaaFunnel' && kaa.input.series).toBe('gender');
    expect(m.charted).toBe(true);
  });

  it('splits every bar chart by gender in every layout', () => {
    const unit = klippanUnit();
    for (const layout of ['short', 'normal', 'compact', 'tight'] as const) {
      const m = brochureModel({ unit, municipality: klippanConfig, region, project, minCount: 0, layout });
      for (const r of m.results) if (r.chart?.kind === 'horizontalBars') expect(r.chart.input.series, layout).toBe('gender');
    }
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
  it('starts short (two pages) when there is little to say: no interview and no chart', () => {
    const plain = { ...klippanConfig };
    delete plain.interview;
    const m = brochureModel({ unit: klippanUnit(), municipality: plain, region, project, minCount: 0 });
    expect(m.layout).toBe('short');
    expect(m.pages).toBe(2);
    // Bromölla has an interview and charts: four pages.
    expect(bromolla()).toMatchObject({ layout: 'normal', pages: 4, short: false });
  });

  it('keeps every figure in every layout', () => {
    const normal = brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 0, layout: 'normal' });
    const tight = brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 0, layout: 'tight' });
    expect(tight.results.map((r) => r.rows)).toEqual(normal.results.map((r) => r.rows));
    expect(tight.keyFigures).toEqual(normal.keyFigures);
    expect(tight).toMatchObject({ tight: true, compact: true });
  });

  it('in the tight layout, moves "Det här lever vidare" to the page before, whose closing panel has room', async () => {
    const withImplementation = {
      ...bromollaConfig,
      narrative: { ...bromollaConfig.narrative, implementation: 'Arbetet lever vidare i skolan.' },
    };
    const page = async (layout: 'normal' | 'tight') => {
      const m = brochureModel({ unit: bromollaUnit(), municipality: withImplementation, region, project, minCount: 0, layout });
      const html = renderHtml(await brochureJob(m, '/tmp/never-written.pdf'));
      const results = html.slice(html.indexOf('class="bro-page bro-results"'));
      return { did: html.slice(html.indexOf('class="bro-page bro-did"'), html.indexOf('class="bro-page bro-results"')), results };
    };
    const normal = await page('normal');
    expect(normal.results).toContain('Arbetet lever vidare i skolan.');
    expect(normal.did).not.toContain('Arbetet lever vidare i skolan.');
    const tight = await page('tight');
    expect(tight.did).toContain('Arbetet lever vidare i skolan.');
    expect(tight.results).not.toContain('Arbetet lever vidare i skolan.');
    // The results page gives its closing panel to the charts, which scale to what is left.
    const resultsPage = (html: string) => html.slice(0, html.indexOf('</main>'));
    expect(resultsPage(normal.results)).toContain('class="bro-fill"');
    expect(resultsPage(tight.results)).not.toContain('class="bro-fill"');
  });

  it('reprints short → normal → compact → tight, then gives up; the page count each allows', () => {
    expect(nextLayout('short')).toBe('normal');
    expect(nextLayout('normal')).toBe('compact');
    expect(nextLayout('compact')).toBe('tight');
    expect(nextLayout('tight')).toBeNull();
    expect([pagesOf('short'), pagesOf('normal'), pagesOf('compact'), pagesOf('tight')]).toEqual([2, 4, 4, 4]);
  });
});
