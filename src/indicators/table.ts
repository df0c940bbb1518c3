// What an indicator's table in the reports shows, row by row, as data: which figures, in which
// kind of row, under which label. Each indicator builds its rows in its folder (./<name>/table.ts);
// how a row looks (number formats, "..", the house style) is the documents' business
// (src/documents/report/tables.ts). Labels are keys of the document catalogue, or the label of a
// code from the code lists.
import type { Count, Ratio } from './count.js';

/** A cell after disclosure control: null is hidden. */
export type Cell = number | null;

/** A key of the document catalogue, or a text from the code lists. */
export type RowLabel = { key: string } | { text: string };

export type RowSpec =
  /** A count of persons; 'total' is the row the others break down. */
  | { kind: 'total' | 'data'; label: RowLabel; count: Count<Cell>; indent?: boolean }
  /** A share with its base: "92 % (95 av 103)". */
  | { kind: 'share'; label: RowLabel; ratio: Ratio<Cell>; indent?: boolean }
  /** A mean with one decimal: sum / of (a mean merit value, attempts per person). */
  | { kind: 'mean'; label: RowLabel; sum: Count<Cell>; of: Count<Cell>; indent?: boolean }
  /** A heading over the indented rows that follow. */
  | { kind: 'group'; label: RowLabel };

/** A note under the table: a catalogue key and the numbers it states (null when hidden). */
export interface NoteSpec {
  key: string;
  numbers: Record<string, Cell>;
}

/** A zero row is left out of breakdowns (codes, reasons) — but a hidden one ("..") is kept. */
export function isNonZero(c: Count<Cell>): boolean {
  return c.total !== 0;
}
