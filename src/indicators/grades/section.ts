// Indicator 4's section in the reports: whose grades were raised or kept.
import type { ReportSection } from '../section.js';
import type { Cell } from '../table.js';
import { gradeChart } from './chart.js';
import { gradeTable } from './table.js';
import type { GradeFigures } from './types.js';

export const gradeSection: ReportSection<GradeFigures<Cell>> = {
  keys: {
    heading: 'report.sections.grades',
    lead: 'report.lead.grades',
    caption: 'report.captions.grades',
    chartCaption: 'report.captions.gradesChart',
  },
  noData: 'report.lead.noGradeData',
  lead: (g) => ({ n: { count: g.measurable.total }, share: { share: g.raisedOrKept } }),
  rows: (g) => gradeTable(g),
  chart: (g) => gradeChart(g),
};
