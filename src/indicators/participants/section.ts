// Indicator 1's section in the reports: who took part, by gender, target group and age band.
import type { ReportSection } from '../section.js';
import type { Cell } from '../table.js';
import { participantTable } from './table.js';
import type { ParticipantFigures } from './types.js';

export const participantSection: ReportSection<ParticipantFigures<Cell>> = {
  keys: { heading: 'report.sections.participants', lead: 'report.lead.participants', caption: 'report.captions.participants' },
  lead: (p) => ({ n: { count: p.persons.total }, women: { count: p.persons.women }, men: { count: p.persons.men } }),
  rows: (p) => participantTable(p),
};
