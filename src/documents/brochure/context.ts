// Turns the brochure's view model into the template context (charts drawn as SVG) and a RenderJob
// for the shared PDF engine. Kept apart from brochure-model.ts so the model stays synchronous and
// free of vega.
import type { RenderJob } from '../../pdf/api.js';
import { horizontalBars, kaaFunnel, stacked100, type Chart } from '../../charts/draw.js';
import { trusted, type TrustedHtml } from '../../html/handlebars.js';
import type { BrochureModel, ChartSpec } from './model.js';

export interface DrawnChart {
  caption: string;
  /** Drawn half the column wide, beside another half chart. */
  half: boolean;
  alt: string;
  svg: TrustedHtml;
}

export function drawChart(spec: ChartSpec): Promise<Chart> {
  switch (spec.kind) {
    case 'horizontalBars':
      return horizontalBars(spec.input);
    case 'kaaFunnel':
      return kaaFunnel(spec.input);
    case 'stacked100':
      return stacked100(spec.input);
  }
}

/** The context templates/brochure.hbs renders: the model with each chart drawn. */
export async function brochureContext(model: BrochureModel): Promise<Record<string, unknown>> {
  const results = [];
  for (const section of model.results) {
    let chart: DrawnChart | null = null;
    if (section.chart) {
      const drawn = await drawChart(section.chart);
      chart = { caption: section.chart.caption, half: section.chart.half, alt: drawn.alt, svg: trusted(drawn.svg) };
    }
    results.push({ ...section, chart });
  }
  // The photo's data: URL is inserted raw (our own base64 of checked bytes): the personnummer mask
  // of the render context must never touch it, and a long base64 string could look like one.
  const photo = model.photo ? { ...model.photo, src: trusted(model.photo.dataUrl), dataUrl: undefined } : null;
  return { ...model, results, photo };
}

/** The print job of one brochure. */
export async function brochureJob(model: BrochureModel, outFile: string): Promise<RenderJob> {
  return {
    template: 'brochure',
    context: await brochureContext(model),
    meta: model.meta,
    outFile,
    date: new Date(`${model.date}T00:00:00Z`),
  };
}
