// The dropouts' table in the reports: the rate with its base, the reasons that occur, returned
// and remaining.
import { DROPOUT_REASONS, DROPOUT_REASON_LABELS } from '../../schema/codes.js';
import { isNonZero, type Cell, type RowSpec } from '../table.js';
import type { DropoutFigures } from './types.js';

/**
 * `participants` is the unit's participant total: when the rate's base is smaller (some
 * municipalities report no dropouts), the base row says so.
 */
export function dropoutTable(d: DropoutFigures<Cell>, participants?: Cell): RowSpec[] {
  const partial = participants !== undefined && participants !== null && d.rate.denominator.total !== null && d.rate.denominator.total !== participants;
  const rows: RowSpec[] = [
    { kind: 'data', label: { key: partial ? 'rows.participantsWithDropoutData' : 'rows.participants' }, count: d.rate.denominator },
    { kind: 'total', label: { key: 'rows.dropoutPersons' }, count: d.persons },
    { kind: 'share', label: { key: 'rows.dropoutRate' }, ratio: d.rate },
  ];
  const reasons = DROPOUT_REASONS.filter((r) => isNonZero(d.byReason[r]));
  if (reasons.length > 0) {
    rows.push({ kind: 'group', label: { key: 'rows.byReason' } });
    for (const r of reasons) rows.push({ kind: 'data', label: { text: DROPOUT_REASON_LABELS[r] }, count: d.byReason[r], indent: true });
  }
  rows.push({ kind: 'data', label: { key: 'rows.returned' }, count: d.returned });
  rows.push({ kind: 'data', label: { key: 'rows.remaining' }, count: d.remaining });
  return rows;
}
