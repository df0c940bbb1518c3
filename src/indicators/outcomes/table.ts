// The exit outcomes' table in the reports: exited, each outcome that occurs, missing outcomes when
// there are any, and the share in education or work.
import { OUTCOME_CODES, OUTCOMES } from '../../schema/codes.js';
import { isNonZero, type Cell, type RowSpec } from '../table.js';
import type { OutcomeFigures } from './types.js';

export function outcomeTable(o: OutcomeFigures<Cell>): RowSpec[] {
  const rows: RowSpec[] = [{ kind: 'total', label: { key: 'rows.exited' }, count: o.exited }];
  for (const code of OUTCOME_CODES) {
    if (isNonZero(o.byCode[code])) rows.push({ kind: 'data', label: { text: OUTCOMES[code].label }, count: o.byCode[code], indent: true });
  }
  if (isNonZero(o.missingOutcome)) rows.push({ kind: 'data', label: { key: 'rows.missingOutcome' }, count: o.missingOutcome, indent: true });
  rows.push({ kind: 'share', label: { key: 'rows.educationOrWork' }, ratio: o.educationOrWork });
  return rows;
}
