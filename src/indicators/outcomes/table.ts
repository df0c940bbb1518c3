// The exit outcomes' table in the reports: exited, each outcome that occurs, missing outcomes when
// there are any, and the share in education or work.
import { OUTCOME_CODES } from '../../schema/codes.js';
import { isNonZero, type Cell, type RowSpec } from '../table.js';
import type { OutcomeFigures } from './types.js';

export function outcomeTable(o: OutcomeFigures<Cell>): RowSpec[] {
  const rows: RowSpec[] = [{ kind: 'total', label: { key: 'report.rows.exited' }, count: o.exited }];
  for (const code of OUTCOME_CODES) {
    if (isNonZero(o.byCode[code]))
      rows.push({ kind: 'data', label: { key: `codes.outcome.${code}` }, count: o.byCode[code], indent: true });
  }
  if (isNonZero(o.missingOutcome))
    rows.push({ kind: 'data', label: { key: 'report.rows.missingOutcome' }, count: o.missingOutcome, indent: true });
  rows.push({ kind: 'share', label: { key: 'report.rows.educationOrWork' }, ratio: o.educationOrWork });
  return rows;
}
