// The grades' table in the reports: with grades, measurable and how their merit value changed,
// intensive support, eligibility and the mean merit values.
import type { Cell, RowSpec } from '../table.js';
import type { GradeFigures } from './types.js';

export function gradeTable(g: GradeFigures<Cell>): RowSpec[] {
  return [
    { kind: 'data', label: { key: 'report.rows.withGrades' }, count: g.withGrades },
    { kind: 'total', label: { key: 'report.rows.measurable' }, count: g.measurable },
    { kind: 'data', label: { key: 'common.gradeChange.raised' }, count: g.raised, indent: true },
    { kind: 'data', label: { key: 'common.gradeChange.kept' }, count: g.kept, indent: true },
    { kind: 'data', label: { key: 'common.gradeChange.lowered' }, count: g.lowered, indent: true },
    { kind: 'share', label: { key: 'report.rows.raisedOrKept' }, ratio: g.raisedOrKept },
    { kind: 'data', label: { key: 'report.rows.intensiveMeasurable' }, count: g.intensiveRaised.denominator },
    { kind: 'share', label: { key: 'report.rows.intensiveRaised' }, ratio: g.intensiveRaised, indent: true },
    { kind: 'data', label: { key: 'report.rows.eligibleFirst' }, count: g.eligibleFirst },
    { kind: 'data', label: { key: 'report.rows.eligibleLast' }, count: g.eligibleLast },
    { kind: 'mean', label: { key: 'report.rows.meritFirst' }, sum: g.meritSumFirst, of: g.measurable },
    { kind: 'mean', label: { key: 'report.rows.meritLast' }, sum: g.meritSumLast, of: g.measurable },
  ];
}
