// The vega spec of the tornado chart (sensitivity: one assumption at a time at its low and its
// high value, the others central). Unlike the bar specs (specs.ts) it was never vega-lite: it
// needs a reference line and labels on both sides of it, which vega-lite's bars did not give.
//
// Every position is set by tornado.ts: the x domain (xmin, xmax) leaves room for the end labels,
// and the padding for the assumptions' names, so with autosize 'none' nothing is ever cut off
// and no label is dropped. The data and these signals are set on the view for each chart.
import { CHART_FONT, INK } from './specs.js';

export interface TornadoShape {
  /** The legend's words and colours: the assumption at its low value, then at its high value. */
  sides: { label: string; colour: string }[];
}

/** The row height (px) of one assumption: its bar and the gap to the next. */
export const TORNADO_STEP = 30;

/**
 * Data `bars` `{row, side, from, to}`, `ends` `{row, at, dx, align, label}` and `names` `{row}`;
 * signals `width` (the plot), `xmin`, `xmax`, `ydomain`, `base` (the central result) and
 * `baseLabel` with `baseAlign`.
 */
export function tornadoSpec({ sides }: TornadoShape): object {
  const text = { font: { value: CHART_FONT }, fontSize: { value: 12 }, fill: { value: INK }, baseline: { value: 'middle' } };
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    autosize: 'none',
    width: 400,
    data: [{ name: 'bars' }, { name: 'ends' }, { name: 'names' }],
    signals: [
      { name: 'xmin', value: 0 },
      { name: 'xmax', value: 1 },
      { name: 'ydomain', value: [] },
      { name: 'base', value: 0 },
      { name: 'baseLabel', value: '' },
      { name: 'baseAlign', value: 'center' },
      { name: 'height', update: `bandspace(domain('y').length, 0.35, 0.2) * ${TORNADO_STEP}` },
    ],
    scales: [
      {
        name: 'x',
        type: 'linear',
        domain: [{ signal: 'xmin' }, { signal: 'xmax' }],
        range: [0, { signal: 'width' }],
        nice: false,
        zero: false,
      },
      { name: 'y', type: 'band', domain: { signal: 'ydomain' }, range: { step: TORNADO_STEP }, paddingInner: 0.35, paddingOuter: 0.2 },
      { name: 'color', type: 'ordinal', domain: sides.map((s) => s.label), range: sides.map((s) => s.colour) },
    ],
    marks: [
      {
        type: 'rect',
        from: { data: 'bars' },
        encode: {
          update: {
            x: { scale: 'x', field: 'from' },
            x2: { scale: 'x', field: 'to' },
            y: { scale: 'y', field: 'row' },
            height: { scale: 'y', band: 1 },
            fill: { scale: 'color', field: 'side' },
          },
        },
      },
      {
        type: 'rule',
        encode: {
          update: {
            x: { signal: "scale('x', base)" },
            y: { value: -4 },
            y2: { signal: 'height' },
            stroke: { value: INK },
            strokeWidth: { value: 1.5 },
          },
        },
      },
      {
        type: 'text',
        encode: {
          update: {
            ...text,
            x: { signal: "scale('x', base)" },
            y: { value: -12 },
            align: { signal: 'baseAlign' },
            text: { signal: 'baseLabel' },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'ends' },
        encode: {
          update: {
            ...text,
            x: { scale: 'x', field: 'at' },
            dx: { field: 'dx' },
            y: { scale: 'y', field: 'row', band: 0.5 },
            align: { field: 'align' },
            text: { field: 'label' },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'names' },
        encode: {
          update: {
            ...text,
            x: { value: -10 },
            y: { scale: 'y', field: 'row', band: 0.5 },
            align: { value: 'right' },
            text: { field: 'row' },
          },
        },
      },
    ],
    legends: [
      {
        fill: 'color',
        orient: 'none',
        legendX: 0,
        legendY: { signal: 'height + 12' },
        direction: 'horizontal',
        symbolType: 'square',
        symbolSize: 140,
        symbolStrokeWidth: 0,
        columnPadding: 16,
        labelFont: CHART_FONT,
        labelFontSize: 12,
        labelColor: INK,
        aria: false,
      },
    ],
    config: { aria: false, text: { font: CHART_FONT } },
  };
}
