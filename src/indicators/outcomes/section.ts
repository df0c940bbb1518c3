// Indicator 2's section in the reports: where the participants who left went.
import type { ReportSection } from '../section.js';
import type { Cell } from '../table.js';
import { outcomeChart } from './chart.js';
import { outcomeTable } from './table.js';
import type { OutcomeFigures } from './types.js';

export const outcomeSection: ReportSection<OutcomeFigures<Cell>> = {
  keys: {
    heading: 'report.sections.outcomes',
    lead: 'report.lead.outcomes',
    caption: 'report.captions.outcomes',
    chartCaption: 'report.captions.outcomesChart',
  },
  nothingToShow: (o) => (o.exited.total === 0 ? 'report.lead.noExited' : undefined),
  lead: (o) => ({ n: { count: o.exited.total }, share: { share: o.educationOrWork } }),
  rows: (o) => outcomeTable(o),
  chart: (o) => outcomeChart(o),
};
