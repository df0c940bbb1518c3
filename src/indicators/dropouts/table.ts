// The dropouts' table in the reports: the rate with its base, the reasons that occur, returned
// and remaining.
import { DROPOUT_REASONS } from '../../schema/codes.js';
import { isNonZero, type Cell, type RowSpec } from '../table.js';
import type { DropoutFigures } from './types.js';

/**
 * `participants` is the unit's participant total: when the rate's base is smaller (some
 * municipalities report no dropouts), the base row says so.
 */
export function dropoutTable(d: DropoutFigures<Cell>, participants?: Cell): RowSpec[] {
  const partial =
    participants !== undefined && participants !== null && d.rate.denominator.total !== null && d.rate.denominator.total !== participants;
  const rows: RowSpec[] = [
    {
      kind: 'data',
      label: { key: partial ? 'report.rows.participantsWithDropoutData' : 'report.rows.participants' },
      count: d.rate.denominator,
    },
    { kind: 'total', label: { key: 'report.rows.dropoutPersons' }, count: d.persons },
    { kind: 'share', label: { key: 'report.rows.dropoutRate' }, ratio: d.rate },
  ];
  const reasons = DROPOUT_REASONS.filter((r) => isNonZero(d.byReason[r]));
  if (reasons.length > 0) {
    rows.push({ kind: 'group', label: { key: 'report.rows.byReason' } });
    for (const r of reasons) rows.push({ kind: 'data', label: { key: `codes.dropoutReason.${r}` }, count: d.byReason[r], indent: true });
  }
  rows.push({ kind: 'data', label: { key: 'report.rows.returned' }, count: d.returned });
  rows.push({ kind: 'data', label: { key: 'report.rows.remaining' }, count: d.remaining });
  return rows;
}
