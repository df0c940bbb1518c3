// The vega specs of chart-specs.ts must stay exactly what vega-lite compiles from the vega-lite
// specs the charts were designed with (kept below as the reference): then the charts are the
// same as ever, without loading vega-lite at run time. When a chart's design changes, change its
// vega-lite spec here first, then make chart-specs.ts match vega-lite's output again.
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { CHART_FONT, INK, barsSpec, stackSpec } from './specs.js';
import { CHANGE_COLOURS, GENDER_COLOURS, TOTAL_COLOUR } from './draw.js';

const SERIES_LABELS = { women: 'Kvinnor', men: 'Män', total: 'Totalt' } as const;
type SeriesKey = keyof typeof SERIES_LABELS;
const SERIES_COLOURS: Record<SeriesKey, string> = { ...GENDER_COLOURS, total: TOTAL_COLOUR };

const baseConfig = {
  font: CHART_FONT,
  background: null,
  view: { stroke: null },
  aria: false,
  axis: {
    labelFont: CHART_FONT,
    labelFontSize: 12,
    labelColor: INK,
    titleFont: CHART_FONT,
    grid: false,
    domain: false,
    ticks: false,
  },
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
  text: { font: CHART_FONT, fontSize: 12, fill: INK },
} as const;

function vegaLiteBars(keys: SeriesKey[], width: number): object {
  // Several series: each bar is as tall as its 12 px label, so the labels of one group never overlap.
  const step = keys.length === 1 ? 17 : 14;
  // Categories keep the input's order: the domain is given (see categoryDomain), not aggregated.
  const y = {
    field: 'category',
    type: 'nominal',
    title: null,
    axis: { labelLimit: Math.round(width * 0.42), labelPadding: 8 },
    scale: { domain: { expr: 'ydomain' }, paddingInner: keys.length === 1 ? 0.25 : 0.3, paddingOuter: 0.15 },
  };
  const xScale = { domain: [0, { expr: 'xmax' }], nice: false, zero: true };
  const colour =
    keys.length === 1
      ? { value: SERIES_COLOURS[keys[0] ?? 'total'] }
      : {
          field: 'series',
          type: 'nominal',
          scale: { domain: keys.map((k) => SERIES_LABELS[k]), range: keys.map((k) => SERIES_COLOURS[k]) },
          legend: { title: null },
        };
  const yOffset =
    keys.length === 1
      ? undefined
      : { field: 'series', sort: null, scale: { domain: keys.map((k) => SERIES_LABELS[k]), paddingInner: 0.08 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height: { step },
    autosize: { type: 'fit-x', contains: 'padding' },
    params: [
      { name: 'xmax', value: 1 },
      { name: 'ydomain', value: [] },
    ],
    config: baseConfig,
    data: { name: 'rows' },
    encoding: { y, ...(yOffset ? { yOffset } : {}) },
    layer: [
      {
        // No filter of its own: vega-lite's filter of invalid x values leaves out the bars of
        // suppressed cells (end is null exactly when the value is not drawable).
        mark: { type: 'bar', cornerRadius: 0 },
        encoding: {
          x: { field: 'end', type: 'quantitative', axis: null, scale: xScale, stack: null },
          x2: { field: 'start' },
          color: colour,
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 12, fill: INK },
        encoding: {
          x: { field: 'labelX', type: 'quantitative', scale: xScale, axis: null },
          text: { field: 'label' },
        },
      },
    ],
    resolve: { scale: { x: 'shared' } },
  };
}

function vegaLiteStack(parts: { label: string; colour: string }[], width: number): object {
  const xScale = { domain: [0, 1], nice: false };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height: { step: 24 },
    autosize: { type: 'fit-x', contains: 'padding' },
    params: [{ name: 'ydomain', value: [] }],
    config: baseConfig,
    data: { name: 'segments' },
    encoding: {
      y: {
        field: 'row',
        type: 'nominal',
        title: null,
        axis: { labelLimit: Math.round(width * 0.42), labelPadding: 8 },
        scale: { domain: { expr: 'ydomain' }, paddingInner: 0.3, paddingOuter: 0.15 },
      },
    },
    layer: [
      {
        transform: [{ filter: 'datum.drawn' }],
        mark: { type: 'bar', stroke: '#FFFFFF', strokeWidth: 1 },
        encoding: {
          x: { field: 'x', type: 'quantitative', axis: null, scale: xScale },
          x2: { field: 'x2' },
          color: {
            field: 'part',
            type: 'nominal',
            scale: { domain: parts.map((p) => p.label), range: parts.map((p) => p.colour) },
            legend: { title: null },
          },
        },
      },
      // Shares centred in their segments; a row that cannot be drawn gets ".." at its start.
      {
        transform: [{ filter: "datum.drawn && datum.label !== ''" }],
        // Each share in ink or white, whichever its segment's colour contrasts more with.
        mark: { type: 'text', baseline: 'middle', align: 'center', fontSize: 12 },
        encoding: {
          x: { field: 'mid', type: 'quantitative', axis: null, scale: xScale },
          text: { field: 'label' },
          color: { field: 'labelColour', type: 'nominal', scale: null },
        },
      },
      {
        transform: [{ filter: '!datum.drawn' }],
        mark: { type: 'text', baseline: 'middle', align: 'left', dx: 2, fontSize: 12, fill: INK },
        encoding: { x: { field: 'mid', type: 'quantitative', axis: null, scale: xScale }, text: { field: 'label' } },
      },
    ],
  };
}

// vega-lite's notes (e.g. "Dropping fit-y because spec has discrete height") are about these fixed
// specs; keep them out of the test output.
const silent = {
  level: () => 0,
  error: () => silent,
  warn: () => silent,
  info: () => silent,
  debug: () => silent,
};
const compiled = (spec: object) => JSON.stringify(compile(spec as Parameters<typeof compile>[0], { logger: silent as never }).spec);

describe('chart specs', () => {
  const widths = [640, 300, 173];
  const seriesSets: SeriesKey[][] = [['total'], ['women', 'men'], ['women', 'men', 'total'], ['men']];
  const changeParts = [
    { label: 'Höjt', colour: CHANGE_COLOURS.raised },
    { label: 'Behållit', colour: CHANGE_COLOURS.kept },
    { label: 'Sänkt', colour: CHANGE_COLOURS.lowered },
  ];
  const partSets = [changeParts, changeParts.slice(0, 2), [{ label: 'Med "citat"', colour: '#123456' }]];

  it.each(widths.flatMap((width) => seriesSets.map((keys) => [keys.join('+'), width] as const)))(
    'bars %s, %i px: what vega-lite compiles',
    (keys, width) => {
      const set = keys.split('+') as SeriesKey[];
      const ours = barsSpec({ series: set.map((k) => ({ label: SERIES_LABELS[k], colour: SERIES_COLOURS[k] })), width });
      expect(JSON.stringify(ours)).toBe(compiled(vegaLiteBars(set, width)));
    },
  );

  it.each(widths.flatMap((width) => partSets.map((_parts, i) => [i, width] as const)))(
    'stack %i, %i px: what vega-lite compiles',
    (i, width) => {
      const parts = partSets[i] ?? [];
      expect(JSON.stringify(stackSpec({ parts, width }))).toBe(compiled(vegaLiteStack(parts, width)));
    },
  );
});
