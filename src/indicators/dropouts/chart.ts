// The dropouts' chart in the reports: one bar per latest reason that occurs.
import { DROPOUT_REASONS } from '../../schema/codes.js';
import type { ChartSpec } from '../chart.js';
import { isNonZero, type Cell } from '../table.js';
import type { DropoutFigures } from './types.js';

export function dropoutChart(d: DropoutFigures<Cell>): ChartSpec | null {
  const categories = DROPOUT_REASONS.filter((r) => isNonZero(d.byReason[r])).map((r) => ({
    label: { key: `codes.dropoutReason.${r}` },
    count: d.byReason[r],
  }));
  return categories.length === 0 ? null : { kind: 'bars', categories };
}
