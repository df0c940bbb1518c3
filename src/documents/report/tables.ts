// Indicator tables in the reports' house style: every count for Kvinnor, Män and Totalt (in that
// order), shares with their base ("92 % (95 av 103)"), ".." for suppressed cells with a note under
// the table, a numbered caption above and the source below.
import type {
  Count,
  DropoutFigures,
  Figures,
  GradeFigures,
  KaaFigures,
  OutcomeFigures,
  ParticipantFigures,
  Ratio,
} from '../../indicators/types.js';
import { isNonZero, type NoteSpec, type RowLabel, type RowSpec } from '../../indicators/table.js';
import { participantTable } from '../../indicators/participants/table.js';
import { outcomeTable } from '../../indicators/outcomes/table.js';
import { dropoutTable } from '../../indicators/dropouts/table.js';
import { gradeTable } from '../../indicators/grades/table.js';
import { kaaTable, kaaTableNotes } from '../../indicators/kaa/table.js';
import { MISSING, formatDecimal, formatInteger, formatList, formatShare } from '../../html/format.js';
import type { DocumentBuilder, TableRow, TableView } from './document.js';
import { label } from './labels.js';

export type Cell = number | null;
export type SFigures = Figures<Cell>;
type Group = 'women' | 'men' | 'unknown' | 'total';
const GROUPS: readonly Group[] = ['women', 'men', 'total'];
/** With persons of unknown gender their column stands before Totalt, so the columns add up. */
const GROUPS_WITH_UNKNOWN: readonly Group[] = ['women', 'men', 'unknown', 'total'];
const groupsOf = (withUnknown: boolean) => (withUnknown ? GROUPS_WITH_UNKNOWN : GROUPS);
// A count without `unknown` has nobody of unknown gender: 0, not "..".
const cell = (c: Count<Cell>, g: Group): Cell => (g === 'unknown' ? (c.unknown ?? 0) : c[g]);

export function countCells(c: Count<Cell>, withUnknown = false): string[] {
  return groupsOf(withUnknown).map((g) => formatInteger(cell(c, g)));
}
export function shareCells(r: Ratio<Cell>, withUnknown = false): string[] {
  return groupsOf(withUnknown).map((g) => formatShare(cell(r.numerator, g), cell(r.denominator, g)));
}
function meanCells(sum: Count<Cell>, n: Count<Cell>, withUnknown: boolean): string[] {
  return groupsOf(withUnknown).map((g) => {
    const s = cell(sum, g);
    const d = cell(n, g);
    return s === null || d === null || d === 0 ? MISSING : formatDecimal(s / d, 1);
  });
}

/** True when a count holds persons of unknown gender (or hides how many): they need a column. */
export const hasUnknownGender = (c: Count<Cell>): boolean => c.unknown !== undefined && c.unknown !== 0;

/** True when any row of an indicator's table counts persons of unknown gender. */
export function specsHaveUnknownGender(specs: RowSpec[]): boolean {
  return specs.some((spec) => {
    if (spec.kind === 'group') return false;
    if (spec.kind === 'share') return hasUnknownGender(spec.ratio.denominator);
    if (spec.kind === 'mean') return hasUnknownGender(spec.of);
    return hasUnknownGender(spec.count);
  });
}

export { isNonZero };

const row = (kind: TableRow['kind'], text: string, cells: string[], indent = false): TableRow => ({ kind, label: text, cells, indent });
export const dataRow = (text: string, c: Count<Cell>, indent = false) => row('data', text, countCells(c), indent);
export const totalRow = (text: string, c: Count<Cell>) => row('total', text, countCells(c));
export const shareRow = (text: string, r: Ratio<Cell>, indent = false) => row('share', text, shareCells(r), indent);
export const groupRow = (text: string) => row('group', text, []);

export interface TableSpec {
  caption: string;
  rows: TableRow[];
  source: string;
  notes?: string[];
  stub?: string;
  columns?: string[];
  /** Alignment per column; default: every column numeric. */
  align?: Array<'num' | 'text'>;
  /** The default columns with "Okänt kön" before Totalt (rows built with withUnknown). */
  unknownGender?: boolean;
}

/** Kvinnor, Män (, Okänt kön), Totalt. */
export function genderColumns(withUnknown = false): string[] {
  return withUnknown
    ? [label('common.women'), label('common.men'), label('common.unknownGender'), label('common.total')]
    : [label('common.women'), label('common.men'), label('common.total')];
}

/**
 * Numbers the table, leaves out the categories of a breakdown that nobody falls into (with a note
 * naming them: a column of zeros is padding, not information) and adds the ".." note when any
 * cell is suppressed.
 */
/**
 * Tables up to this many rows keep on one page; a longer one may break between its groups (or,
 * without groups, between any rows), its continuation captioned "(forts.)" by
 * src/pdf/continued-tables.ts.
 */
const KEEP_ROWS = 14;

export function makeTable(doc: DocumentBuilder, spec: TableSpec): TableView {
  const { rows, dropped } = withoutZeroCategories(spec.rows);
  const notes = [...(spec.notes ?? [])];
  if (dropped.length > 0)
    notes.push(label(dropped.length === 1 ? 'report.notes.zeroRow' : 'report.notes.zeroRows', { rows: formatList(dropped) }));
  if (rows.some((r) => r.cells.some((c) => c.startsWith(MISSING)))) notes.push(label('common.suppressedNote'));
  const columns = spec.columns ?? genderColumns(spec.unknownGender);
  return {
    number: doc.nextTableNumber(),
    caption: spec.caption,
    stub: spec.stub ?? '',
    columns,
    align: spec.align ?? columns.map(() => 'num' as const),
    colspan: columns.length + 1,
    rows,
    bodies: splitAtGroups(rows),
    source: spec.source,
    notes,
    keep: rows.length <= KEEP_ROWS,
  };
}

const isZeroCategory = (r: TableRow) => r.kind === 'data' && r.indent && r.cells.length > 0 && r.cells.every((c) => c === '0');

/**
 * Drops the indented rows of a breakdown whose every cell is 0 ("Målgrupp 1 0 0 0"), and a group
 * heading left with no rows; returns the dropped labels once each, in table order. Totals, shares
 * and hidden ("..") cells always stay.
 */
export function withoutZeroCategories(rows: TableRow[]): { rows: TableRow[]; dropped: string[] } {
  const dropped = [...new Set(rows.filter(isZeroCategory).map((r) => r.label))];
  const kept = rows.filter((r) => !isZeroCategory(r));
  const result = kept.filter((r, i) => r.kind !== 'group' || (kept[i + 1] !== undefined && kept[i + 1]!.kind !== 'group'));
  return { rows: result, dropped };
}

/** Starts a new body at every group heading, so a heading never ends a page without its rows. */
export function splitAtGroups(rows: TableRow[]): Array<{ rows: TableRow[] }> {
  const bodies: Array<{ rows: TableRow[] }> = [];
  for (const r of rows) {
    if (r.kind === 'group' || bodies.length === 0) bodies.push({ rows: [] });
    bodies[bodies.length - 1]!.rows.push(r);
  }
  return bodies;
}

const rowLabel = (l: RowLabel) => ('key' in l ? label(l.key) : l.text);

/** An indicator's rows (built in its folder, src/indicators/<name>/table.ts) in the house style. */
export function indicatorRows(specs: RowSpec[], withUnknown = false): TableRow[] {
  return specs.map((spec) => {
    if (spec.kind === 'group') return groupRow(rowLabel(spec.label));
    if (spec.kind === 'share') return row('share', rowLabel(spec.label), shareCells(spec.ratio, withUnknown), spec.indent);
    if (spec.kind === 'mean') return row('data', rowLabel(spec.label), meanCells(spec.sum, spec.of, withUnknown), spec.indent);
    return row(spec.kind, rowLabel(spec.label), countCells(spec.count, withUnknown), spec.indent);
  });
}

/** A note's text; when a number it states is hidden, its "…Hidden" wording, which never prints "..". */
export function indicatorNotes(notes: NoteSpec[]): string[] {
  return notes.map((note) => {
    const hidden = Object.values(note.numbers).some((n) => n === null);
    return label(
      hidden ? `${note.key}Hidden` : note.key,
      Object.fromEntries(Object.entries(note.numbers).map(([name, n]) => [name, formatInteger(n)])),
    );
  });
}

export const participantRows = (p: ParticipantFigures<Cell>) => indicatorRows(participantTable(p));
export const outcomeRows = (o: OutcomeFigures<Cell>) => indicatorRows(outcomeTable(o));
export const dropoutRows = (d: DropoutFigures<Cell>, participants?: Cell) => indicatorRows(dropoutTable(d, participants));
export const gradeRows = (g: GradeFigures<Cell>) => indicatorRows(gradeTable(g));
export const kaaRows = (k: KaaFigures<Cell>, withUnknown = false) => indicatorRows(kaaTable(k), withUnknown);
/** "I Totalt ingår 3 personer med okänt kön." when the KAA list has persons of unknown gender. */
export const unknownGenderNote = (k: KaaFigures<Cell>) => indicatorNotes(kaaTableNotes(k));

/** Rows of several units under group headings (a municipality's workshops). */
export function groupedRows(groups: Array<{ name: string; rows: TableRow[] }>): TableRow[] {
  // Inner group headings (e.g. "Orsak") are dropped: one level of grouping reads better, and the
  // rows they introduced stay indented.
  return groups.flatMap((g) => [groupRow(g.name), ...g.rows.filter((r) => r.kind !== 'group')]);
}
