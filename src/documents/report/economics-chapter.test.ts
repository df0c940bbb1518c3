// The chapter "Samhällsekonomisk bedömning" rendered to HTML with the sample estimates of
// src/economics/test-helpers: placed after the results, break-even first with its working, the
// scenario table, the tornado chart as one figure, the assumptions with their sources; N never
// printed when hidden; without cost data one short note and no figure at all.
import { describe, expect, it } from 'vitest';
import type { EconomicEstimate } from '../../economics/index.js';
import {
  SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE,
  SAMPLE_NATION_ESTIMATE,
  SAMPLE_NO_COST_ESTIMATE,
  SAMPLE_REGION_ESTIMATE,
} from '../../economics/test-helpers/sample-estimate.js';
import { renderHtml } from '../../html/render.js';
import { c, figures, municipality, project, region, unit } from '../test-helpers/units.js';
import { nationalReport } from './national.js';
import { regionalReport } from './regional.js';

async function regionalHtml(economics: EconomicEstimate): Promise<string> {
  const f = figures({ persons: c(40, 50) });
  const skane = unit('region', 'skane', 'Skåne', f, [unit('municipality', 'bromolla', 'Bromölla', f)]);
  const view = await regionalReport({
    project,
    region: region(),
    municipalities: [municipality()],
    unit: skane,
    validation: { files: 3, rows: 100, errors: 0, warnings: [] },
    suppress: 5,
    economics,
  });
  return renderHtml({ template: 'regional-report', ...view, outFile: '/tmp/never-written.pdf', toc: true });
}

/** The visible text of the economics chapter (tags out, entities and spaces plain). */
function chapterText(html: string): string {
  const start = html.indexOf('Samhällsekonomisk bedömning</h1>');
  expect(start, 'the chapter').toBeGreaterThan(-1);
  const end = html.indexOf('<h1', start);
  return html
    .slice(start, end)
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the economics chapter of the regional report', () => {
  it('comes after the results of the municipalities and before dissemination and the appendix', async () => {
    const html = await regionalHtml(SAMPLE_REGION_ESTIMATE);
    const order = [
      'De lokala projektverkstäderna</h1>',
      'Samhällsekonomisk bedömning</h1>',
      'Spridning och påverkan</h1>',
      'Metod och definitioner</h1>',
    ].map((h) => html.indexOf(h));
    expect(order.every((i) => i > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/<h2 id="avsnitt-5-1">5\.1&ensp;Så har vi räknat<\/h2>/);
  });

  it('leads with break-even for each valuation, with the division that gives k', async () => {
    const text = chapterText(await regionalHtml(SAMPLE_REGION_ESTIMATE));
    const breakEven =
      'Projektet betalar sig om 7 av de 212 deltagare som gick vidare till studier eller arbete annars hade stått utanför arbete och studier i 5 år.';
    expect(text).toContain(breakEven);
    expect(text).toContain('kostar samhället 1 139 349 kr i nuvärde: 252 345 kr per år, diskonterat med 3,5 % per år');
    expect(text).toContain('Kostnad 7,0 mnkr: 4,2 mnkr i stöd från Europeiska socialfonden och 2,8 mnkr i egen finansiering');
    expect(text).toContain('Projektet kostade 7 000 000 kr. 7 000 000 kr delat med 1 139 349 kr, avrundat uppåt, ger 7.');
    // An amount whose source states no price level says so wherever it is printed.
    expect(text).toContain(
      'kosta samhället mellan 10 000 000 kr och 15 000 000 kr (källans prisnivå) under sitt vuxna liv. Bedömningen räknar med 12 500 000 kr (källans prisnivå).',
    );
    expect(text).toContain(
      'Projektet betalar sig om 7 av de 37 deltagare som blev behöriga till ett yrkesprogram annars inte hade blivit det.',
    );
    expect(text).toContain(
      'Projektet betalar sig om 1 av de 212 deltagare som gick vidare till studier eller arbete annars aldrig hade kommit in',
    );
    // Break-even comes before the examples and the chart.
    expect(text.indexOf(breakEven)).toBeLessThan(text.indexOf('Räkneexempel med låga, centrala och höga antaganden'));
  });

  it('gives the low, central and high examples with the deadweight applied, in one price year', async () => {
    const text = chapterText(await regionalHtml(SAMPLE_REGION_ESTIMATE));
    expect(text).toContain('Räkneexempel med låga, centrala och höga antaganden, Skåne (2016 års priser)');
    expect(text).toContain('Dödvikt (hade kommit vidare ändå) 70 % 50 % 30 %');
    expect(text).toContain('Värde av utfallen 23,9 mnkr 120,8 mnkr 425,6 mnkr');
    expect(text).toContain('Netto (värde minus kostnad) 16,9 mnkr 113,8 mnkr 418,6 mnkr');
    expect(text).toContain('Netto (värde minus kostnad) −1,4 mnkr 11,5 mnkr 44,8 mnkr');
    expect(text).toContain('Värde per satsad krona 3,4 17,3 60,8');
    // The lifetime cost gives break-even only (econ's rule): no row of its own, and the chapter says why.
    expect(text).not.toContain('värderat med kostnaden under det vuxna livet');
    expect(text).toContain('Kostnaden under det vuxna livet används bara för break-even ovan');
    expect(text).toContain('Belopp med känt prisår är i 2016 års priser; belopp från andra år är omräknade med konsumentprisindex (KPI).');
  });

  it('draws the sensitivity of the net as one figure, its text alternative without ".."', async () => {
    const html = await regionalHtml(SAMPLE_REGION_ESTIMATE);
    const chapter = html.slice(html.indexOf('Samhällsekonomisk bedömning</h1>'), html.indexOf('Spridning och påverkan</h1>'));
    const figures = [...chapter.matchAll(/<svg[^>]*role="img"[^>]*aria-label="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatch(/^Nettot med ett antagande i taget lågt eller högt, år utanför arbete och studier, Skåne\. Centralt 113,8/);
    expect(figures[0]).toContain('År utanför: 2 år ger 43,8 mnkr, 10 år ger 215,5 mnkr.');
    expect(figures[0]).not.toContain('..');
    expect(chapterText(html)).toContain('Mest betyder år utanför.');
  });

  it('lists each assumption with value, low, high, unit, price year and a numbered source, and prints the sources', async () => {
    const text = chapterText(await regionalHtml(SAMPLE_REGION_ESTIMATE));
    expect(text).toContain('Årlig kostnad för en ung person utanför arbete och studier 252 345 kr 201 876 kr 302 813 kr kr per år 2016 1');
    expect(text).toContain('Årlig kostnad: 250 000 kr i 2014 års priser, omräknat till 2016 års priser med konsumentprisindex (KPI).');
    expect(text).toContain('10 000 000 kr 15 000 000 kr kr källans prisnivå 2');
    expect(text).toContain('Diskonteringsränta 3,5 % 1 % 5 % per år – 3');
    expect(text).toContain(
      '[2] Ingvar Nilsson och Anders Wadeskog (SEE AB) (u.å.): Är du lönsam lille vän? En socioekonomisk analys av unga, skolmisslyckanden och arbetsmarknaden, s. 1 (sammanfattningen). http://docplayer.se/173502-Ar-du-lonsam-lille-van.html',
    );
    expect(text).toContain('[1] Kommunförbundet Skåne (2015): Kostnader för unga utanför arbete och studier (exempel)');
    expect(text).toContain('Observera: kostnaderna är syntetiska');
    // The synthetic cost's own note would say the same again.
    expect(text).not.toContain('Om kostnaden');
    expect(text).toContain('Räkneexemplen drar sedan av en andel som antas ha kommit vidare ändå (dödvikt).');
  });

  it('drops N from every sentence when disclosure control hides it, and charts break-even instead of the net', async () => {
    const html = await regionalHtml(SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE);
    const text = chapterText(html);
    expect(text).toContain(
      'Projektet betalar sig om 1 av deltagarna som gick vidare till studier eller arbete annars hade stått utanför arbete och studier i 5 år.',
    );
    expect(text).not.toMatch(/av de (\d|\.\.)/);
    expect(text).toContain('antalet deltagare som gick vidare till studier eller arbete visas inte');
    // In the table a hidden amount is "..", explained under it; never a number.
    expect(text).toContain('Värde av utfallen .. .. ..');
    expect(text).toContain('Uppgiften visas inte');
    const alt = /<svg[^>]*role="img"[^>]*aria-label="(Deltagare som behövs[^"]*)"/.exec(html)?.[1];
    expect(alt).toContain('År utanför: 2 år ger 3 personer, 10 år ger 1 person.');
    expect(alt).not.toMatch(/mnkr|\.\./);
  });

  it('says when k exceeds the count: the outcome alone does not pay for the project', async () => {
    const v = SAMPLE_REGION_ESTIMATE.valuations[0]!;
    const few: EconomicEstimate = {
      ...SAMPLE_REGION_ESTIMATE,
      valuations: [{ ...v, count: 5, breakEven: { ...v.breakEven, withinCount: false } }],
    };
    const text = chapterText(await regionalHtml(few));
    expect(text).toContain(
      'Projektet betalar sig om det leder till att 7 unga som annars hade stått utanför arbete och studier i 5 år i stället går till arbete eller studier.',
    );
    expect(text).not.toContain('7 av de 5 deltagare');
    expect(text).toContain('Det är fler än de 5 som räknas här: med dessa antaganden räcker det utfallet inte ensamt');
  });

  it('leaves out the examples and the chart, saying why once, when no deadweight is given', async () => {
    const withoutDeadweight: EconomicEstimate = {
      ...SAMPLE_REGION_ESTIMATE,
      assumptions: SAMPLE_REGION_ESTIMATE.assumptions.filter((a) => a.key !== 'deadweight'),
      valuations: SAMPLE_REGION_ESTIMATE.valuations.map((v) => ({ ...v, scenarios: null, sensitivity: null })),
    };
    const html = await regionalHtml(withoutDeadweight);
    const text = chapterText(html);
    expect(text).toContain('Projektet betalar sig om 7 av de 212 deltagare');
    expect(text.match(/kräver ett antagande om dödvikt/g)).toHaveLength(1);
    expect(text).not.toContain('Räkneexemplen drar sedan av');
    expect(text).not.toMatch(/Räkneexempel med|Vilket antagande betyder mest/);
    // The assumptions follow break-even directly, numbered on.
    expect(html).toMatch(/5\.3&ensp;Antaganden och källor/);
    const chapter = html.slice(html.indexOf('Samhällsekonomisk bedömning</h1>'), html.indexOf('Spridning och påverkan</h1>'));
    expect(chapter).not.toContain('<svg');
  });

  it('with the lifetime valuation alone, says that it gives break-even only, not that a deadweight is missing', async () => {
    const lifetimeOnly: EconomicEstimate = {
      ...SAMPLE_REGION_ESTIMATE,
      valuations: SAMPLE_REGION_ESTIMATE.valuations.filter((v) => v.method === 'lifetime'),
    };
    const text = chapterText(await regionalHtml(lifetimeOnly));
    expect(text).toContain(
      'Projektet betalar sig om 1 av de 212 deltagare som gick vidare till studier eller arbete annars aldrig hade kommit in',
    );
    expect(text).toContain('Kostnaden under det vuxna livet används bara för break-even:');
    expect(text).not.toMatch(/kräver ett antagande om dödvikt|Räkneexempel med|Räkneexemplen drar/);
  });

  it('says in one short paragraph that the cost is missing, and prints no figure, table or amount', async () => {
    const html = await regionalHtml(SAMPLE_NO_COST_ESTIMATE);
    const chapter = html.slice(html.indexOf('Samhällsekonomisk bedömning</h1>'), html.indexOf('Spridning och påverkan</h1>'));
    expect(chapterText(html).trim()).toBe(
      'Samhällsekonomisk bedömning En samhällsekonomisk bedömning kräver uppgifter om vad insatsen kostade: stödet från Europeiska socialfonden och den egna finansieringen, med prisår. Sådana uppgifter saknas för Skåne, så bedömningen är utelämnad. Inga belopp har uppskattats i stället.',
    );
    expect(chapter).not.toMatch(/<table|<svg|<h2/);
  });
});

describe('the economics chapter of the national report', () => {
  it("comes after the regions and before the lessons, with the nation's break-even", async () => {
    const f = figures({ persons: c(40, 50) });
    const skane = unit('region', 'skane', 'Skåne', f, [unit('municipality', 'bromolla', 'Bromölla', f)]);
    const view = await nationalReport({
      project,
      regions: [{ config: region(), municipalities: [municipality()] }] as never,
      unit: unit('nation', 'nation', 'Hela projektet', f, [skane]),
      validation: { files: 3, rows: 100, errors: 0, warnings: [] },
      suppress: 5,
      economics: SAMPLE_NATION_ESTIMATE,
    });
    const html = renderHtml({ template: 'national-report', ...view, outFile: '/tmp/never-written.pdf', toc: true });
    const at = (h: string) => html.indexOf(h);
    expect(at('Regionerna</h1>')).toBeLessThan(at('Samhällsekonomisk bedömning</h1>'));
    expect(at('Samhällsekonomisk bedömning</h1>')).toBeLessThan(at('Spridning och lärdomar</h1>'));
    expect(chapterText(html)).toContain('Projektet betalar sig om 47 av de 1 460 deltagare som gick vidare till studier eller arbete');
  });
});
