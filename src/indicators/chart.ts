// What an indicator's chart in the reports shows, as data: which figures, under which labels, in
// which kind of chart. Each indicator builds its chart in its folder (./<name>/chart.ts), or none
// when there is nothing to draw; drawing it (sizes, colours, SVG) is the charts' business
// (src/documents/report/charts.ts, src/charts/).
import type { Count } from './count.js';
import type { Cell, RowLabel } from './table.js';

export type ChartSpec =
  /** One bar per category, women and men side by side. */
  | { kind: 'bars'; categories: Array<{ label: RowLabel; count: Count<Cell> }> }
  /** How women, men and all split into parts, each 100 % wide; `tone` names the part's colour. */
  | { kind: 'parts-of-whole'; parts: Array<{ label: RowLabel; tone: 'raised' | 'kept' | 'lowered'; count: Count<Cell> }> }
  /** Each step a subset of the one before. */
  | { kind: 'funnel'; steps: Array<{ label: RowLabel; count: Count<Cell> }> };
