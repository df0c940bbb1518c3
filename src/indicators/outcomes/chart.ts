// The exit outcomes' chart in the reports: one bar per outcome that occurs.
import { OUTCOME_CODES } from '../../schema/codes.js';
import type { ChartSpec } from '../chart.js';
import { isNonZero, type Cell } from '../table.js';
import type { OutcomeFigures } from './types.js';

export function outcomeChart(o: OutcomeFigures<Cell>): ChartSpec | null {
  const categories = OUTCOME_CODES.filter((c) => isNonZero(o.byCode[c])).map((c) => ({
    label: { key: `codes.outcome.${c}` },
    count: o.byCode[c],
  }));
  return categories.length === 0 ? null : { kind: 'bars', categories };
}
