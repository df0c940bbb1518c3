// The grades' chart in the reports: how the measurable raised, kept or lowered their merit value.
import type { ChartSpec } from '../chart.js';
import type { Cell } from '../table.js';
import type { GradeFigures } from './types.js';

export function gradeChart(g: GradeFigures<Cell>): ChartSpec | null {
  if (g.measurable.total === 0) return null;
  return {
    kind: 'parts-of-whole',
    parts: [
      { label: { key: 'common.gradeChange.raised' }, tone: 'raised', count: g.raised },
      { label: { key: 'common.gradeChange.kept' }, tone: 'kept', count: g.kept },
      { label: { key: 'common.gradeChange.lowered' }, tone: 'lowered', count: g.lowered },
    ],
  };
}
