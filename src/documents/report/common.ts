// Building blocks shared by the regional and the national report: narrative sections under the
// report template's fixed questions, the indicator sections (table + chart + one sentence that
// gives the first share with its base), key figures and the method appendix.
import { INDICATOR_DEFINITIONS } from '../../indicators/definitions.js';
import type { Count, Figures, Ratio, Unit } from '../../indicators/types.js';
import type { Finding } from '../../validate/finding.js';
import { MISSING, formatDateText, formatInteger, formatPercent, formatShare } from '../../html/format.js';
import { dropoutReasonsChart, gradesChart, chartBlock, kaaChart, outcomesChart } from './charts.js';
import type { Block, Chapter, DocumentBuilder, KeyFigure, Section, TableRow } from './document.js';
import { label } from './labels.js';
import {
  dropoutRows,
  gradeRows,
  kaaRows,
  makeTable,
  outcomeRows,
  participantRows,
  unknownGenderNote,
  type Cell,
} from './tables.js';

export type SUnit = Unit<Cell>;

/** A section whose heading and lead question come from labels, answered by the data's Markdown. */
export function narrativeSection(doc: DocumentBuilder, chapter: Chapter, prefix: string, key: string, answer: string | undefined): Section {
  const section = doc.section(chapter, label(`${prefix}.${key}.title`));
  section.blocks.push({ kind: 'question', text: label(`${prefix}.${key}.question`) });
  section.blocks.push(markdownOrMissing(answer));
  return section;
}

export function markdownOrMissing(text: string | undefined): Block {
  return text && text.trim() !== '' ? { kind: 'markdown', text } : { kind: 'missing', text: label('common.notAnswered') };
}

const sourceOf = (file: string, place: string) => label('sources.file', { file, place });

/** "92 % (95 av 103)" for the total, or ".." */
export function shareText(r: Ratio<Cell>): string {
  return formatShare(r.numerator.total, r.denominator.total);
}
const n = (v: Cell | undefined) => formatInteger(v ?? null);

export function genderDetail(c: Count<Cell>): string {
  return label('keyFigures.genderDetail', { women: n(c.women), men: n(c.men) });
}

/** Three to five key figures of a unit, for the summary. */
export function keyFigures(f: Figures<Cell>, extra: KeyFigure[] = []): KeyFigure[] {
  const items: KeyFigure[] = [{ value: n(f.participants.persons.total), label: label('keyFigures.participants'), detail: genderDetail(f.participants.persons) }];
  items.push(...extra);
  // Shares go on the cover only when they have a base: an indicator without data is left out.
  const shares: Array<[Ratio<Cell> | undefined, string, string]> = [
    [f.outcomes.exited.total !== 0 ? f.outcomes.educationOrWork : undefined, 'keyFigures.educationOrWork', 'keyFigures.exitedWhat'],
    [f.kaa && f.kaa.listed.total !== 0 ? f.kaa.contactRate : undefined, 'keyFigures.kaaContacted', 'keyFigures.kaaWhat'],
    [f.grades && f.grades.measurable.total !== 0 ? f.grades.raisedOrKept : undefined, 'keyFigures.raisedOrKept', 'keyFigures.measurableWhat'],
  ];
  for (const [r, labelKey, whatKey] of shares) {
    if (!r) continue;
    items.push({
      value: formatPercent(r.numerator.total, r.denominator.total),
      label: label(labelKey),
      detail: label('keyFigures.ofBase', { num: n(r.numerator.total), den: n(r.denominator.total), what: label(whatKey) }),
    });
  }
  return items.slice(0, 5);
}

/** The five indicator sections of a region or the nation, appended to `chapter`. */
export async function indicatorSections(
  doc: DocumentBuilder,
  chapter: Chapter,
  unit: SUnit,
  place: string,
  extras: { participants?: Block[]; outcomes?: Block[]; placeInText?: string } = {},
): Promise<void> {
  const f = unit.figures;
  const inText = extras.placeInText ?? place;

  const participants = doc.section(chapter, label('sections.participants'));
  participants.blocks.push({
    kind: 'paragraph',
    muted: false,
    text: label('lead.participants', { place: inText, n: n(f.participants.persons.total), women: n(f.participants.persons.women), men: n(f.participants.persons.men) }),
  });
  participants.blocks.push({
    kind: 'table',
    table: makeTable(doc, { caption: label('captions.participants', { place }), rows: participantRows(f.participants), source: sourceOf('participants.csv', place) }),
  });
  participants.blocks.push(...(extras.participants ?? []));

  const outcomes = doc.section(chapter, label('sections.outcomes'));
  if (f.outcomes.exited.total === 0) {
    outcomes.blocks.push({ kind: 'missing', text: label('lead.noExited') });
  } else {
    outcomes.blocks.push({
      kind: 'paragraph',
      muted: false,
      text: label('lead.outcomes', { n: n(f.outcomes.exited.total), share: shareText(f.outcomes.educationOrWork) }),
    });
    outcomes.blocks.push({
      kind: 'table',
      table: makeTable(doc, { caption: label('captions.outcomes', { place }), rows: outcomeRows(f.outcomes), source: sourceOf('participants.csv', place) }),
    });
    const chart = await outcomesChart(f.outcomes, label('captions.outcomesChart', { place }));
    if (chart) outcomes.blocks.push(chartBlock(doc, label('captions.outcomesChart', { place }), chart, sourceOf('participants.csv', place)));
  }
  outcomes.blocks.push(...(extras.outcomes ?? []));

  const dropouts = doc.section(chapter, label('sections.dropouts'));
  if (!f.dropouts) dropouts.blocks.push({ kind: 'missing', text: label('lead.noDropoutData') });
  else {
    dropouts.blocks.push({ kind: 'paragraph', muted: false, text: label('lead.dropouts', { share: shareText(f.dropouts.rate), returned: n(f.dropouts.returned.total) }) });
    dropouts.blocks.push({
      kind: 'table',
      table: makeTable(doc, {
        caption: label('captions.dropouts', { place }),
        rows: dropoutRows(f.dropouts, f.participants.persons.total),
        source: sourceOf('dropouts.csv', place),
      }),
    });
    const chart = await dropoutReasonsChart(f.dropouts, label('captions.dropoutsChart', { place }));
    if (chart) dropouts.blocks.push(chartBlock(doc, label('captions.dropoutsChart', { place }), chart, sourceOf('dropouts.csv', place)));
  }

  const grades = doc.section(chapter, label('sections.grades'));
  if (!f.grades) grades.blocks.push({ kind: 'missing', text: label('lead.noGradeData') });
  else {
    grades.blocks.push({ kind: 'paragraph', muted: false, text: label('lead.grades', { n: n(f.grades.measurable.total), share: shareText(f.grades.raisedOrKept) }) });
    grades.blocks.push({
      kind: 'table',
      table: makeTable(doc, { caption: label('captions.grades', { place }), rows: gradeRows(f.grades), source: sourceOf('grades.csv', place) }),
    });
    const chart = await gradesChart(f.grades, label('captions.gradesChart', { place }));
    if (chart) grades.blocks.push(chartBlock(doc, label('captions.gradesChart', { place }), chart, sourceOf('grades.csv', place)));
  }

  const kaa = doc.section(chapter, label('sections.kaa'));
  if (!f.kaa) kaa.blocks.push({ kind: 'missing', text: label('lead.noKaaData') });
  else {
    kaa.blocks.push({ kind: 'paragraph', muted: false, text: label('lead.kaa', { n: n(f.kaa.listed.total), share: shareText(f.kaa.contactRate), interventions: n(f.kaa.inInterventions.total) }) });
    kaa.blocks.push({
      kind: 'table',
      table: makeTable(doc, { caption: label('captions.kaa', { place }), rows: kaaRows(f.kaa), source: sourceOf('kaa_contacts.csv', place), notes: unknownGenderNote(f.kaa) }),
    });
    const chart = await kaaChart(f.kaa, label('captions.kaaChart', { place }));
    if (chart) kaa.blocks.push(chartBlock(doc, label('captions.kaaChart', { place }), chart, sourceOf('kaa_contacts.csv', place)));
  }
}

export interface ValidationSummary {
  /** Files and data rows read for the document's scope (a region's report: project.yaml and the region's). */
  files: number;
  rows: number;
  errors: number;
  warnings: Finding[];
}

/** Bilaga: definitions (from INDICATOR_DEFINITIONS), data quality, disclosure control. */
export function methodAppendix(doc: DocumentBuilder, place: string, validation: ValidationSummary, suppress: number, period: { start: string; end: string }): Chapter {
  const appendix = doc.chapter(label('appendix.title'), label('appendix.number'));
  appendix.blocks.push({ kind: 'paragraph', muted: false, text: label('appendix.intro', { start: formatDateText(period.start), end: formatDateText(period.end) }) });

  const defs = doc.section(appendix, label('appendix.definitions'));
  defs.blocks.push({ kind: 'definitions', items: INDICATOR_DEFINITIONS.map((d) => ({ title: d.title.sv, text: d.text.sv })) });

  const quality = doc.section(appendix, label('appendix.quality'));
  quality.blocks.push({
    kind: 'paragraph',
    muted: false,
    text: label('appendix.qualityLead', { files: n(validation.files), rows: n(validation.rows), errors: n(validation.errors), warnings: n(validation.warnings.length) }),
  });
  const byRule = new Map<string, number>();
  for (const w of validation.warnings) byRule.set(w.rule, (byRule.get(w.rule) ?? 0) + 1);
  if (byRule.size > 0) {
    const rows = [...byRule.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([rule, count]): TableRow => ({ kind: 'data', label: rule, cells: [formatInteger(count)], indent: false }));
    rows.push({ kind: 'total', label: label('common.total'), cells: [formatInteger(validation.warnings.length)], indent: false });
    quality.blocks.push({
      kind: 'table',
      table: makeTable(doc, {
        caption: label('captions.warnings', { place }),
        stub: label('appendix.rule'),
        columns: [label('appendix.count')],
        rows,
        source: label('sources.validation'),
      }),
    });
  }

  const disclosure = doc.section(appendix, label('appendix.disclosure'));
  disclosure.blocks.push({
    kind: 'paragraph',
    muted: false,
    text: suppress > 1 ? label('appendix.suppressOn', { n: String(suppress), max: String(suppress - 1) }) : label('appendix.suppressOff'),
  });
  disclosure.blocks.push({ kind: 'paragraph', muted: true, text: label('appendix.missingMarks', { missing: MISSING }) });
  return appendix;
}
