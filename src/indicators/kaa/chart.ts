// The KAA chart in the reports: from the list to contacted to in interventions.
import type { ChartSpec } from '../chart.js';
import type { Cell } from '../table.js';
import type { KaaFigures } from './types.js';

export function kaaChart(k: KaaFigures<Cell>): ChartSpec | null {
  if (k.listed.total === 0) return null;
  return {
    kind: 'funnel',
    steps: [
      { label: { key: 'report.rows.kaaListed' }, count: k.listed },
      { label: { key: 'report.rows.kaaContacted' }, count: k.contacted },
      { label: { key: 'report.rows.kaaInInterventions' }, count: k.inInterventions },
    ],
  };
}
