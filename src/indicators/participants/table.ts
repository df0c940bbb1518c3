// The participants' table in the reports: in total, by target group, by age band (other ages only
// when there are any) and with intensive support.
import { AGE_BANDS, AGE_BAND_LABELS, TARGET_GROUPS, TARGET_GROUP_SHORT_LABELS } from '../../schema/codes.js';
import { isNonZero, type Cell, type RowSpec } from '../table.js';
import type { ParticipantFigures } from './types.js';

export function participantTable(p: ParticipantFigures<Cell>): RowSpec[] {
  const rows: RowSpec[] = [
    { kind: 'total', label: { key: 'rows.participants' }, count: p.persons },
    { kind: 'group', label: { key: 'rows.byTargetGroup' } },
  ];
  for (const tg of TARGET_GROUPS) rows.push({ kind: 'data', label: { text: TARGET_GROUP_SHORT_LABELS[tg] }, count: p.byTargetGroup[tg], indent: true });
  rows.push({ kind: 'group', label: { key: 'rows.byAgeBand' } });
  for (const band of AGE_BANDS) {
    if (band === 'other' && !isNonZero(p.byAgeBand[band])) continue;
    rows.push({ kind: 'data', label: { text: AGE_BAND_LABELS[band] }, count: p.byAgeBand[band], indent: true });
  }
  rows.push({ kind: 'data', label: { key: 'rows.intensiveSupport' }, count: p.intensiveSupport });
  return rows;
}
