// The vega specs of our two chart shapes, written as vega (not vega-lite) so that drawing a chart
// needs no vega-lite at run time: loading it and compiling each shape cost ~100 ms of every
// report's start. They are exactly what vega-lite compiled from our earlier vega-lite specs, key
// for key: chart-specs.test.ts keeps those vega-lite specs as the reference and checks, for every
// shape we draw, that vega-lite still compiles them to these. So the charts are unchanged.
//
// The data, the x maximum and the y domain are not in the spec: they are set on the view for each
// chart (charts.ts), so one spec (and one view) serves every chart of a shape.

import { INK } from './palette.js';

export const CHART_FONT = 'Source Sans 3';
export { INK };

/** One bar per category and series (e.g. Kvinnor, Män, Totalt), in the series' colours. */
export interface BarsShape {
  series: { label: string; colour: string }[];
  width: number;
}

/** 100 % stacked bars, one per row, its parts in their colours. */
export interface StackShape {
  parts: { label: string; colour: string }[];
  width: number;
}

// vega-lite's config, as it compiled ours: axes and legends without ticks, domain or grid, the
// documents' font, labels in ink.
const config = {
  aria: false,
  axis: { labelFont: CHART_FONT, labelFontSize: 12, labelColor: INK, titleFont: CHART_FONT, grid: false, domain: false, ticks: false },
  legend: {
    labelFont: CHART_FONT,
    labelFontSize: 12,
    labelColor: INK,
    titleFont: CHART_FONT,
    symbolType: 'square',
    symbolSize: 140,
    symbolStrokeWidth: 0,
    orient: 'top',
    direction: 'horizontal',
    columnPadding: 16,
    offset: 8,
  },
  style: {
    'guide-label': { font: CHART_FONT },
    'guide-title': { font: CHART_FONT },
    'group-title': { font: CHART_FONT },
    'group-subtitle': { font: CHART_FONT },
    cell: { stroke: null },
    text: { font: CHART_FONT, fontSize: 12, fill: INK },
  },
};

const head = (width: number) => ({
  $schema: 'https://vega.github.io/schema/vega/v6.json',
  autosize: { type: 'fit-x', contains: 'padding' },
  padding: 5,
  width,
  style: 'cell',
});

/** vega-lite's filter of values it cannot place on a quantitative scale. */
const validFilter = (field: string) => ({ type: 'filter', expr: `isValid(datum["${field}"]) && isFinite(+datum["${field}"])` });
const textSignal = { signal: 'isValid(datum["label"]) ? datum["label"] : ""+datum["label"]' };
const yAxis = (width: number) => ({
  scale: 'y',
  orient: 'left',
  grid: false,
  labelLimit: Math.round(width * 0.42),
  labelPadding: 8,
  aria: false,
  zindex: 0,
});
/** vega-lite's names for the marks of layer n: the bars are layer 0, labels the layers after. */
const barMark = (update: object) => ({ name: 'layer_0_marks', type: 'rect', style: ['bar'], from: { data: 'data_1' }, encode: { update } });
const textMark = (layer: number, update: object) => ({
  name: `layer_${layer}_marks`,
  type: 'text',
  style: ['text'],
  from: { data: `data_${layer + 1}` },
  encode: { update },
});
const colourScale = (items: { label: string; colour: string }[]) => ({
  name: 'color',
  type: 'ordinal',
  domain: items.map((i) => i.label),
  range: items.map((i) => i.colour),
});

/** Bar height (px) of one series' bar: with several series, as tall as a 12 px label, so the labels of one group never overlap. */
const barStep = (seriesCount: number) => (seriesCount === 1 ? 17 : 14);
const BAR_GROUP_PADDING = { single: 0.25, multi: 0.3 } as const;
const BAR_SERIES_PADDING = 0.08;

/** Height (px) of one category of a bars chart with `seriesCount` series: its bars and the gap to the next. */
export function barsCategoryStep(seriesCount: number): number {
  if (seriesCount === 1) return barStep(1);
  return (barStep(seriesCount) * (seriesCount - BAR_SERIES_PADDING)) / (1 - BAR_GROUP_PADDING.multi);
}

/**
 * Horizontal bars: rows `{category, series, start, end, labelX, label}`, signals `xmax` and
 * `ydomain`. With more than one series, each category's band holds one bar per series and a legend.
 */
export function barsSpec({ series, width }: BarsShape): object {
  const single = series.length === 1;
  const step = barStep(series.length);
  const paddingInner = single ? BAR_GROUP_PADDING.single : BAR_GROUP_PADDING.multi;
  const labels = series.map((s) => s.label);
  // vega-lite's sort index of the series (unused by the marks, kept so the spec stays its output).
  const sortIndex = [...labels.map((l, i) => `datum["series"]===${JSON.stringify(l)} ? ${i} : `), `${labels.length}`].join('');
  const y = (band?: number) =>
    single
      ? { scale: 'y', field: 'category', ...(band !== undefined ? { band } : {}) }
      : { scale: 'y', field: 'category', offset: { scale: 'yOffset', field: 'series', ...(band !== undefined ? { band } : {}) } };
  return {
    ...head(width),
    data: [
      { name: 'rows' },
      {
        name: 'data_1',
        source: 'rows',
        transform: [...(single ? [] : [{ type: 'formula', expr: sortIndex, as: 'yOffset_series_sort_index' }]), validFilter('end')],
      },
      { name: 'data_2', source: 'rows', transform: [validFilter('labelX')] },
    ],
    signals: [
      single
        ? { name: 'y_step', value: step }
        : { name: 'y_step', update: `${step} * bandspace(domain('yOffset').length, ${BAR_SERIES_PADDING}, 0) / (1-${paddingInner})` },
      { name: 'height', update: `bandspace(domain('y').length, ${paddingInner}, 0.15) * y_step` },
      { name: 'xmax', value: 1 },
      { name: 'ydomain', value: [] },
    ],
    marks: [
      barMark({
        cornerRadius: { value: 0 },
        fill: single ? { value: series[0]?.colour } : { scale: 'color', field: 'series' },
        x: { scale: 'x', field: 'end' },
        x2: { scale: 'x', field: 'start' },
        y: y(),
        height: { signal: `max(0.25, bandwidth('${single ? 'y' : 'yOffset'}'))` },
      }),
      textMark(1, {
        fill: { value: INK },
        align: { value: 'left' },
        baseline: { value: 'middle' },
        dx: { value: 4 },
        fontSize: { value: 12 },
        x: { scale: 'x', field: 'labelX' },
        y: y(0.5),
        text: textSignal,
      }),
    ],
    scales: [
      { name: 'x', type: 'linear', domain: [0, { signal: 'xmax' }], range: [0, { signal: 'width' }], nice: false, zero: true },
      { name: 'y', type: 'band', domain: { signal: 'ydomain' }, range: { step: { signal: 'y_step' } }, paddingInner, paddingOuter: 0.15 },
      ...(single
        ? []
        : [{ name: 'yOffset', type: 'band', domain: labels, range: { step }, paddingInner: BAR_SERIES_PADDING }, colourScale(series)]),
    ],
    axes: [yAxis(width)],
    ...(single ? {} : { legends: [{ fill: 'color', aria: false }] }),
    config,
  };
}

/**
 * 100 % stacked bars: segments `{row, part, x, x2, mid, label, labelColour, drawn}` (x, x2 and mid as shares
 * 0–1), signal `ydomain`. Shares are centred in their segments; a row that cannot be drawn shows
 * its ".." label at the start.
 */
export function stackSpec({ parts, width }: StackShape): object {
  // Shares inside segments are in ink or white by their segment's colour (labelColour); the ".."
  // of an undrawn row stands on white paper, in ink.
  // (Keys in vega-lite's order: a fixed fill comes first, a field's after the font size.)
  const shareText = (align: 'center' | 'left') => ({
    ...(align === 'left' ? { fill: { value: INK } } : {}),
    align: { value: align },
    baseline: { value: 'middle' },
    ...(align === 'left' ? { dx: { value: 2 } } : {}),
    fontSize: { value: 12 },
    ...(align === 'center' ? { fill: { field: 'labelColour' } } : {}),
    x: { scale: 'x', field: 'mid' },
    y: { scale: 'y', field: 'row', band: 0.5 },
    text: textSignal,
  });
  return {
    ...head(width),
    data: [
      { name: 'segments' },
      { name: 'data_1', source: 'segments', transform: [{ type: 'filter', expr: 'datum.drawn' }, validFilter('x')] },
      {
        name: 'data_2',
        source: 'segments',
        transform: [{ type: 'filter', expr: "datum.drawn && datum.label !== ''" }, validFilter('mid')],
      },
      { name: 'data_3', source: 'segments', transform: [{ type: 'filter', expr: '!datum.drawn' }, validFilter('mid')] },
    ],
    signals: [
      { name: 'y_step', value: 24 },
      { name: 'height', update: "bandspace(domain('y').length, 0.3, 0.15) * y_step" },
      { name: 'ydomain', value: [] },
    ],
    marks: [
      barMark({
        stroke: { value: '#FFFFFF' },
        strokeWidth: { value: 1 },
        fill: { scale: 'color', field: 'part' },
        x: { scale: 'x', field: 'x' },
        x2: { scale: 'x', field: 'x2' },
        y: { scale: 'y', field: 'row' },
        height: { signal: "max(0.25, bandwidth('y'))" },
      }),
      textMark(1, shareText('center')),
      textMark(2, shareText('left')),
    ],
    scales: [
      { name: 'x', type: 'linear', domain: [0, 1], range: [0, { signal: 'width' }], nice: false, zero: true },
      {
        name: 'y',
        type: 'band',
        domain: { signal: 'ydomain' },
        range: { step: { signal: 'y_step' } },
        paddingInner: 0.3,
        paddingOuter: 0.15,
      },
      colourScale(parts),
    ],
    axes: [yAxis(width)],
    legends: [{ fill: 'color', encode: { symbols: { update: { stroke: { value: '#FFFFFF' } } } }, aria: false }],
    config,
  };
}
