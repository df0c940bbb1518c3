// The participants' table in the reports: in total, by target group, by age band (other ages only
// when there are any) and with intensive support.
import { AGE_BANDS, TARGET_GROUPS } from '../../schema/codes.js';
import { isNonZero, type Cell, type RowSpec } from '../table.js';
import type { ParticipantFigures } from './types.js';

export function participantTable(p: ParticipantFigures<Cell>): RowSpec[] {
  const rows: RowSpec[] = [
    { kind: 'total', label: { key: 'report.rows.participants' }, count: p.persons },
    { kind: 'group', label: { key: 'report.rows.byTargetGroup' } },
  ];
  for (const tg of TARGET_GROUPS)
    rows.push({ kind: 'data', label: { key: `codes.targetGroupShort.${tg}` }, count: p.byTargetGroup[tg], indent: true });
  rows.push({ kind: 'group', label: { key: 'report.rows.byAgeBand' } });
  for (const band of AGE_BANDS) {
    if (band === 'other' && !isNonZero(p.byAgeBand[band])) continue;
    rows.push({ kind: 'data', label: { key: `codes.ageBand.${band}` }, count: p.byAgeBand[band], indent: true });
  }
  rows.push({ kind: 'data', label: { key: 'report.rows.intensiveSupport' }, count: p.intensiveSupport });
  return rows;
}
