// Indicator 5's section in the reports: the KAA list, who was contacted and who took part.
import type { ReportSection } from '../section.js';
import type { Cell } from '../table.js';
import { kaaChart } from './chart.js';
import { kaaTable, kaaTableNotes } from './table.js';
import type { KaaFigures } from './types.js';

export const kaaSection: ReportSection<KaaFigures<Cell>> = {
  keys: {
    heading: 'report.sections.kaa',
    lead: 'report.lead.kaa',
    caption: 'report.captions.kaa',
    chartCaption: 'report.captions.kaaChart',
  },
  noData: 'report.lead.noKaaData',
  lead: (k) => ({ n: { count: k.listed.total }, share: { share: k.contactRate }, interventions: { count: k.inInterventions.total } }),
  rows: (k) => kaaTable(k),
  notes: (k) => kaaTableNotes(k),
  chart: (k) => kaaChart(k),
};
