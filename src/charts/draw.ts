// Charts for the reports and brochures: static SVG strings built in Node with vega
// (renderer 'none', `view.toSVG()`), so the browser only has to print them. Every chart is a pure
// function of its input: same input → byte-identical SVG (no random ids, no dates), and each comes
// with a one-line Swedish text alternative that carries the numbers (used as the figure's alt text
// in the tagged PDF).
//
// Design rules (shared/design-brief.md): Okabe–Ito colours of clearly different lightness, so a
// greyscale print keeps the series apart (palette.ts), women and men always in the same two colours
// (GENDER_COLOURS), a legend, direct labels in Swedish number style (the first category's also name
// their series), the documents' font, sized for an A4 text column. A suppressed value (null) is
// never drawn as 0: its bar is left out and its label reads ".." (explained under the chart); the
// text alternative says "uppgift dold".
//
// vega is imported lazily: only render code pays for loading it. The specs are in specs.ts.
import { copy } from '../html/copy.js';
import { formatInteger, formatPercent } from '../html/format.js';
import { drawnByWorker, type ChartKind } from './worker-client.js';
import { sharedCodegen } from './vega-codegen.js';
import { CHART_FONT, barsSpec, stackSpec } from './specs.js';
import { CHANGE_COLOURS, GENDER_COLOURS, INK, TOTAL_COLOUR, labelColourOn } from './palette.js';

import type { Chart } from './chart.js';
export type { Chart } from './chart.js';

/** A cell: a count, or null when it is suppressed (printed ".."). */
export type Cell = number | null;

/** Counts of one category, split by gender. `total` may hold persons of unknown gender too. */
export interface GenderCells {
  women: Cell;
  men: Cell;
  total: Cell;
}

// The colours live in palette.ts (the one source for charts and CSS); re-exported for the callers.
export { CHANGE_COLOURS, GENDER_COLOURS, TOTAL_COLOUR } from './palette.js';

export { CHART_FONT };
/** Width in CSS px of an A4 text column (170 mm at 96 px per inch). */
export const CHART_WIDTH = 640;
const SUPPRESSED = '..';

export type Series = 'total' | 'gender' | 'gender+total';
export type ValueFormat = 'count' | 'percent';

type SeriesKey = 'women' | 'men' | 'total';
/** The legend's words for a series: the documents' "Kvinnor", "Män", "Totalt" (copy, common.*). */
const seriesLabel = (key: SeriesKey): string => copy(`common.${key}`);

function seriesKeys(series: Series): SeriesKey[] {
  if (series === 'total') return ['total'];
  if (series === 'gender') return ['women', 'men'];
  return ['women', 'men', 'total'];
}

const SERIES_COLOURS: Record<SeriesKey, string> = { ...GENDER_COLOURS, total: TOTAL_COLOUR };

// ---------------------------------------------------------------------------------------------
// Number style: the shared Swedish formatter, so charts and text agree ("3 000", "92 %").

function formatCount(value: number): string {
  return formatInteger(value);
}

function formatShare(numerator: number, denominator: number): string {
  return formatPercent(numerator, denominator);
}

function cellText(value: Cell, format: ValueFormat): string {
  if (value === null) return SUPPRESSED;
  return format === 'percent' ? formatShare(value, 100) : formatCount(value);
}

// ---------------------------------------------------------------------------------------------
// Chart inputs.

export interface BarCategory extends GenderCells {
  label: string;
}

export interface HorizontalBarsInput {
  /** Short title, also the start of the text alternative ("Utfall vid avslut"). */
  title: string;
  categories: BarCategory[];
  /** Which bars per category: the total only, women and men, or all three. Default 'gender'. */
  series?: Series;
  /** 'percent': values are per cent (0–100) and print as "92 %". Default 'count'. */
  format?: ValueFormat;
  /** Width in CSS px; default CHART_WIDTH (a full A4 text column). */
  width?: number;
}

export interface FunnelStep extends GenderCells {
  label: string;
}

export interface KaaFunnelInput {
  title: string;
  /** In order: listed → contacted → in interventions. */
  steps: FunnelStep[];
  /** Default 'total': one stepped bar per step, labelled with its share of the first step. */
  series?: Series;
  width?: number;
}

export interface Stacked100Row {
  /** "Kvinnor", "Män", "Totalt". */
  label: string;
  /** Counts of each part, in the order of `parts`. */
  values: Cell[];
}

export interface Stacked100Input {
  title: string;
  /** Part labels and colours, e.g. Höjt / Behållit / Sänkt. */
  parts: { label: string; colour: string }[];
  rows: Stacked100Row[];
  width?: number;
}

export interface GroupedBarsInput {
  title: string;
  /** One group per compared unit (e.g. region), each with women / men (and total). */
  groups: BarCategory[];
  series?: Series;
  format?: ValueFormat;
  width?: number;
}

// ---------------------------------------------------------------------------------------------
// Public chart functions: drawn by the chart worker when one runs (chart-client.ts), else here.

/** Horizontal bars, one per category (outcomes, dropout reasons), optionally split Kvinnor / Män. */
export const horizontalBars = (input: HorizontalBarsInput): Promise<Chart> => drawnByWorker('horizontalBars', input, horizontalBarsLocally);
/** Regions (or municipalities) compared side by side, women and men. */
export const groupedBars = (input: GroupedBarsInput): Promise<Chart> => drawnByWorker('groupedBars', input, groupedBarsLocally);
/** KAA: listed → contacted → in interventions as stepped bars, each labelled with its share of the first step. */
export const kaaFunnel = (input: KaaFunnelInput): Promise<Chart> => drawnByWorker('kaaFunnel', input, kaaFunnelLocally);
/** 100 % stacked bars (grades raised / kept / lowered), one per row (e.g. Kvinnor, Män, Totalt). */
export const stacked100 = (input: Stacked100Input): Promise<Chart> => drawnByWorker('stacked100', input, stacked100Locally);

/** Draws a chart in this thread (the chart worker's entry calls this). */
export function drawLocally(kind: ChartKind, input: unknown): Promise<Chart> {
  switch (kind) {
    case 'horizontalBars':
      return horizontalBarsLocally(input as HorizontalBarsInput);
    case 'groupedBars':
      return groupedBarsLocally(input as GroupedBarsInput);
    case 'kaaFunnel':
      return kaaFunnelLocally(input as KaaFunnelInput);
    case 'stacked100':
      return stacked100Locally(input as Stacked100Input);
  }
}

/**
 * Loads vega and draws one small chart of each kind, so that the first real charts run warm
 * code. The results are thrown away; each chart starts from a clean state (see renderCached).
 */
export async function warmUpCharts(): Promise<void> {
  const cells = (key: string, women: number, men: number) => ({ label: copy(key), women, men, total: women + men });
  const title = 'warm-up';
  await horizontalBarsLocally({
    title,
    categories: [cells('codes.outcome.folk_high_school', 3, 4), cells('codes.outcome.employment', 2, 1)],
  });
  await horizontalBarsLocally({ title, categories: [cells('codes.outcome.folk_high_school', 3, 4)], series: 'total' });
  await kaaFunnelLocally({ title, steps: [cells('report.rows.kaaListed', 5, 5), cells('report.rows.kaaContacted', 4, 4)] });
  await stacked100Locally({
    title,
    parts: [
      { label: copy('common.gradeChange.raised'), colour: CHANGE_COLOURS.raised },
      { label: copy('common.gradeChange.kept'), colour: CHANGE_COLOURS.kept },
    ],
    rows: [{ label: copy('common.total'), values: [3, 2] }],
  });
}

async function horizontalBarsLocally(input: HorizontalBarsInput): Promise<Chart> {
  const series = input.series ?? 'gender';
  const format = input.format ?? 'count';
  const rows = barRows(input.categories, series, (v) => cellText(v, format));
  const alt = chartAlt(
    input.title,
    input.categories.map((c) => categoryAlt(c, series, format)),
  );
  const svg = await renderBars(rows, series, format === 'percent' ? 100 : undefined, input.title, alt, input.width);
  return { svg, alt };
}

async function groupedBarsLocally(input: GroupedBarsInput): Promise<Chart> {
  return horizontalBarsLocally({
    title: input.title,
    categories: input.groups,
    series: input.series ?? 'gender',
    format: input.format ?? 'count',
    ...(input.width !== undefined ? { width: input.width } : {}),
  });
}

async function kaaFunnelLocally(input: KaaFunnelInput): Promise<Chart> {
  const series = input.series ?? 'total';
  const first = input.steps[0];
  const label = (key: SeriesKey) => (value: Cell, index: number) => {
    if (value === null) return SUPPRESSED;
    const base = first?.[key];
    if (index === 0 || base === null || base === undefined || base === 0) return formatCount(value);
    return `${formatCount(value)} (${formatShare(value, base)})`;
  };
  const rows = barRows(input.steps, series, undefined, label);
  const alt = chartAlt(
    input.title,
    input.steps.map((s) => categoryAlt(s, series, 'count')),
  );
  const svg = await renderBars(rows, series, undefined, input.title, alt, input.width);
  return { svg, alt };
}

async function stacked100Locally(input: Stacked100Input): Promise<Chart> {
  const segments: StackSegment[] = [];
  const rowLabels: string[] = [];
  // Width of the bars: the chart minus the row labels (widest "Kvinnor (n = 1 234)") and padding,
  // and minus the room right of the bars for the labels of segments too narrow to hold their own.
  const widestRowLabel = Math.max(0, ...input.rows.map((r) => textWidth(copy('charts.rowCount', { label: r.label, n: '00 000' }), 12)));
  const barsWidth = (input.width ?? CHART_WIDTH) - widestRowLabel - 20;
  const outside = outsideLabels(input, barsWidth);
  const plotWidth = barsWidth - outside.room;
  const altRows: string[] = [];
  for (const row of input.rows) {
    const complete = row.values.every((v): v is number => v !== null);
    const sum = complete ? row.values.reduce<number>((a, v) => a + (v ?? 0), 0) : null;
    const rowLabel = copy('charts.rowCount', { label: row.label, n: sum === null ? SUPPRESSED : formatCount(sum) });
    rowLabels.push(rowLabel);
    if (sum === null || sum === 0) {
      segments.push({ row: rowLabel, part: '', x: 0, x2: 0, label: SUPPRESSED, labelColour: INK, drawn: false });
      altRows.push(copy('charts.alt.value', { label: row.label, value: copy(sum === 0 ? 'charts.alt.none' : 'charts.alt.hidden') }));
      continue;
    }
    let start = 0;
    const parts: string[] = [];
    const beside: string[] = [];
    row.values.forEach((value, i) => {
      const part = input.parts[i];
      if (!part || value === null) return;
      const share = value / sum;
      const text = formatShare(value, sum);
      // A segment too narrow for its label has it beside the bar, with the part's name (below).
      const fits = fitsInside(text, share, plotWidth);
      if (!fits && value > 0) beside.push(copy('charts.seriesValue', { series: part.label, value: text }));
      const labelColour = labelColourOn(part.colour);
      segments.push({
        row: rowLabel,
        part: part.label,
        x: start,
        x2: start + share,
        label: fits ? text : '',
        labelColour,
        drawn: value > 0,
      });
      parts.push(`${part.label.toLowerCase()} ${formatShare(value, sum)} (${formatCount(value)})`);
      start += share;
    });
    // Drawn as an undrawn segment's text: in ink, left-aligned, just right of the bar's end.
    if (beside.length > 0)
      segments.push({ row: rowLabel, part: '', x: 1, x2: 1, label: beside.join(', '), labelColour: INK, drawn: false });
    altRows.push(copy('charts.alt.stackRow', { label: row.label, parts: parts.join(', '), sum: formatCount(sum) }));
  }
  const alt = chartAlt(input.title, altRows);
  const svg = await renderStack(segments, input.parts, input.title, alt, input.width, outside.room);
  return { svg, alt };
}

/** Whether a share's label fits inside its segment of a bar `plotWidth` px wide. */
const fitsInside = (text: string, share: number, plotWidth: number) => share * plotWidth >= textWidth(text, 12) + 6;

/**
 * The room (px) right of the bars for the labels of segments too narrow for them ("Sänkt 3 %"):
 * a label is never left out (issue 13: Bromölla's "Sänkt" segments had none). Narrower bars make
 * more segments narrow, so the room grows until no further label moves out.
 */
function outsideLabels(input: Stacked100Input, barsWidth: number): { room: number } {
  let room = 0;
  for (let pass = 0; pass <= input.parts.length; pass++) {
    let widest = 0;
    for (const row of input.rows) {
      if (row.values.some((v) => v === null)) continue;
      const sum = row.values.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (sum === 0) continue;
      const beside = row.values.flatMap((value, i) => {
        const part = input.parts[i];
        if (!part || value === null || value === 0) return [];
        const text = formatShare(value, sum);
        return fitsInside(text, value / sum, barsWidth - room) ? [] : [copy('charts.seriesValue', { series: part.label, value: text })];
      });
      if (beside.length > 0) widest = Math.max(widest, textWidth(beside.join(', '), 12) + BESIDE_GAP);
    }
    const next = Math.ceil(widest);
    if (next <= room) break;
    room = next;
  }
  return { room };
}
/** Space (px) between a bar's end and the labels beside it, and after them. */
const BESIDE_GAP = 8;

// ---------------------------------------------------------------------------------------------
// Text alternatives.

// Read aloud by a screen reader: whole sentences, one per category, and a hidden value is said
// as "uppgift dold", never as "..".

/** The title as one sentence, then one sentence per category or row. */
function chartAlt(title: string, sentences: string[]): string {
  return [copy('charts.alt.title', { title }), ...sentences].join(' ');
}

function altValue(value: Cell, format: ValueFormat): string {
  return value === null ? copy('charts.alt.hidden') : cellText(value, format);
}

function categoryAlt(c: GenderCells & { label: string }, series: Series, format: ValueFormat): string {
  const t = (v: Cell) => altValue(v, format);
  if (series === 'total') return copy('charts.alt.value', { label: c.label, value: t(c.total) });
  return copy('charts.alt.genderSplit', { label: c.label, total: t(c.total), women: t(c.women), men: t(c.men) });
}

// ---------------------------------------------------------------------------------------------
// Bar rows and stack segments, and the views that draw them.

interface BarRow {
  category: string;
  series: string;
  value: number | null;
  /** The bar spans start..end: vega-lite's zero-offset stack, done here (see stackBars). */
  start: number | null;
  end: number | null;
  labelX: number;
  label: string;
}

function barRows(
  categories: (GenderCells & { label: string })[],
  series: Series,
  text?: (value: Cell) => string,
  textFor?: (key: SeriesKey) => (value: Cell, index: number) => string,
): BarRow[] {
  const keys = seriesKeys(series);
  const rows: BarRow[] = [];
  categories.forEach((c, index) => {
    keys.forEach((key) => {
      const value = c[key];
      const valueText = textFor ? textFor(key)(value, index) : (text ?? ((v: Cell) => cellText(v, 'count')))(value);
      // With several series, the first category's bars also carry their series' name ("Kvinnor 45"):
      // bars are then told apart by their words, not only by colour and legend (greyscale prints).
      const label = keys.length > 1 && index === 0 ? copy('charts.seriesValue', { series: seriesLabel(key), value: valueText }) : valueText;
      rows.push({ category: c.label, series: seriesLabel(key), value, start: null, end: null, labelX: value ?? 0, label });
    });
  });
  return stackBars(rows);
}

/** vega's isValid(v) && isFinite(+v): the values vega-lite draws (its filter for a bar's value). */
function drawable(value: number | null): value is number {
  return value !== null && value !== undefined && !Number.isNaN(value) && Number.isFinite(+value);
}

// Bars of the same category and series stack (only with a repeated category label): what
// vega-lite's stack transform did, in data order, with vega's zero offset — computed here because
// that transform was one of the most expensive operators of every chart's dataflow.
function stackBars(rows: BarRow[]): BarRow[] {
  const last = new Map<string, { pos: number; neg: number }>();
  for (const row of rows) {
    if (!drawable(row.value)) continue;
    const key = JSON.stringify([row.category, row.series]);
    let sums = last.get(key);
    if (!sums) last.set(key, (sums = { pos: 0, neg: 0 }));
    const v = +row.value;
    if (v < 0) {
      row.start = sums.neg;
      row.end = sums.neg += v;
    } else {
      row.start = sums.pos;
      row.end = sums.pos += v;
    }
  }
  return rows;
}

/** Distinct values in order of first occurrence: a y domain in the input's order. */
function categoryDomain<T>(rows: T[], field: (row: T) => string): string[] {
  return [...new Set(rows.map(field))];
}

interface StackSegment {
  row: string;
  part: string;
  x: number;
  x2: number;
  label: string;
  /** Ink or white: whichever the segment's colour contrasts more with (palette.labelColourOn). */
  labelColour: string;
  drawn: boolean;
}

// The specs depend only on the chart's shape (kind, width, series, parts); the data, the x maximum,
// the y domain and the right padding are set on each view. So each shape is parsed once per process
// and every further chart only runs a view. The specs keep that view small: every domain is given
// (no sort aggregates) and the bars' stack is computed here, since each operator costs every chart.

async function renderBars(
  rows: BarRow[],
  series: Series,
  domainMax: number | undefined,
  title: string,
  alt: string,
  width = CHART_WIDTH,
): Promise<string> {
  const keys = seriesKeys(series);
  const maxValue = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const max = domainMax ?? (maxValue === 0 ? 1 : maxValue);
  // Leave room right of the longest bar for its label.
  const longestLabel = Math.max(0, ...rows.map((r) => textWidth(r.label, 12, 400)));
  const shape = { kind: 'bars', keys, width };
  const bars = keys.map((k) => ({ label: seriesLabel(k), colour: SERIES_COLOURS[k] }));
  return renderCached(shape, () => barsSpec({ series: bars, width }), {
    data: { rows },
    signals: { xmax: max, ydomain: categoryDomain(rows, (r) => r.category) },
    padding: { left: 6, top: 0, bottom: 2, right: Math.ceil(longestLabel) + 10 },
    title,
    alt,
  });
}

async function renderStack(
  segments: StackSegment[],
  parts: { label: string; colour: string }[],
  title: string,
  alt: string,
  width = CHART_WIDTH,
  besideRoom = 0,
): Promise<string> {
  const rows = segments.map((s) => ({ ...s, mid: s.drawn ? (s.x + s.x2) / 2 : s.x }));
  return renderCached({ kind: 'stack', parts, width }, () => stackSpec({ parts, width }), {
    data: { segments: rows },
    signals: { ydomain: categoryDomain(rows, (r) => r.row) },
    padding: { left: 6, top: 0, bottom: 2, right: 4 + besideRoom },
    title,
    alt,
  });
}

// ---------------------------------------------------------------------------------------------
// vega → SVG string.

type VegaModule = typeof import('vega');
let loaded: Promise<VegaModule> | undefined;

function loadVega(): Promise<VegaModule> {
  loaded ??= (async () => {
    const vega = await import('vega');
    // No canvas in Node: measure text with Source Sans 3's real advance widths instead of vega's
    // crude 0.8 em per character, so labels, legends and padding fit the font the PDF uses.
    const metrics = (vega as unknown as { textMetrics: { width: (item: unknown, text?: unknown) => number } }).textMetrics;
    metrics.width = (item: unknown, text?: unknown) => {
      const it = item as { text?: unknown; fontSize?: number; fontWeight?: string | number };
      const value = text ?? it.text;
      const s = Array.isArray(value) ? value.map(String).join(' ') : value === null || value === undefined ? '' : String(value);
      return textWidth(s, it.fontSize ?? 11, it.fontWeight);
    };
    return vega;
  })();
  return loaded;
}

export interface ViewInput {
  data: Record<string, object[]>;
  signals: Record<string, unknown>;
  padding: { left: number; top: number; bottom: number; right: number };
  title: string;
  alt: string;
}

type Runtime = ReturnType<VegaModule['parse']>;
type View = InstanceType<VegaModule['View']>;
const runtimes = new Map<string, Runtime>();

/** A view kept for one chart shape, with what a chart of that shape must start from. */
interface ShapeView {
  view: View;
  /** The signals' values as the spec declares them (width: before autosize changed it). */
  initial: Map<string, unknown>;
  /** The view's own size state when new (see restoreSize). */
  size: SizeState;
  /** The data sets a chart fills. */
  datasets: string[];
  /** Charts of this shape, one after another: a view draws one chart at a time. */
  queue: Promise<unknown>;
}
const views = new Map<string, ShapeView>();

// vega-view keeps the autosize state of the last run in these fields (vega-view's resizeView and
// initializeResize); a chart drawn in a fresh view starts from their initial values.
const SIZE_FIELDS = ['_width', '_height', '_viewWidth', '_viewHeight', '_origin', '_resize', '_autosize'] as const;
type SizeState = Record<(typeof SIZE_FIELDS)[number], unknown>;
function sizeOf(view: View): SizeState {
  const v = view as unknown as SizeState;
  return Object.fromEntries(SIZE_FIELDS.map((f) => [f, structuredClone(v[f])])) as SizeState;
}
function restoreSize(view: View, size: SizeState): void {
  Object.assign(view as unknown as SizeState, structuredClone(size));
}
let reuseViews = true;

/**
 * Draw every chart in a view of its own (false) instead of one reused view per shape (true, the
 * default). The output is the same either way (tested); fresh views are about three times slower.
 */
export function reuseChartViews(reuse: boolean): void {
  reuseViews = reuse;
  for (const kept of views.values()) kept.view.finalize();
  views.clear();
}

// One view per chart shape, reused: creating a vega View (its ~100 dataflow operators) was two
// thirds of every chart's cost. A view keeps state between runs, and that state leaked into the
// next chart before (categories out of input order, bars a pixel narrower, axis labels reordered),
// because items that stay in a data join keep their place, and autosize remembers the last size. So
// before each chart the view is emptied and run: data sets cleared and signals (the y domain, the x
// maximum, width, height, padding) back to the spec's values, which makes every item of the last
// chart exit; then the signals and vega-view's own size state are set back to what a new view has.
// The next chart enters into an empty view, exactly as into a fresh one: a test draws hundreds of
// random charts both ways, in a scrambled order, and compares the SVG byte for byte.
export async function renderCached(shape: object, makeSpec: () => object, input: ViewInput): Promise<string> {
  const vega = await loadVega();
  // vega runs on promises alone (microtasks), so a view model's charts would hold the event loop
  // until the last one: the browser starting meanwhile could not even be answered. Let I/O in.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const key = JSON.stringify(shape);
  let runtime = runtimes.get(key);
  if (!runtime) {
    runtime = vega.parse(makeSpec() as Parameters<VegaModule['parse']>[0]);
    runtimes.set(key, runtime);
  }
  const fresh = (): View => new vega.View(runtime, { renderer: 'none', expr: sharedCodegen(vega) });
  if (!reuseViews) {
    const view = fresh();
    try {
      return await drawInto(vega, view, input);
    } finally {
      view.finalize();
    }
  }
  let kept = views.get(key);
  if (!kept) {
    const view = fresh();
    const names = ['width', 'height', 'padding', ...Object.keys(input.signals)];
    const initial = new Map(names.map((name) => [name, structuredClone(view.signal(name))]));
    kept = { view, initial, size: sizeOf(view), datasets: Object.keys(input.data), queue: Promise.resolve() };
    views.set(key, kept);
  }
  const { view, initial, size, datasets } = kept;
  const turn = kept.queue.then(async () => {
    try {
      for (const name of datasets) view.data(name, []);
      for (const [name, value] of initial) view.signal(name, value);
      await view.runAsync();
      for (const [name, value] of initial) view.signal(name, value);
      restoreSize(view, size);
      return await drawInto(vega, view, input);
    } catch (error) {
      // A view that failed mid-run is in no known state: the next chart of this shape gets a new one.
      if (views.get(key)?.view === view) views.delete(key);
      view.finalize();
      throw error;
    }
  });
  kept.queue = turn.catch(() => undefined);
  return turn;
}

async function drawInto(vega: VegaModule, view: View, input: ViewInput): Promise<string> {
  for (const [name, values] of Object.entries(input.data)) view.data(name, values);
  for (const [name, value] of Object.entries(input.signals)) view.signal(name, value);
  view.padding(input.padding);
  // Gradient and clip ids come from a module-wide counter: reset it so output never depends on
  // what was rendered before.
  vega.resetSVGDefIds();
  const raw = await view.toSVG();
  return finishSvg(raw, input.title, input.alt);
}

/** Makes the root element an accessible image with a title, scalable to its column. */
function finishSvg(raw: string, title: string, alt: string): string {
  const open = /^<svg\b[^>]*>/.exec(raw);
  if (!open) throw new Error('vega produced no <svg> element');
  const attrs = open[0]
    .replace(/\sclass="marks"/, ' class="chart"')
    .replace(/>$/, ` role="img" aria-label="${escapeXml(alt)}" preserveAspectRatio="xMinYMin meet">`);
  // Fixed width in px keeps the drawn size; CSS (max-width: 100%) scales it down in narrow columns.
  return `${attrs}<title>${escapeXml(title)}</title>${raw.slice(open[0].length)}`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------------------------------------
// Text widths of Source Sans 3 (advance widths per 1000 em, read once from the @fontsource
// regular and bold fonts) for U+0020–U+007E and U+00A0–U+00FF.

const WIDTHS_400 = [
  200, 289, 426, 497, 497, 824, 609, 249, 303, 303, 418, 497, 249, 311, 249, 350, 497, 497, 497, 497, 497, 497, 497, 497, 497, 497, 249,
  249, 497, 497, 497, 425, 847, 543, 588, 571, 615, 527, 494, 617, 652, 263, 479, 579, 486, 727, 647, 664, 566, 664, 569, 534, 536, 645,
  515, 786, 513, 476, 539, 303, 350, 303, 497, 500, 542, 504, 553, 456, 555, 496, 292, 504, 544, 246, 247, 495, 255, 829, 547, 542, 555,
  555, 347, 419, 338, 544, 467, 719, 446, 467, 425, 303, 241, 303, 497, 200, 289, 497, 497, 497, 497, 241, 497, 542, 744, 345, 429, 497,
  311, 423, 542, 331, 497, 367, 367, 542, 562, 560, 249, 542, 367, 365, 429, 781, 808, 796, 425, 544, 544, 544, 544, 544, 544, 822, 571,
  527, 527, 527, 527, 263, 263, 263, 263, 639, 647, 664, 664, 664, 664, 664, 497, 664, 645, 645, 645, 645, 476, 583, 576, 504, 504, 504,
  504, 504, 504, 778, 456, 496, 496, 496, 496, 246, 246, 246, 246, 544, 547, 542, 542, 542, 542, 542, 497, 542, 544, 544, 544, 544, 467,
  555, 467,
];
const WIDTHS_700 = [
  200, 340, 537, 528, 528, 857, 667, 300, 344, 344, 457, 528, 300, 332, 300, 339, 528, 528, 528, 528, 528, 528, 528, 528, 528, 528, 300,
  300, 528, 528, 528, 463, 902, 573, 605, 582, 635, 548, 524, 638, 674, 301, 509, 614, 518, 762, 665, 684, 596, 684, 613, 556, 556, 665,
  556, 813, 567, 525, 541, 344, 339, 344, 528, 500, 555, 527, 573, 468, 573, 518, 341, 534, 571, 276, 278, 548, 286, 857, 572, 555, 573,
  573, 398, 443, 383, 568, 523, 776, 514, 521, 460, 344, 268, 344, 528, 200, 340, 528, 528, 528, 528, 268, 528, 555, 750, 359, 480, 528,
  332, 462, 555, 365, 528, 376, 376, 555, 594, 636, 300, 555, 376, 373, 480, 809, 846, 818, 463, 573, 573, 573, 573, 573, 573, 845, 582,
  548, 548, 548, 548, 301, 301, 301, 301, 657, 665, 684, 684, 684, 684, 684, 528, 684, 665, 665, 665, 665, 525, 617, 632, 527, 527, 527,
  527, 527, 527, 781, 467, 518, 518, 518, 518, 276, 276, 276, 276, 558, 572, 555, 555, 555, 555, 555, 528, 555, 568, 568, 568, 568, 521,
  573, 521,
];
const OTHER_WIDTHS: Record<number, [number, number]> = {
  0x2009: [200, 200], // thin space
  0x202f: [200, 200], // narrow no-break space (Swedish thousands separator)
  0x2013: [480, 480],
  0x2014: [800, 800],
  0x2019: [249, 300],
  0x201d: [426, 537],
  0x2026: [948, 978],
  0x2192: [600, 620],
  0x2212: [497, 528],
};

/** Width in px of `text` set in Source Sans 3 at `fontSize` px. */
export function textWidth(text: string, fontSize: number, fontWeight?: string | number): number {
  const bold =
    fontWeight === 'bold' || (typeof fontWeight === 'number' && fontWeight >= 600) || fontWeight === '600' || fontWeight === '700';
  const table = bold ? WIDTHS_700 : WIDTHS_400;
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let w: number | undefined;
    if (cp >= 0x20 && cp <= 0x7e) w = table[cp - 0x20];
    else if (cp >= 0xa0 && cp <= 0xff) w = table[cp - 0xa0 + 95];
    else w = OTHER_WIDTHS[cp]?.[bold ? 1 : 0];
    units += w ?? 550;
  }
  return (units * fontSize) / 1000;
}
