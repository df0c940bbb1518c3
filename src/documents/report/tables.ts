// Indicator tables in the reports' house style: every count for Kvinnor, Män and Totalt (in that
// order), shares with their base ("92 % (95 av 103)"), ".." for suppressed cells with a note under
// the table, a numbered caption above and the source below.
import { AGE_BANDS, AGE_BAND_LABELS, DROPOUT_REASONS, DROPOUT_REASON_LABELS, OUTCOME_CODES, OUTCOMES, TARGET_GROUPS, TARGET_GROUP_SHORT_LABELS } from '../../schema/codes.js';
import type { Count, DropoutFigures, Figures, GradeFigures, KaaFigures, OutcomeFigures, ParticipantFigures, Ratio } from '../../indicators/types.js';
import { MISSING, formatDecimal, formatInteger, formatShare } from '../../html/format.js';
import type { DocumentBuilder, TableRow, TableView } from './document.js';
import { label } from './labels.js';

export type Cell = number | null;
export type SFigures = Figures<Cell>;
const GROUPS = ['women', 'men', 'total'] as const;

export function countCells(c: Count<Cell>): string[] {
  return GROUPS.map((g) => formatInteger(c[g]));
}
export function shareCells(r: Ratio<Cell>): string[] {
  return GROUPS.map((g) => formatShare(r.numerator[g], r.denominator[g]));
}
function meanCells(sum: Count<Cell>, n: Count<Cell>): string[] {
  return GROUPS.map((g) => {
    const s = sum[g];
    const d = n[g];
    return s === null || d === null || d === 0 ? MISSING : formatDecimal(s / d, 1);
  });
}
function ratioDecimalCells(r: Ratio<Cell>): string[] {
  return meanCells(r.numerator, r.denominator);
}

/** A zero row is left out of breakdowns (codes, reasons) — but a hidden one ("..") is kept. */
export function isNonZero(c: Count<Cell>): boolean {
  return c.total !== 0;
}

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
}

/** Numbers the table and adds the ".." note when any cell is suppressed. */
export function makeTable(doc: DocumentBuilder, spec: TableSpec): TableView {
  const notes = [...(spec.notes ?? [])];
  if (spec.rows.some((r) => r.cells.some((c) => c.startsWith(MISSING)))) notes.push(label('common.suppressedNote'));
  const columns = spec.columns ?? [label('common.women'), label('common.men'), label('common.total')];
  return {
    number: doc.nextTableNumber(),
    caption: spec.caption,
    stub: spec.stub ?? '',
    columns,
    align: spec.align ?? columns.map(() => 'num' as const),
    colspan: columns.length + 1,
    rows: spec.rows,
    bodies: splitAtGroups(spec.rows),
    source: spec.source,
    notes,
    keep: spec.rows.length <= 14,
  };
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

export function participantRows(p: ParticipantFigures<Cell>): TableRow[] {
  const rows: TableRow[] = [totalRow(label('rows.participants'), p.persons), groupRow(label('rows.byTargetGroup'))];
  for (const tg of TARGET_GROUPS) rows.push(dataRow(TARGET_GROUP_SHORT_LABELS[tg], p.byTargetGroup[tg], true));
  rows.push(groupRow(label('rows.byAgeBand')));
  for (const band of AGE_BANDS) {
    if (band === 'other' && !isNonZero(p.byAgeBand[band])) continue;
    rows.push(dataRow(AGE_BAND_LABELS[band], p.byAgeBand[band], true));
  }
  rows.push(dataRow(label('rows.intensiveSupport'), p.intensiveSupport));
  return rows;
}

export function outcomeRows(o: OutcomeFigures<Cell>): TableRow[] {
  const rows: TableRow[] = [totalRow(label('rows.exited'), o.exited)];
  for (const code of OUTCOME_CODES) {
    if (isNonZero(o.byCode[code])) rows.push(dataRow(OUTCOMES[code].label, o.byCode[code], true));
  }
  if (isNonZero(o.missingOutcome)) rows.push(dataRow(label('rows.missingOutcome'), o.missingOutcome, true));
  rows.push(shareRow(label('rows.educationOrWork'), o.educationOrWork));
  return rows;
}

/**
 * Dropout rows. `participants` is the unit's participant total: when the rate's base is smaller
 * (some municipalities report no dropouts), the base row says so.
 */
export function dropoutRows(d: DropoutFigures<Cell>, participants?: Cell): TableRow[] {
  const partial = participants !== undefined && participants !== null && d.rate.denominator.total !== null && d.rate.denominator.total !== participants;
  const rows: TableRow[] = [
    dataRow(label(partial ? 'rows.participantsWithDropoutData' : 'rows.participants'), d.rate.denominator),
    totalRow(label('rows.dropoutPersons'), d.persons),
    shareRow(label('rows.dropoutRate'), d.rate),
  ];
  const reasons = DROPOUT_REASONS.filter((r) => isNonZero(d.byReason[r]));
  if (reasons.length > 0) {
    rows.push(groupRow(label('rows.byReason')));
    for (const r of reasons) rows.push(dataRow(DROPOUT_REASON_LABELS[r], d.byReason[r], true));
  }
  rows.push(dataRow(label('rows.returned'), d.returned));
  rows.push(dataRow(label('rows.remaining'), d.remaining));
  return rows;
}

export function gradeRows(g: GradeFigures<Cell>): TableRow[] {
  return [
    dataRow(label('rows.withGrades'), g.withGrades),
    totalRow(label('rows.measurable'), g.measurable),
    dataRow(label('rows.raised'), g.raised, true),
    dataRow(label('rows.kept'), g.kept, true),
    dataRow(label('rows.lowered'), g.lowered, true),
    shareRow(label('rows.raisedOrKept'), g.raisedOrKept),
    dataRow(label('rows.intensiveMeasurable'), g.intensiveRaised.denominator),
    shareRow(label('rows.intensiveRaised'), g.intensiveRaised, true),
    dataRow(label('rows.eligibleFirst'), g.eligibleFirst),
    dataRow(label('rows.eligibleLast'), g.eligibleLast),
    row('data', label('rows.meritFirst'), meanCells(g.meritSumFirst, g.measurable)),
    row('data', label('rows.meritLast'), meanCells(g.meritSumLast, g.measurable)),
  ];
}

export function kaaRows(k: KaaFigures<Cell>): TableRow[] {
  return [
    totalRow(label('rows.kaaListed'), k.listed),
    dataRow(label('rows.kaaContacted'), k.contacted),
    shareRow(label('rows.kaaContactRate'), k.contactRate, true),
    dataRow(label('rows.kaaInInterventions'), k.inInterventions),
    dataRow(label('rows.kaaAttempts'), k.attempts),
    row('data', label('rows.kaaAttemptsPerPerson'), ratioDecimalCells(k.attemptsPerPerson)),
  ];
}

/** "I Totalt ingår 3 personer med okänt kön." when the KAA list has persons of unknown gender. */
export function unknownGenderNote(k: KaaFigures<Cell>): string[] {
  const unknown = k.listed.unknown;
  if (unknown === undefined || unknown === 0) return [];
  return [label('notes.unknownGender', { n: formatInteger(unknown) })];
}

/** Rows of several units under group headings (a municipality's workshops). */
export function groupedRows(groups: Array<{ name: string; rows: TableRow[] }>): TableRow[] {
  // Inner group headings (e.g. "Orsak") are dropped: one level of grouping reads better, and the
  // rows they introduced stay indented.
  return groups.flatMap((g) => [groupRow(g.name), ...g.rows.filter((r) => r.kind !== 'group')]);
}
