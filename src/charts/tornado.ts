// The sensitivity (tornado) chart: for each assumption, one bar from the result with that
// assumption at its low value to the result at its high value (the others central), around a line
// at the central result. Rows are sorted by their span, widest first, so the assumption that moves
// the result most is on top: what a reader asks of the chart.
//
// The chart knows no economics: the caller gives the rows' names, the results as numbers (for the
// geometry) and as printed text (for the labels), and the legend's words, all from its copy. Every
// label is drawn: the x domain is widened until the longest end label fits beside its bar, and the
// left padding holds the longest name. Greyscale: the two sides differ in lightness
// (SENSITIVITY_COLOURS) and each end label names the assumption's value, so no colour is needed
// to read it.
import type { Chart } from './chart.js';
import { CHART_WIDTH, renderCached, textWidth } from './draw.js';
import { SENSITIVITY_COLOURS } from './palette.js';
import { tornadoSpec } from './tornado-spec.js';
import { maskStrings } from '../util/mask-deep.js';

export interface TornadoEnd {
  /** The result with the assumption at this value (e.g. the net value in kronor). */
  value: number;
  /** The end's label as printed, e.g. "2 %: 3,1 mnkr". */
  label: string;
}

export interface TornadoRow {
  /** The assumption's name, e.g. "Diskonteringsränta". Unique within a chart. */
  name: string;
  low: TornadoEnd;
  high: TornadoEnd;
}

export interface TornadoInput {
  /** Short title, the SVG's <title>. */
  title: string;
  /** The central result, where every bar starts, and its label above the line. */
  base: { value: number; label: string };
  rows: TornadoRow[];
  /** The legend's words for the low and the high value of an assumption. */
  legend: { low: string; high: string };
  /** The one-line text alternative, in the caller's words (it knows what the numbers mean). */
  alt: string;
  width?: number;
}

const FONT_SIZE = 12;
/** Gap (px) between a bar's end and its label, and between the plot's edge and a label. */
const GAP = 4;
const NAME_GAP = 10;
/** Room (px) below the bars for the legend, and above them for the central result's label. */
const TOP = 22;
const BOTTOM = 40;

/** The rows widest first; equal spans keep the caller's order. */
export function tornadoOrder(rows: readonly TornadoRow[]): TornadoRow[] {
  const span = (r: TornadoRow) => Math.abs(r.high.value - r.low.value);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => span(b.row) - span(a.row) || a.index - b.index)
    .map(({ row }) => row);
}

export async function tornado(unmasked: TornadoInput): Promise<Chart> {
  // Names come from the data folder's configuration: masked as every chart's labels are.
  const input = maskStrings(unmasked);
  const width = input.width ?? CHART_WIDTH;
  const rows = tornadoOrder(input.rows);
  const base = input.base.value;
  const nameWidth = Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.name, FONT_SIZE))));
  const left = nameWidth + NAME_GAP + 2;
  const plot = width - left - GAP;

  // Each row's left label stands left of its leftmost point (bar end or the central line), its
  // right label right of its rightmost: never over a bar, whichever side each end is on.
  const ends = rows.flatMap((r) => {
    const [lo, hi] = r.low.value <= r.high.value ? [r.low, r.high] : [r.high, r.low];
    return [
      { row: r.name, at: Math.min(lo.value, base), dx: -GAP, align: 'right', label: lo.label },
      { row: r.name, at: Math.max(hi.value, base), dx: GAP, align: 'left', label: hi.label },
    ];
  });
  const leftRoom = Math.max(0, ...ends.filter((e) => e.align === 'right').map((e) => textWidth(e.label, FONT_SIZE))) + 2 * GAP;
  const rightRoom = Math.max(0, ...ends.filter((e) => e.align === 'left').map((e) => textWidth(e.label, FONT_SIZE))) + 2 * GAP;
  const lowest = Math.min(base, ...ends.map((e) => e.at));
  const highest = Math.max(base, ...ends.map((e) => e.at));
  const range = highest - lowest || Math.abs(base) || 1;
  // px per unit, so that the bars and the labels on both sides fill the plot exactly.
  const scale = Math.max(plot - leftRoom - rightRoom, plot * 0.2) / range;
  const xmin = lowest - leftRoom / scale;
  const xmax = highest + rightRoom / scale;

  const basePx = (base - xmin) * scale;
  const baseHalf = textWidth(input.base.label, FONT_SIZE) / 2;
  const baseAlign = basePx - baseHalf < -left ? 'left' : basePx + baseHalf > plot ? 'right' : 'center';

  const bars = rows.flatMap((r) => [
    { row: r.name, side: input.legend.low, from: base, to: r.low.value },
    { row: r.name, side: input.legend.high, from: base, to: r.high.value },
  ]);
  const sides = [
    { label: input.legend.low, colour: SENSITIVITY_COLOURS.low },
    { label: input.legend.high, colour: SENSITIVITY_COLOURS.high },
  ];
  const svg = await renderCached({ kind: 'tornado', sides }, () => tornadoSpec({ sides }), {
    data: { bars, ends, names: rows.map((r) => ({ row: r.name })) },
    signals: { width: plot, xmin, xmax, base, baseLabel: input.base.label, baseAlign, ydomain: rows.map((r) => r.name) },
    padding: { left, top: TOP, bottom: BOTTOM, right: GAP },
    title: input.title,
    alt: input.alt,
  });
  return { svg, alt: input.alt };
}
