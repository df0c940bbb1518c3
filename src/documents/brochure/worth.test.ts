// The brochure's panel "Vad är det värt?" with the sample estimates: one figure (break-even k), one
// sentence (without N when hidden), the pointer to the region's report and the sources; nothing at
// all without an estimate.
import { describe, expect, it } from 'vitest';
import type { EconomicEstimate } from '../../economics/index.js';
import {
  SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE,
  SAMPLE_NO_COST_ESTIMATE,
  SAMPLE_REGION_ESTIMATE,
} from '../../economics/test-helpers/sample-estimate.js';
import { renderHtml } from '../../html/render.js';
import { brochureJob } from './context.js';
import { type BrochureLayout, brochureModel } from './model.js';
import { bromollaConfig, bromollaUnit, klippanConfig, klippanUnit, project, region } from './test-helpers/brochure-data.js';

async function html(economics: EconomicEstimate, layout: BrochureLayout | 'auto' = 'auto', short = false): Promise<string> {
  const model = short
    ? brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 0, economics, layout })
    : brochureModel({ unit: bromollaUnit(), municipality: bromollaConfig, region, project, minCount: 0, economics, layout });
  const text = renderHtml(await brochureJob(model, '/tmp/never-written.pdf'));
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

/** The panel's visible text, tags out. */
function panel(page: string): string {
  const m = /<section class="bro-worth"[\s\S]*?<\/section>/.exec(page);
  expect(m, 'the panel').not.toBeNull();
  return m![0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the brochure panel "Vad är det värt?"', () => {
  it('sets break-even k large with its sentence, the pointer to the regional report and the sources', async () => {
    const text = panel(await html(SAMPLE_REGION_ESTIMATE));
    expect(text).toMatch(
      /^Vad är det värt\? 7 Projektet betalar sig om 7 av de 212 deltagare som gick vidare till studier eller arbete annars hade stått utanför arbete och studier i 5 år\./,
    );
    expect(text).toContain(
      'Beräkningen och antagandena står i den regionala slutrapporten för Skåne, i kapitlet Samhällsekonomisk bedömning.',
    );
    // The sources of the assumptions the lead valuation uses, not those of the others (Nilsson & Wadeskog: lifetime).
    expect(text).toContain(
      'Källor: Kommunförbundet Skåne (2015), Trafikverket (2016), Kommunförbundet Skåne (2017) och Extern utvärderare (2018).',
    );
    expect(text).not.toContain('Wadeskog');
    expect(text).toContain('Kostnaderna är syntetiska');
  });

  it('drops N when disclosure control hides it, and prints no ".."', async () => {
    const text = panel(await html(SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE));
    expect(text).toContain('Projektet betalar sig om 1 av deltagarna som gick vidare till studier eller arbete annars hade stått utanför');
    expect(text).not.toMatch(/av de \d|\.\./);
  });

  it('is left out, with nothing in its place, when there is no estimate', async () => {
    const page = await html(SAMPLE_NO_COST_ESTIMATE);
    expect(page).not.toContain('class="bro-worth');
    expect(page).not.toContain('id="bro-worth"');
    expect(
      brochureModel({ unit: klippanUnit(), municipality: klippanConfig, region, project, minCount: 0, economics: SAMPLE_NO_COST_ESTIMATE })
        .worth,
    ).toBeNull();
  });

  it('is in the room the "what we did" page leaves in the four-page layouts, and in the results column of the short one', async () => {
    for (const layout of ['normal', 'tight'] as const) {
      const page = await html(SAMPLE_REGION_ESTIMATE, layout);
      const at = page.indexOf('class="bro-worth"');
      expect(at).toBeGreaterThan(page.indexOf('id="bro-did"'));
      expect(at).toBeGreaterThan(page.lastIndexOf('class="bro-fill"', at));
      expect(at).toBeLessThan(page.indexOf('id="bro-results"'));
    }
    const short = await html(SAMPLE_REGION_ESTIMATE, 'auto', true);
    expect(short).toContain('bro-short');
    expect(panel(short)).toContain('Projektet betalar sig om 7 av de 212');
  });
});
