// Chart blocks for the reports, drawn by ../charts.ts (vega → static SVG in Node). Each chart
// is numbered ("Figur 3."), captioned, and carries a one-line text alternative.
import type { Count, GradeFigures, KaaFigures, OutcomeFigures, Ratio } from '../../indicators/types.js';
import type { ChartSpec } from '../../indicators/chart.js';
import type { RowLabel } from '../../indicators/table.js';
import { outcomeChart } from '../../indicators/outcomes/chart.js';
import { gradeChart } from '../../indicators/grades/chart.js';
import { kaaChart as kaaChartSpec } from '../../indicators/kaa/chart.js';
import { CHANGE_COLOURS, groupedBars, horizontalBars, kaaFunnel, stacked100, type Chart } from '../../charts/draw.js';
import { formatList, percentValue } from '../../html/format.js';
import { trusted } from '../../html/handlebars.js';
import type { Block, DocumentBuilder } from './document.js';
import { label } from './labels.js';
import type { Cell } from './tables.js';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

function cells(c: Count<Cell>) {
  return { women: c.women, men: c.men, total: c.total };
}

function percentCells(r: Ratio<Cell>) {
  const p = (g: 'women' | 'men' | 'total') => percentValue(r.numerator[g], r.denominator[g]);
  return { women: p('women'), men: p('men'), total: p('total') };
}

/** A drawn chart and, when it leaves categories out, the note under it that names them. */
export type NotedChart = Chart & { note?: string };

export function chartBlock(doc: DocumentBuilder, caption: string, chart: NotedChart, source: string): ChartBlock {
  const note = chart.note ? { note: chart.note } : {};
  return { kind: 'chart', number: doc.nextFigureNumber(), caption, svg: trusted(chart.svg), alt: chart.alt, source, ...note };
}

const chartLabel = (l: RowLabel) => ('key' in l ? label(l.key) : l.text);

type BarCategorySpec = Extract<ChartSpec, { kind: 'bars' }>['categories'][number];
/** A category with nothing to draw: both its bars (women, men) hidden by disclosure control. */
const allHidden = (c: BarCategorySpec) => c.count.women === null && c.count.men === null;

/**
 * Draws an indicator's chart (built in its folder, src/indicators/<name>/chart.ts); null when it has none.
 * A bar chart leaves out the categories whose every bar is hidden and names them in a note: with
 * disclosure control on, most outcome categories are "..", and a chart of rows of ".." filled most
 * of a page with white (issue 13, Skåne p7) while its table above already shows them.
 */
export async function indicatorChart(spec: ChartSpec | null, title: string): Promise<NotedChart | null> {
  if (!spec) return null;
  if (spec.kind === 'bars') {
    const shown = spec.categories.filter((c) => !allHidden(c));
    if (shown.length === 0) return null;
    const left = spec.categories.filter(allHidden).map((c) => chartLabel(c.label));
    const chart = await horizontalBars({
      title,
      categories: shown.map((c) => ({ label: chartLabel(c.label), ...cells(c.count) })),
      series: 'gender',
    });
    return left.length === 0 ? chart : { ...chart, note: label('report.notes.chartHiddenCategories', { categories: formatList(left) }) };
  }
  if (spec.kind === 'parts-of-whole') {
    const rows = (['women', 'men', 'total'] as const).map((k) => ({
      label: label(`common.${k}`),
      values: spec.parts.map((p) => p.count[k]),
    }));
    return stacked100({ title, parts: spec.parts.map((p) => ({ label: chartLabel(p.label), colour: CHANGE_COLOURS[p.tone] })), rows });
  }
  return kaaFunnel({ title, series: 'gender+total', steps: spec.steps.map((s) => ({ label: chartLabel(s.label), ...cells(s.count) })) });
}

export const outcomesChart = (o: OutcomeFigures<Cell>, title: string) => indicatorChart(outcomeChart(o), title);
export const gradesChart = (g: GradeFigures<Cell>, title: string) => indicatorChart(gradeChart(g), title);
export const kaaChart = (k: KaaFigures<Cell>, title: string) => indicatorChart(kaaChartSpec(k), title);

/** Persons per unit (municipalities of a region, regions of the nation), women and men. */
export async function unitsChart(title: string, units: Array<{ name: string; count: Count<Cell> }>): Promise<Chart | null> {
  if (units.length === 0) return null;
  return groupedBars({ title, groups: units.map((u) => ({ label: u.name, ...cells(u.count) })), series: 'gender' });
}

/** A share per unit in percent (e.g. in education or work), women, men and total. */
export async function unitSharesChart(title: string, units: Array<{ name: string; ratio: Ratio<Cell> }>): Promise<Chart | null> {
  // A chart whose every bar is hidden by disclosure control shows nothing; its table says it all.
  const shown = units.some((u) => Object.values(percentCells(u.ratio)).some((v) => v !== null));
  if (!shown) return null;
  return groupedBars({
    title,
    groups: units.map((u) => ({ label: u.name, ...percentCells(u.ratio) })),
    series: 'gender+total',
    format: 'percent',
  });
}
