// Building blocks shared by the regional and the national report: narrative sections under the
// report template's fixed questions, the indicator sections (table + chart + one sentence that
// gives the first share with its base), key figures and the method appendix.
import { INDICATOR_DEFINITIONS } from '../../indicators/definitions.js';
import type { Count, Figures, Ratio, Unit } from '../../indicators/types.js';
import { indicators, type IndicatorKey } from '../../indicators/registry.js';
import type { LeadValue } from '../../indicators/section.js';
import type { Finding } from '../../validate/finding.js';
import { fillPlaceholders } from '../../html/copy.js';
import { disclosureStatement } from '../../html/disclosure.js';
import { disclosureOn } from '../../schema/disclosure.js';
import { MISSING, formatDateText, formatInteger, formatPercent, formatShare } from '../../html/format.js';
import { chartBlock, indicatorChart } from './charts.js';
import type { Block, Chapter, DocumentBuilder, KeyFigure, Section, TableRow } from './document.js';
import { label } from './labels.js';
import { indicatorNotes, indicatorRows, makeTable, specsHaveUnknownGender, type Cell } from './tables.js';
import type { RowSpec } from '../../indicators/table.js';

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

/**
 * The source line under a table or chart: the municipalities' follow-up data, processed by the
 * organisation that writes the report (a region's organisation, or the project owner nationally).
 * A reader wants to know who stands behind a figure, never which file or tool it came from.
 */
export function dataSource(processor: string, scope: 'municipality' | 'municipalities' = 'municipalities'): string {
  return label(scope === 'municipality' ? 'report.sources.municipalityData' : 'report.sources.data', { processor });
}

/** "92 % (95 av 103)" for the total, or ".." */
export function shareText(r: Ratio<Cell>): string {
  return formatShare(r.numerator.total, r.denominator.total);
}
const n = (v: Cell | undefined) => formatInteger(v ?? null);

export function genderDetail(c: Count<Cell>): string {
  return label('report.keyFigures.genderDetail', { women: n(c.women), men: n(c.men) });
}

/** Three to five key figures of a unit, for the summary. */
export function keyFigures(f: Figures<Cell>, extra: KeyFigure[] = []): KeyFigure[] {
  const items: KeyFigure[] = [
    {
      value: n(f.participants.persons.total),
      label: label('report.keyFigures.participants'),
      detail: genderDetail(f.participants.persons),
    },
  ];
  items.push(...extra);
  // Shares go on the cover only when they have a base: an indicator without data is left out.
  const shares: Array<[Ratio<Cell> | undefined, string, string]> = [
    [
      f.outcomes.exited.total !== 0 ? f.outcomes.educationOrWork : undefined,
      'report.keyFigures.educationOrWork',
      'report.keyFigures.exitedWhat',
    ],
    [f.kaa && f.kaa.listed.total !== 0 ? f.kaa.contactRate : undefined, 'report.keyFigures.kaaContacted', 'report.keyFigures.kaaWhat'],
    [
      f.grades && f.grades.measurable.total !== 0 ? f.grades.raisedOrKept : undefined,
      'report.keyFigures.raisedOrKept',
      'report.keyFigures.measurableWhat',
    ],
  ];
  for (const [r, labelKey, whatKey] of shares) {
    if (!r) continue;
    items.push({
      value: formatPercent(r.numerator.total, r.denominator.total),
      label: label(labelKey),
      detail: label('report.keyFigures.ofBase', { num: n(r.numerator.total), den: n(r.denominator.total), what: label(whatKey) }),
    });
  }
  return items.slice(0, 5);
}

/** The unknown-gender count of an indicator table's first count row (the list), when shown. */
function firstUnknown(specs: RowSpec[]): Cell | undefined {
  for (const spec of specs) if (spec.kind === 'total' || spec.kind === 'data') return spec.count.unknown;
  return undefined;
}

/** A lead sentence's figure as the reports print it: "103", or "92 % (95 av 103)". */
function leadText(value: LeadValue): string {
  return 'count' in value ? n(value.count) : shareText(value.share);
}

/**
 * A section's lead sentences with their figures. A hidden figure is never read out as "..": a
 * sentence that would print one is left out, the others stay (the national report read
 * "… var 11 % (197 av 1 777). .. av dem återkom senare till studier."). Empty when every
 * sentence holds a hidden figure; the table below then speaks for itself.
 */
export function leadParagraph(key: string, values: Record<string, LeadValue>, place: string): string {
  const shown: Record<string, string> = { place };
  const hidden: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const text = leadText(value);
    if (text === MISSING) hidden.push(name);
    else shown[name] = text;
  }
  const sentences = label(key).split(/(?<=[.!?])\s+/);
  return sentences
    .filter((sentence) => !hidden.some((name) => sentence.includes(`{${name}}`)))
    .map((sentence) => fillPlaceholders(sentence, shown))
    .join(' ');
}

/**
 * Every registered indicator's section (src/indicators/<name>/section.ts) of a region or the
 * nation, appended to `chapter`: the lead sentence, the table, the chart, then the document's own
 * blocks for that indicator (`extras`, e.g. the figures per municipality). Without figures (an
 * optional file absent) or with nothing to show, one sentence says so instead.
 */
export async function indicatorSections(
  doc: DocumentBuilder,
  chapter: Chapter,
  unit: SUnit,
  place: string,
  source: string,
  extras: Partial<Record<IndicatorKey, Block[]>> & { placeInText?: string } = {},
): Promise<void> {
  const all = unit.figures;
  const inText = extras.placeInText ?? place;
  for (const indicator of indicators) {
    const { section } = indicator;
    const f: unknown = all[indicator.key];
    const blocks = doc.section(chapter, label(section.keys.heading)).blocks;
    const instead = f === null ? section.noData : section.nothingToShow?.(f);
    if (instead) {
      blocks.push({ kind: 'missing', text: label(instead) });
    } else {
      const lead = leadParagraph(section.keys.lead, section.lead(f, all), inText);
      if (lead) blocks.push({ kind: 'paragraph', muted: false, text: lead });
      const specs = section.rows(f, all);
      const unknownGender = specsHaveUnknownGender(specs);
      // Persons of unknown gender are explained where they first appear, not only under a table.
      const unknown = unknownGender ? firstUnknown(specs) : undefined;
      // A hidden count is never read out as "..": the sentence then says "some".
      if (unknown !== undefined)
        blocks.push({
          kind: 'paragraph',
          muted: false,
          text:
            unknown === null ? label('report.notes.unknownGenderLeadHidden') : label('report.notes.unknownGenderLead', { n: n(unknown) }),
        });
      const notes = section.notes?.(f);
      blocks.push({
        kind: 'table',
        table: makeTable(doc, {
          caption: label(section.keys.caption, { place }),
          rows: indicatorRows(specs, unknownGender),
          source,
          unknownGender,
          ...(notes ? { notes: indicatorNotes(notes) } : {}),
        }),
      });
      const spec = section.chart?.(f);
      if (spec && section.keys.chartCaption) {
        const caption = label(section.keys.chartCaption, { place });
        const chart = await indicatorChart(spec, caption);
        if (chart) blocks.push(chartBlock(doc, caption, chart, source));
      }
    }
    blocks.push(...(extras[indicator.key] ?? []));
  }
}

export interface ValidationSummary {
  /** Files and data rows read for the document's scope (a region's report: project.yaml and the region's). */
  files: number;
  rows: number;
  errors: number;
  warnings: Finding[];
}

/** The kinds of data (a rule id's prefix) the appendix names; the rest are "Övriga uppgifter". */
const WARNING_AREAS = ['participants', 'grades', 'dropouts', 'kaa_contacts', 'narrative'] as const;

/** The kind of data a validation rule checks ("participants.duplicate-id" → "Deltagare"), for readers. */
export function warningArea(ruleId: string): string {
  const kind = ruleId.slice(0, ruleId.indexOf('.'));
  const area = (WARNING_AREAS as readonly string[]).includes(kind) ? kind : 'other';
  return label(`report.appendix.areas.${area}`);
}

/** Bilaga: definitions (from INDICATOR_DEFINITIONS), data quality, disclosure control. */
export function methodAppendix(
  doc: DocumentBuilder,
  place: string,
  validation: ValidationSummary,
  suppress: number,
  period: { start: string; end: string },
  processor: string,
): Chapter {
  const appendix = doc.chapter(label('report.appendix.title'), label('report.appendix.number'));
  appendix.blocks.push({
    kind: 'paragraph',
    muted: false,
    text: label('report.appendix.intro', { start: formatDateText(period.start), end: formatDateText(period.end) }),
  });

  const defs = doc.section(appendix, label('report.appendix.definitions'));
  defs.blocks.push({ kind: 'definitions', items: INDICATOR_DEFINITIONS.map((d) => ({ title: d.title.sv, text: d.text.sv })) });

  const quality = doc.section(appendix, label('report.appendix.quality'));
  // Invalid data never reaches a report, so only warnings can be left to tell: how many, and in
  // which kind of data, named as a reader knows it (never a rule id or a file name).
  const warnings = validation.warnings.length;
  quality.blocks.push({
    kind: 'paragraph',
    muted: false,
    text:
      warnings === 0
        ? label('report.appendix.qualityClean', { rows: n(validation.rows), processor })
        : label(warnings === 1 ? 'report.appendix.qualityWarning' : 'report.appendix.qualityWarnings', {
            rows: n(validation.rows),
            processor,
            warnings: n(warnings),
          }),
  });
  if (warnings > 0) {
    const byArea = new Map<string, number>();
    for (const w of validation.warnings) byArea.set(warningArea(w.rule), (byArea.get(warningArea(w.rule)) ?? 0) + 1);
    const rows = [...byArea.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))
      .map(([area, count]): TableRow => ({ kind: 'data', label: area, cells: [formatInteger(count)], indent: false }));
    rows.push({ kind: 'total', label: label('common.total'), cells: [formatInteger(warnings)], indent: false });
    quality.blocks.push({
      kind: 'table',
      table: makeTable(doc, {
        caption: label('report.captions.warnings', { place }),
        stub: label('report.appendix.area'),
        columns: [label('report.appendix.count')],
        rows,
        source: label('report.sources.validation', { processor }),
      }),
    });
  }

  const disclosure = doc.section(appendix, label('report.appendix.disclosure'));
  for (const text of disclosureStatement(suppress)) disclosure.blocks.push({ kind: 'paragraph', muted: false, text });
  // With disclosure control on, ".." was explained above; it also marks a share of nothing.
  const marks = disclosureOn(suppress) ? 'report.appendix.missingMarks' : 'report.appendix.missingMarksOff';
  disclosure.blocks.push({ kind: 'paragraph', muted: true, text: label(marks, { missing: MISSING }) });
  return appendix;
}
