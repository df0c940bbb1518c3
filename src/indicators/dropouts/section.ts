// Indicator 3's section in the reports: who dropped out of the workshops, why, and who came back.
import type { ReportSection } from '../section.js';
import type { Cell } from '../table.js';
import { dropoutChart } from './chart.js';
import { dropoutTable } from './table.js';
import type { DropoutFigures } from './types.js';

export const dropoutSection: ReportSection<DropoutFigures<Cell>> = {
  keys: {
    heading: 'report.sections.dropouts',
    lead: 'report.lead.dropouts',
    caption: 'report.captions.dropouts',
    chartCaption: 'report.captions.dropoutsChart',
  },
  noData: 'report.lead.noDropoutData',
  lead: (d) => ({ share: { share: d.rate }, returned: { count: d.returned.total } }),
  rows: (d, all) => dropoutTable(d, all.participants.persons.total),
  chart: (d) => dropoutChart(d),
};
