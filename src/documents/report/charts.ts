// Chart blocks for the reports, drawn by ../charts.ts (vega → static SVG in Node). Each chart
// is numbered ("Figur 3."), captioned, and carries a one-line text alternative.
import { DROPOUT_REASONS, DROPOUT_REASON_LABELS, OUTCOME_CODES, OUTCOMES } from '../../schema/codes.js';
import type { Count, DropoutFigures, GradeFigures, KaaFigures, OutcomeFigures, Ratio } from '../../indicators/types.js';
import { CHANGE_COLOURS, groupedBars, horizontalBars, kaaFunnel, stacked100, type Chart } from '../../charts/draw.js';
import { percentValue } from '../../html/format.js';
import { trusted } from '../../html/handlebars.js';
import type { Block, DocumentBuilder } from './document.js';
import { label } from './labels.js';
import { isNonZero, type Cell } from './tables.js';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

function cells(c: Count<Cell>) {
  return { women: c.women, men: c.men, total: c.total };
}

function percentCells(r: Ratio<Cell>) {
  const p = (g: 'women' | 'men' | 'total') => percentValue(r.numerator[g], r.denominator[g]);
  return { women: p('women'), men: p('men'), total: p('total') };
}

export function chartBlock(doc: DocumentBuilder, caption: string, chart: Chart, source: string): ChartBlock {
  return { kind: 'chart', number: doc.nextFigureNumber(), caption, svg: trusted(chart.svg), alt: chart.alt, source };
}

export async function outcomesChart(o: OutcomeFigures<Cell>, title: string): Promise<Chart | null> {
  const categories = OUTCOME_CODES.filter((c) => isNonZero(o.byCode[c])).map((c) => ({ label: OUTCOMES[c].label, ...cells(o.byCode[c]) }));
  if (categories.length === 0) return null;
  return horizontalBars({ title, categories, series: 'gender' });
}

export async function dropoutReasonsChart(d: DropoutFigures<Cell>, title: string): Promise<Chart | null> {
  const categories = DROPOUT_REASONS.filter((r) => isNonZero(d.byReason[r])).map((r) => ({ label: DROPOUT_REASON_LABELS[r], ...cells(d.byReason[r]) }));
  if (categories.length === 0) return null;
  return horizontalBars({ title, categories, series: 'gender' });
}

export async function gradesChart(g: GradeFigures<Cell>, title: string): Promise<Chart | null> {
  if (g.measurable.total === 0) return null;
  const rows = (['women', 'men', 'total'] as const).map((k) => ({
    label: label(`common.${k}`),
    values: [g.raised[k], g.kept[k], g.lowered[k]],
  }));
  return stacked100({
    title,
    parts: [
      { label: label('rows.raised'), colour: CHANGE_COLOURS.raised },
      { label: label('rows.kept'), colour: CHANGE_COLOURS.kept },
      { label: label('rows.lowered'), colour: CHANGE_COLOURS.lowered },
    ],
    rows,
  });
}

export async function kaaChart(k: KaaFigures<Cell>, title: string): Promise<Chart | null> {
  if (k.listed.total === 0) return null;
  return kaaFunnel({
    title,
    series: 'gender+total',
    steps: [
      { label: label('rows.kaaListed'), ...cells(k.listed) },
      { label: label('rows.kaaContacted'), ...cells(k.contacted) },
      { label: label('rows.kaaInInterventions'), ...cells(k.inInterventions) },
    ],
  });
}

/** Persons per unit (municipalities of a region, regions of the nation), women and men. */
export async function unitsChart(title: string, units: Array<{ name: string; count: Count<Cell> }>): Promise<Chart | null> {
  if (units.length === 0) return null;
  return groupedBars({ title, groups: units.map((u) => ({ label: u.name, ...cells(u.count) })), series: 'gender' });
}

/** A share per unit in percent (e.g. in education or work), women, men and total. */
export async function unitSharesChart(title: string, units: Array<{ name: string; ratio: Ratio<Cell> }>): Promise<Chart | null> {
  if (units.length === 0) return null;
  return groupedBars({ title, groups: units.map((u) => ({ label: u.name, ...percentCells(u.ratio) })), series: 'gender+total', format: 'percent' });
}
