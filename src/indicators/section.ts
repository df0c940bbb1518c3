// What an indicator's section in the reports says, as data: its heading, the one sentence that
// leads it (a catalogue key and the figures it names), its table rows, its chart and the file its
// figures come from. Each indicator declares it in its folder (./<name>/section.ts); the reports
// (src/documents/report/common.ts) lay every registered indicator's section out the same way, and
// format the figures (counts, shares with their base, "..").
import type { Ratio } from './count.js';
import type { ChartSpec } from './chart.js';
import type { Figures } from './types.js';
import type { Cell, NoteSpec, RowSpec } from './table.js';

/** A figure the lead sentence names: a number ("103") or a share of the totals with its base ("92 % (95 av 103)"). */
export type LeadValue = { count: Cell } | { share: Ratio<Cell> };

export interface ReportSection<F> {
  /** Catalogue keys: the heading, the lead sentence, the table's and the chart's captions. */
  keys: { heading: string; lead: string; caption: string; chartCaption?: string };
  /** The catalogue key of the text shown instead when there are no figures (an optional file absent). */
  noData?: string;
  /** The catalogue key of the text shown instead when the figures say there is nothing to show. */
  nothingToShow?(f: F): string | undefined;
  /** The figures the lead sentence names (the document adds {place}). */
  lead(f: F, all: Figures<Cell>): Record<string, LeadValue>;
  rows(f: F, all: Figures<Cell>): RowSpec[];
  notes?(f: F): NoteSpec[];
  chart?(f: F): ChartSpec | null;
}
