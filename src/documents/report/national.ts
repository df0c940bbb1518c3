// The national final report's view model (for the project owner, SKL): national totals, the eight
// regions compared, a short section per region, and the method appendix.
import type { ProjectConfig } from '../../schema/config.js';
import type { LoadedRegion } from '../../validate/dataset.js';
import { formatInteger, formatList } from '../../html/format.js';
import { chartBlock, unitSharesChart, unitsChart } from './charts.js';
import { regionsChapter } from './national-regions.js';
import {
  dataSource,
  indicatorSections,
  keyFigures,
  markdownOrMissing,
  methodAppendix,
  narrativeSection,
  type SUnit,
  type ValidationSummary,
} from './common.js';
import { DocumentBuilder, type Block, type TableRow } from './document.js';
import { COPY_LANGUAGE } from '../../html/copy.js';
import { label } from './labels.js';
import { periodText, reportYear, type ReportView } from './regional.js';
import { countCells, hasUnknownGender, makeTable, shareCells, totalRow, type Cell } from './tables.js';
import type { Count, Ratio } from '../../indicators/types.js';
import { maskStrings } from '../../util/mask-deep.js';
import { type EconomicEstimate, estimateEconomics } from '../../economics/index.js';
import { economicsChapter } from './economics-chapter.js';

export interface NationalReportInput {
  project: ProjectConfig;
  /** Regions in project.yaml order with their configs and municipality configs. */
  regions: LoadedRegion[];
  /** The nation's figures after disclosure control (children: regions → municipalities → workshops). */
  unit: SUnit;
  validation: ValidationSummary;
  suppress: number;
  /** The nation's socio-economic estimate; by default estimated here from the figures and configs. */
  economics?: EconomicEstimate;
}

export async function nationalReport(input: NationalReportInput): Promise<ReportView> {
  const { project, unit } = input;
  const narrative = project.narrative ?? {};
  const doc = new DocumentBuilder();
  const place = label('common.nationTotal');
  const regions = unit.children;
  const municipalities = regions.reduce((s, r) => s + r.children.length, 0);
  const anySynthetic = input.regions.some((r) => r.config.synthetic);
  const source = dataSource(project.owner);

  const summary = doc.chapter(label('national.chapters.summary'));
  if (anySynthetic)
    summary.blocks.push({
      kind: 'note',
      text: label('national.syntheticNote', {
        regions: formatList(input.regions.filter((r) => r.config.synthetic).map((r) => r.config.name)),
      }),
    });
  summary.blocks.push({
    kind: 'keyFigures',
    items: keyFigures(unit.figures, [
      {
        value: formatInteger(regions.length),
        label: label('report.keyFigures.regions'),
        detail: label('national.municipalitiesDetail', { n: formatInteger(municipalities) }),
      },
    ]),
  });
  if (project.planned_participants) {
    const total = unit.figures.participants.persons.total;
    summary.blocks.push({
      kind: 'paragraph',
      muted: false,
      text: label('national.planned', { planned: formatInteger(project.planned_participants), n: formatInteger(total) }),
    });
  }
  summary.blocks.push(markdownOrMissing(narrative.summary));

  const purpose = doc.chapter(label('national.chapters.purpose'));
  narrativeSection(doc, purpose, 'national.q', 'purpose', narrative.purpose);
  const org = narrativeSection(doc, purpose, 'national.q', 'organisation', narrative.organisation);
  org.blocks.push(regionsOverview(doc, input, label('report.sources.regions', { processor: project.owner })));

  const results = doc.chapter(label('national.chapters.results'));
  await indicatorSections(doc, results, unit, place, source, { placeInText: label('national.placeInText') });
  narrativeSection(doc, results, 'national.q', 'results', narrative.results);

  const comparison = doc.chapter(label('national.chapters.comparison'));
  comparison.blocks.push({ kind: 'paragraph', muted: false, text: label('national.comparisonLead') });

  const s1 = doc.section(comparison, label('report.sections.participants'));
  s1.blocks.push(
    countTable(
      doc,
      label('report.captions.participantsPerRegion'),
      regions.map((r) => ({ name: r.name, count: r.figures.participants.persons })),
      unit.figures.participants.persons,
      source,
    ),
  );
  const c1 = await unitsChart(
    label('report.captions.participantsPerRegionChart'),
    regions.map((r) => ({ name: r.name, count: r.figures.participants.persons })),
  );
  if (c1) s1.blocks.push(chartBlock(doc, label('report.captions.participantsPerRegionChart'), c1, source));

  const s2 = doc.section(comparison, label('report.sections.outcomes'));
  const withExits = regions.filter((r) => r.figures.outcomes.exited.total !== 0);
  s2.blocks.push(
    shareTable(
      doc,
      label('report.captions.educationOrWorkPerRegion'),
      withExits.map((r) => ({ name: r.name, ratio: r.figures.outcomes.educationOrWork })),
      unit.figures.outcomes.educationOrWork,
      source,
    ),
  );
  const c2 = await unitSharesChart(
    label('report.captions.educationOrWorkPerRegionChart'),
    withExits.map((r) => ({ name: r.name, ratio: r.figures.outcomes.educationOrWork })),
  );
  if (c2) s2.blocks.push(chartBlock(doc, label('report.captions.educationOrWorkPerRegionChart'), c2, source));

  const s3 = doc.section(comparison, label('report.sections.dropouts'));
  const withDropouts = regions.filter((r) => r.figures.dropouts !== null);
  if (withDropouts.length === 0 || !unit.figures.dropouts) s3.blocks.push({ kind: 'missing', text: label('report.lead.noDropoutData') });
  else
    s3.blocks.push(
      shareTable(
        doc,
        label('report.captions.dropoutRatePerRegion'),
        regions.map((r) => ({ name: r.name, ratio: r.figures.dropouts?.rate ?? null })),
        unit.figures.dropouts.rate,
        source,
      ),
    );

  const s4 = doc.section(comparison, label('report.sections.grades'));
  const withGrades = regions.filter((r) => r.figures.grades !== null && r.figures.grades.measurable.total !== 0);
  if (withGrades.length === 0 || !unit.figures.grades) s4.blocks.push({ kind: 'missing', text: label('report.lead.noGradeData') });
  else
    s4.blocks.push(
      shareTable(
        doc,
        label('report.captions.raisedOrKeptPerRegion'),
        regions.map((r) => ({ name: r.name, ratio: withGrades.includes(r) ? r.figures.grades!.raisedOrKept : null })),
        unit.figures.grades.raisedOrKept,
        source,
      ),
    );

  const s5 = doc.section(comparison, label('report.sections.kaa'));
  const withKaa = regions.filter((r) => r.figures.kaa !== null && r.figures.kaa.listed.total !== 0);
  if (withKaa.length === 0 || !unit.figures.kaa) s5.blocks.push({ kind: 'missing', text: label('report.lead.noKaaData') });
  else
    s5.blocks.push(
      shareTable(
        doc,
        label('report.captions.kaaPerRegion'),
        regions.map((r) => ({ name: r.name, ratio: withKaa.includes(r) ? r.figures.kaa!.contactRate : null })),
        unit.figures.kaa.contactRate,
        source,
      ),
    );

  await regionsChapter(doc, input.regions, unit, source);

  await economicsChapter(doc, {
    estimate: input.economics ?? estimateEconomics({ unit, project, regions: input.regions }),
    place,
    processor: project.owner,
  });

  const lessons = doc.chapter(label('national.chapters.lessons'));
  narrativeSection(doc, lessons, 'national.q', 'dissemination', narrative.dissemination);
  narrativeSection(doc, lessons, 'national.q', 'reflections', narrative.reflections);

  methodAppendix(doc, place, input.validation, input.suppress, project.period, project.owner);
  doc.renumber();

  const year = reportYear(project);
  const title = label('national.title');
  return {
    meta: maskStrings({
      title: `${project.name}: ${title}`,
      shortTitle: `${project.name} · ${title}`,
      author: project.owner,
      subject: label('national.subject', { project: project.name, period: periodText(project) }),
      keywords: [
        project.name,
        label('common.keywords.esf'),
        label('common.euFund'),
        project.esf_case_number,
        label('common.keywords.finalReport'),
        label('common.keywords.kaa'),
      ],
      lang: COPY_LANGUAGE,
    }),
    context: {
      cover: {
        project: project.name,
        title,
        place: label('national.coverPlace', { n: formatInteger(regions.length) }),
        organisation: project.owner,
        year: String(year),
        owner: project.owner,
        caseNumber: project.esf_case_number,
        period: periodText(project),
        synthetic: false,
      },
      toc: doc.toc(),
      chapters: doc.chapters,
    },
  };
}

function countTable(
  doc: DocumentBuilder,
  caption: string,
  units: Array<{ name: string; count: Count<Cell> }>,
  total: Count<Cell>,
  source: string,
): Block {
  const rows: TableRow[] = units.map((u) => ({ kind: 'data', label: u.name, cells: countCells(u.count), indent: false }));
  rows.push(totalRow(label('common.nationTotal'), total));
  return { kind: 'table', table: makeTable(doc, { caption, stub: label('common.region'), rows, source }) };
}

function shareTable(
  doc: DocumentBuilder,
  caption: string,
  units: Array<{ name: string; ratio: Ratio<Cell> | null }>,
  total: Ratio<Cell>,
  source: string,
): Block {
  const unknownGender = hasUnknownGender(total.denominator);
  // A region without the indicator keeps its row, saying so: a silent gap reads as an error.
  const rows: TableRow[] = units.map((u) =>
    u.ratio
      ? { kind: 'share', label: u.name, cells: shareCells(u.ratio, unknownGender), indent: false }
      : { kind: 'missing', label: u.name, cells: [label('report.missingRow')], indent: false },
  );
  rows.push({ kind: 'total', label: label('common.nationTotal'), cells: shareCells(total, unknownGender), indent: false });
  const notes = units.some((u) => !u.ratio) ? [label('national.missingRegionNote')] : [];
  return { kind: 'table', table: makeTable(doc, { caption, stub: label('common.region'), rows, source, unknownGender, notes }) };
}

function regionsOverview(doc: DocumentBuilder, input: NationalReportInput, source: string): Block {
  const rows: TableRow[] = input.regions.map((r) => ({
    kind: 'data',
    label: r.config.name,
    cells: [r.config.organisation, formatInteger(r.municipalities.length)],
    indent: false,
  }));
  return {
    kind: 'table',
    table: makeTable(doc, {
      caption: label('report.captions.regionsOverview'),
      stub: label('common.region'),
      columns: [label('report.rows.organisation'), label('report.rows.municipalities')],
      align: ['text', 'num'],
      rows,
      source,
    }),
  };
}
