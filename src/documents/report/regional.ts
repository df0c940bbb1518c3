// The regional final report's view model, structured after the ESF regional report template that
// Skåne's real report follows: summary, purpose and goals, results, one section per municipality,
// dissemination, own reflections, and a method appendix.
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../../schema/config.js';
import type { DocumentMeta } from '../../pdf/api.js';
import { formatDateText, formatInteger, formatMonthYear } from '../../html/format.js';
import { chartBlock, gradesChart, kaaChart, outcomesChart, unitSharesChart, unitsChart } from './charts.js';
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
import {
  countCells,
  dropoutRows,
  gradeRows,
  groupRow,
  groupedRows,
  hasUnknownGender,
  kaaRows,
  makeTable,
  outcomeRows,
  participantRows,
  shareCells,
  shareRow,
  totalRow,
  unknownGenderNote,
  type SFigures,
} from './tables.js';
import { maskStrings } from '../../util/mask-deep.js';
import { type EconomicEstimate, estimateEconomics } from '../../economics/index.js';
import { economicsChapter } from './economics-chapter.js';

export interface RegionalReportInput {
  project: ProjectConfig;
  region: RegionConfig;
  /** The region's municipalities in region.yaml order. */
  municipalities: MunicipalityConfig[];
  /** The region's figures after disclosure control (children: municipalities → workshops). */
  unit: SUnit;
  validation: ValidationSummary;
  /** The --suppress threshold (≤ 1: off). */
  suppress: number;
  /** The region's socio-economic estimate; by default estimated here from the figures and configs. */
  economics?: EconomicEstimate;
}

export interface ReportView {
  context: Record<string, unknown>;
  meta: DocumentMeta;
}

export function reportYear(project: ProjectConfig, region?: RegionConfig): number {
  return region?.report_year ?? project.report_year ?? Number(project.period.end.slice(0, 4));
}

const REGION_KEYS = {
  purpose: ['purpose', 'goals', 'steering', 'regional_link'],
  results: ['results_regional'],
  resultsAfter: ['results_knowledge', 'management', 'support', 'methods'],
  patterns: ['success_factors', 'patterns'],
  dissemination: ['strategy', 'dissemination'],
} as const;

export async function regionalReport(input: RegionalReportInput): Promise<ReportView> {
  const { project, region, unit } = input;
  const narrative = region.narrative ?? {};
  const doc = new DocumentBuilder();
  const place = region.name;
  const source = dataSource(region.organisation);

  const summary = doc.chapter(label('regional.chapters.summary'));
  if (region.synthetic) summary.blocks.push({ kind: 'note', text: label('common.syntheticNote') });
  summary.blocks.push({
    kind: 'keyFigures',
    items: keyFigures(unit.figures, [
      {
        value: formatInteger(unit.children.length),
        label: label('report.keyFigures.municipalities'),
        detail: label('report.keyFigures.workshopsDetail', { n: formatInteger(unit.children.reduce((s, m) => s + m.children.length, 0)) }),
      },
    ]),
  });
  summary.blocks.push(markdownOrMissing(narrative.summary));

  const purpose = doc.chapter(label('regional.chapters.purpose'));
  for (const key of REGION_KEYS.purpose) narrativeSection(doc, purpose, 'regional.q', key, narrative[key]);

  const results = doc.chapter(label('regional.chapters.results'));
  for (const key of REGION_KEYS.results) narrativeSection(doc, results, 'regional.q', key, narrative[key]);
  const munis = unit.children;
  const perMuniParticipants: Block[] = [];
  {
    const rows: TableRow[] = munis.map((m) => ({
      kind: 'data',
      label: m.name,
      cells: countCells(m.figures.participants.persons),
      indent: false,
    }));
    rows.push(totalRow(label('common.regionTotal', { place }), unit.figures.participants.persons));
    perMuniParticipants.push({
      kind: 'table',
      table: makeTable(doc, {
        caption: label('report.captions.participantsPerMunicipality', { place }),
        stub: label('common.municipality'),
        rows,
        source: source,
      }),
    });
    const chart = await unitsChart(
      label('report.captions.participantsPerMunicipalityChart', { place }),
      munis.map((m) => ({ name: m.name, count: m.figures.participants.persons })),
    );
    if (chart)
      perMuniParticipants.push(chartBlock(doc, label('report.captions.participantsPerMunicipalityChart', { place }), chart, source));
  }
  const perMuniOutcomes: Block[] = [];
  {
    const withExits = munis.filter((m) => m.figures.outcomes.exited.total !== 0);
    if (withExits.length > 1) {
      const rows: TableRow[] = withExits.map((m) => ({
        kind: 'share',
        label: m.name,
        cells: shareCells(m.figures.outcomes.educationOrWork),
        indent: false,
      }));
      rows.push({ ...shareRow(label('common.regionTotal', { place }), unit.figures.outcomes.educationOrWork), kind: 'total' });
      perMuniOutcomes.push({
        kind: 'table',
        table: makeTable(doc, {
          caption: label('report.captions.educationOrWorkPerMunicipality', { place }),
          stub: label('common.municipality'),
          rows,
          source: source,
        }),
      });
      const chart = await unitSharesChart(
        label('report.captions.educationOrWorkPerMunicipalityChart', { place }),
        withExits.map((m) => ({ name: m.name, ratio: m.figures.outcomes.educationOrWork })),
      );
      if (chart)
        perMuniOutcomes.push(chartBlock(doc, label('report.captions.educationOrWorkPerMunicipalityChart', { place }), chart, source));
    }
  }
  await indicatorSections(doc, results, unit, place, source, { participants: perMuniParticipants, outcomes: perMuniOutcomes });
  for (const key of REGION_KEYS.resultsAfter) narrativeSection(doc, results, 'regional.q', key, narrative[key]);

  const local = doc.chapter(label('regional.chapters.local'));
  local.blocks.push({ kind: 'question', text: label('regional.localQuestion') });
  for (const config of input.municipalities) {
    const m = munis.find((u) => u.id === config.id);
    if (!m) continue;
    const section = doc.section(local, m.name);
    // Each municipality opens under a rule (except the first, right under the chapter heading), so
    // a reader finds it at once; it flows on the page rather than leaving the one before half empty.
    section.separated = local.sections.length > 1;
    section.blocks.push(...(await municipalityBlocks(doc, config, m, dataSource(region.organisation, 'municipality'))));
  }
  for (const key of REGION_KEYS.patterns) narrativeSection(doc, local, 'regional.q', key, narrative[key]);

  await economicsChapter(doc, {
    estimate: input.economics ?? estimateEconomics({ unit, project, regions: [{ config: region, municipalities: input.municipalities }] }),
    place,
    processor: region.organisation,
  });

  const dissemination = doc.chapter(label('regional.chapters.dissemination'));
  for (const key of REGION_KEYS.dissemination) narrativeSection(doc, dissemination, 'regional.q', key, narrative[key]);

  const reflections = doc.chapter(label('regional.chapters.reflections'));
  reflections.blocks.push({ kind: 'question', text: label('regional.q.reflections.question') });
  reflections.blocks.push(markdownOrMissing(narrative.reflections));

  methodAppendix(doc, place, input.validation, input.suppress, project.period, region.organisation);
  doc.renumber();

  const year = reportYear(project, region);
  const title = label('regional.titleWithPlace', { title: label('regional.title'), place: region.name });
  return {
    meta: maskStrings({
      title: `${project.name}: ${title}`,
      shortTitle: `${project.name} · ${title}`,
      author: region.organisation,
      subject: label('regional.subject', { project: project.name, place: region.name, period: periodText(project) }),
      keywords: [
        project.name,
        label('common.keywords.esf'),
        label('common.euFund'),
        project.esf_case_number,
        region.name,
        label('common.keywords.finalReport'),
        label('common.keywords.kaa'),
      ],
      lang: COPY_LANGUAGE,
    }),
    context: {
      cover: {
        project: project.name,
        title: label('regional.title'),
        place: region.name,
        organisation: region.organisation,
        year: String(year),
        owner: project.owner,
        caseNumber: project.esf_case_number,
        period: periodText(project),
        synthetic: region.synthetic === true,
      },
      toc: doc.toc(),
      chapters: doc.chapters,
    },
  };
}

export function periodText(project: ProjectConfig): string {
  return `${formatDateText(project.period.start)} – ${formatDateText(project.period.end)}`;
}

/** "1 och 2", or "1, 2, 3" (without a conjunction, as the reports always printed three groups). */
function targetGroupList(groups: readonly string[]): string {
  return groups.length === 2 ? label('report.municipality.twoTargetGroups', { first: groups[0]!, second: groups[1]! }) : groups.join(', ');
}

/** Workshops of a municipality that have data for an indicator, with the unit's figures. */
function workshopsWith(m: SUnit, has: (f: SFigures) => boolean): SUnit[] {
  return m.children.filter((w) => has(w.figures));
}

async function municipalityBlocks(doc: DocumentBuilder, config: MunicipalityConfig, m: SUnit, source: string): Promise<Block[]> {
  const blocks: Block[] = [];
  const place = m.name;
  const f = m.figures;

  const workshops = config.workshops.map((w) =>
    label('report.municipality.workshopWithGroups', {
      workshop: w.name,
      groups: label('report.municipality.targetGroups', { groups: targetGroupList(w.target_groups) }),
    }),
  );
  const facts = [{ label: label('report.municipality.code'), value: config.kommunkod }];
  if (config.started) facts.push({ label: label('report.municipality.started'), value: formatMonthYear(config.started) });
  facts.push({
    label: config.workshops.length === 1 ? label('report.municipality.workshop') : label('report.municipality.workshops'),
    value: workshops.join('; '),
  });
  blocks.push({ kind: 'facts', items: facts });

  const narrative = config.narrative ?? {};
  if (narrative.what_we_did)
    blocks.push({ kind: 'subheading', text: label('report.municipality.whatWeDid') }, { kind: 'markdown', text: narrative.what_we_did });
  const described = config.workshops.filter((w) => w.description);
  if (described.length > 0) blocks.push({ kind: 'definitions', items: described.map((w) => ({ title: w.name, text: w.description! })) });
  if (narrative.results)
    blocks.push({ kind: 'subheading', text: label('report.municipality.results') }, { kind: 'markdown', text: narrative.results });
  if (config.baseline && config.baseline.length > 0) {
    blocks.push({
      kind: 'facts',
      items: config.baseline.map((b) => ({
        label: b.label,
        value: `${b.approximate ? label('common.approximately') + ' ' : ''}${formatInteger(b.value)}${b.period ? ` ${label('report.municipality.baselinePeriod', { period: b.period })}` : ''}`,
      })),
    });
  }
  for (const q of config.quotes ?? []) blocks.push({ kind: 'quote', text: q.text, role: q.role });

  blocks.push({ kind: 'subheading', text: label('report.municipality.figures', { place }) });

  // Participants: per workshop when there are several, then target groups and ages.
  const [totalParticipants, ...breakdown] = participantRows(f.participants);
  const pRows: TableRow[] = [totalParticipants!];
  if (m.children.length > 1) {
    pRows.push(groupRow(label('report.rows.byWorkshop')));
    for (const w of m.children)
      pRows.push({ kind: 'data', label: w.name, cells: countCells(w.figures.participants.persons), indent: true });
  }
  pRows.push(...breakdown);
  blocks.push({
    kind: 'table',
    table: makeTable(doc, { caption: label('report.captions.participants', { place }), rows: pRows, source: source }),
  });

  // Exit outcomes, per workshop when several workshops have exits.
  if (f.outcomes.exited.total !== 0) {
    const ws = workshopsWith(m, (x) => x.outcomes.exited.total !== 0);
    const rows =
      ws.length > 1
        ? [
            ...groupedRows(ws.map((w) => ({ name: w.name, rows: outcomeRows(w.figures.outcomes) }))),
            groupRow(label('common.municipalityTotal', { place })),
            totalRow(label('report.rows.exited'), f.outcomes.exited),
            shareRow(label('report.rows.educationOrWork'), f.outcomes.educationOrWork),
          ]
        : outcomeRows(f.outcomes);
    blocks.push({
      kind: 'table',
      table: makeTable(doc, { caption: label('report.captions.outcomes', { place }), rows, source: source }),
    });
    const chart = await outcomesChart(f.outcomes, label('report.captions.outcomesChart', { place }));
    if (chart) blocks.push(chartBlock(doc, label('report.captions.outcomesChart', { place }), chart, source));
  }

  if (f.dropouts) {
    const ws = workshopsWith(m, (x) => x.dropouts !== null && x.dropouts.persons.total !== 0);
    const rows =
      ws.length > 1
        ? [
            ...groupedRows(ws.map((w) => ({ name: w.name, rows: dropoutRows(w.figures.dropouts!) }))),
            groupRow(label('common.municipalityTotal', { place })),
            ...dropoutRows(f.dropouts).filter((r) => r.kind !== 'group'),
          ]
        : dropoutRows(f.dropouts);
    blocks.push({
      kind: 'table',
      table: makeTable(doc, { caption: label('report.captions.dropouts', { place }), rows, source: source }),
    });
  }

  if (f.grades && f.grades.withGrades.total !== 0) {
    const ws = workshopsWith(m, (x) => x.grades !== null && x.grades.measurable.total !== 0);
    const rows =
      ws.length > 1
        ? [
            ...groupedRows(ws.map((w) => ({ name: w.name, rows: gradeRows(w.figures.grades!) }))),
            groupRow(label('common.municipalityTotal', { place })),
            ...gradeRows(f.grades),
          ]
        : gradeRows(f.grades);
    blocks.push({
      kind: 'table',
      table: makeTable(doc, { caption: label('report.captions.grades', { place }), rows, source: source }),
    });
    const chart = await gradesChart(f.grades, label('report.captions.gradesChart', { place }));
    if (chart) blocks.push(chartBlock(doc, label('report.captions.gradesChart', { place }), chart, source));
  }

  if (f.kaa && f.kaa.listed.total !== 0) {
    blocks.push({
      kind: 'table',
      table: makeTable(doc, {
        caption: label('report.captions.kaa', { place }),
        rows: kaaRows(f.kaa, hasUnknownGender(f.kaa.listed)),
        unknownGender: hasUnknownGender(f.kaa.listed),
        source,
        notes: unknownGenderNote(f.kaa),
      }),
    });
    const chart = await kaaChart(f.kaa, label('report.captions.kaaChart', { place }));
    if (chart) blocks.push(chartBlock(doc, label('report.captions.kaaChart', { place }), chart, source));
  }

  if (narrative.implementation)
    blocks.push(
      { kind: 'subheading', text: label('report.municipality.implementation') },
      { kind: 'markdown', text: narrative.implementation },
    );
  return blocks;
}
