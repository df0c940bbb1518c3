// The brochure's view model: one municipality's figures (after disclosure control), its
// municipality.yaml and its region turned into what templates/brochure.hbs prints. Pure and
// synchronous — charts are described here (kind + input) and drawn by context.ts. Every word
// comes from the copy catalogue (templates/copy/sv.json, brochure.*).
//
// Rules (shared/design-brief.md, the brochure plan in seeds/000):
// - 3–5 key figures set very large with a one-line caption, each with its women / men split;
//   only indicators the municipality HAS data for (each indicator's part is built in sections.ts).
// - Every table row shows Kvinnor, Män, Totalt; suppressed cells print "..".
// - Strings are plain text here; the template escapes them. Markdown stays Markdown and goes
//   through the environment's `md` helper (raw HTML disabled).
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../../schema/config.js';
import type { Unit } from '../../indicators/types.js';
import type { DocumentMeta } from '../../pdf/api.js';
import { MISSING, formatInteger } from '../../html/format.js';
import { COPY_LANGUAGE, copy } from '../../html/copy.js';
import { INDICATOR_PARTS, sectionContext, type IndicatorPart, type KeyFigure, type ResultSection } from './sections.js';
import { maskStrings } from '../../util/mask-deep.js';
import { barsCategoryStep } from '../../charts/specs.js';

export type { ChartSpec, KeyFigure, ResultSection, TableRow } from './sections.js';

type C = number | null;

export interface WorkshopView {
  name: string;
  targetGroups: string[];
  description: string | null;
}

export interface BaselineView {
  value: string;
  label: string;
  period: string | null;
}

export interface BrochureModel {
  meta: DocumentMeta;
  /** Stamped into the PDF so rebuilds are byte-identical: the project's end date. */
  date: string;
  municipality: { id: string; name: string; genitive: string; kommunkod: string; started: string | null };
  region: { id: string; name: string; organisation: string };
  project: { name: string; owner: string; ownerShort: string; caseNumber: string; periodStart: string; periodEnd: string; years: string };
  year: number;
  keyFigures: KeyFigure[];
  whatWeDid: string | null;
  workshops: WorkshopView[];
  resultsText: string | null;
  implementation: string | null;
  results: ResultSection[];
  /** The layout chosen (see BrochureInput.layout). */
  layout: BrochureLayout;
  /** 'compact' or 'tight': no summary sentences, one bar per category in the bar charts. */
  compact: boolean;
  /** 'tight': smaller type and charts too. */
  tight: boolean;
  /** Caption of the figures tables that gather every section's rows. */
  tableCaption: string;
  /** The source line under the figures tables. */
  tableSource: string;
  /** The sections' tables two by two, as the template lays them out (a pair never splits). */
  tablePairs: ResultSection[][];
  quotes: { text: string; role: string }[];
  interview: { title: string; role: string; text: string } | null;
  baselines: BaselineView[];
  contact: { organisation: string; web: string | null } | null;
  synthetic: boolean;
  /** Shown when any figure is suppressed: what ".." means. */
  suppressionNote: string | null;
}

export interface BrochureInput {
  unit: Unit<C>;
  municipality: MunicipalityConfig;
  region: RegionConfig;
  project: ProjectConfig;
  /**
   * How much room the municipality's story may take (the brochure must stay within four pages):
   * 'normal'; 'compact' — no summary sentences above the charts, outcome and reason charts with one
   * bar per category; 'tight' — compact with smaller type and charts. The figures are the same in
   * all three. 'auto' (the default) picks normal or compact by bodyPages (a pagination of the body);
   * the caller reprints with the next layout when the PDF still has too many pages (nextLayout).
   */
  layout?: BrochureLayout | 'auto';
  /**
   * The run's disclosure threshold N (0 or 1: off). No count from 1 to N−1 is set large on the
   * cover, whether or not disclosure control hid it from the tables.
   */
  minCount: number;
}

/** Two charts side by side in the 174 mm column, with a 6 mm gap. */
const HALF_CHART_WIDTH = 306;

// ---------------------------------------------------------------------------------------------
// The model.

export type BrochureLayout = 'normal' | 'compact' | 'tight';

/** The layout to reprint with when a brochure came out too long; null when there is none left. */
export function nextLayout(layout: BrochureLayout): BrochureLayout | null {
  return layout === 'normal' ? 'compact' : layout === 'compact' ? 'tight' : null;
}

export function brochureModel(input: BrochureInput): BrochureModel {
  if (input.layout === undefined || input.layout === 'auto') {
    const normal = buildModel(input, 'normal');
    return bodyPages(normal) > BODY_PAGES ? buildModel(input, 'compact') : normal;
  }
  return buildModel(input, input.layout);
}

function buildModel(input: BrochureInput, layout: BrochureLayout): BrochureModel {
  const { unit, municipality: m, region, project } = input;
  const compact = layout !== 'normal';
  const name = m.name;
  // One context for all parts: it numbers the figures in print order.
  const context = sectionContext(unit.figures, name, compact);
  const parts = INDICATOR_PARTS.map((part) => part(context));
  const results = parts.flatMap((p) => (p.section ? [p.section] : []));
  pairSmallCharts(results);
  const baselines = baselineViews(m);
  return {
    meta: brochureMeta(input),
    date: project.period.end,
    municipality: { id: m.id, name, genitive: genitive(name), kommunkod: m.kommunkod, started: m.started ?? null },
    region: { id: region.id, name: region.name, organisation: region.organisation },
    project: projectView(project),
    year: region.report_year ?? project.report_year ?? Number(project.period.end.slice(0, 4)),
    keyFigures: coverKeyFigures(parts, m, baselines, input.minCount),
    whatWeDid: nonEmpty(m.narrative?.what_we_did),
    workshops: workshopViews(m),
    resultsText: nonEmpty(m.narrative?.results),
    implementation: nonEmpty(m.narrative?.implementation),
    results,
    layout,
    compact,
    tight: layout === 'tight',
    tableCaption: copy('brochure.results.tableCaption', { table: copy('common.table'), place: name }),
    tableSource: copy('brochure.results.tableSource', { placeGenitive: genitive(name), project: project.name }),
    tablePairs: inPairs(results),
    quotes: (m.quotes ?? []).map((q) => ({ text: q.text, role: q.role })),
    interview: m.interview
      ? { title: m.interview.title ?? copy('brochure.interview.title'), role: m.interview.role, text: m.interview.text }
      : null,
    baselines,
    contact: m.contact ? { organisation: m.contact.organisation, web: m.contact.web ?? null } : null,
    synthetic: region.synthetic === true,
    suppressionNote: anySuppressed(results) ? copy('brochure.results.suppressionNote', { missing: MISSING }) : null,
  };
}

/** The PDF's title, subject and keywords. */
function brochureMeta({ municipality: m, region, project }: BrochureInput): DocumentMeta {
  const title = copy('brochure.meta.title', { project: project.name, place: m.name });
  return maskStrings({
    title,
    shortTitle: title,
    author: region.organisation,
    subject: copy('brochure.meta.subject', { place: m.name, project: project.name }),
    keywords: [
      project.name,
      m.name,
      region.name,
      copy('common.keywords.esf'),
      copy('common.euFund'),
      ownerShort(project),
      copy('common.keywords.dropout'),
      copy('common.keywords.kaaLong'),
    ],
    lang: COPY_LANGUAGE,
  });
}

function ownerShort(project: ProjectConfig): string {
  return project.owner_short ?? 'SKL';
}

function projectView(project: ProjectConfig): BrochureModel['project'] {
  return {
    name: project.name,
    owner: project.owner,
    ownerShort: ownerShort(project),
    caseNumber: project.esf_case_number,
    periodStart: project.period.start,
    periodEnd: project.period.end,
    years: `${project.period.start.slice(0, 4)}–${project.period.end.slice(0, 4)}`,
  };
}

/** The small charts (KAA steps, grade change) share a row when both are there. */
function pairSmallCharts(results: ResultSection[]): void {
  const small = results.filter((r) => r.chart && (r.chart.kind === 'kaaFunnel' || r.chart.kind === 'stacked100'));
  if (small.length !== 2) return;
  for (const r of small) {
    r.chart!.half = true;
    r.chart!.input.width = HALF_CHART_WIDTH;
  }
}

function workshopViews(m: MunicipalityConfig): WorkshopView[] {
  return m.workshops.map((w) => ({
    name: w.name,
    targetGroups: w.target_groups.map((tg) => copy(`codes.targetGroup.${tg}`)),
    description: nonEmpty(w.description),
  }));
}

/** "cirka 1 000", the word before the number as the regional report prints it. */
function baselineViews(m: MunicipalityConfig): BaselineView[] {
  return (m.baseline ?? []).map((b) => ({
    value: `${b.approximate ? `${copy('common.approximately')} ` : ''}${formatInteger(b.value)}`,
    label: b.label,
    period: nonEmpty(b.period),
  }));
}

/**
 * Whether a key figure may be set large on the cover: every count it prints or rests on is shown
 * (a hidden one would print a huge "..", or its gender split would) and none is from 1 to N−1,
 * which the cover would single out even where the tables, with disclosure control off, show it.
 */
export function headlineWorthy(kf: KeyFigure, minCount: number): boolean {
  return kf.value !== MISSING && kf.counts.every((c) => c !== null && (c < 1 || c >= minCount));
}

/**
 * The cover's key figures, from the figures that are shown (headlineWorthy; the others are left to
 * the tables): the indicators', then figures the municipality reported itself (e.g. "cirka 1 000
 * elever") up to five, then spare figures up to the minimum of three; when none qualifies, the
 * number of workshops, which counts no one.
 */
function coverKeyFigures(parts: IndicatorPart[], m: MunicipalityConfig, baselines: BaselineView[], minCount: number): KeyFigure[] {
  const worthy = (kf: KeyFigure) => headlineWorthy(kf, minCount);
  const shown = parts
    .flatMap((p) => p.keyFigures)
    .filter(worthy)
    .slice(0, 5);
  for (const [i, b] of baselines.entries()) {
    if (shown.length >= 5) break;
    const reported = m.baseline?.[i];
    const baseline: KeyFigure = {
      id: 'baseline',
      value: formatInteger(reported?.value ?? null),
      qualifier: reported?.approximate ? copy('common.approximately') : null,
      caption: b.period ? copy('brochure.keyFigure.baselineWithPeriod', { label: b.label, period: b.period }) : b.label,
      base: null,
      women: null,
      men: null,
      note: copy('brochure.keyFigure.baselineNote'),
      counts: [reported?.value ?? null],
    };
    if (worthy(baseline)) shown.push(baseline);
  }
  for (const spare of parts.flatMap((p) => p.spareKeyFigures)) if (shown.length < 3 && worthy(spare)) shown.push(spare);
  // Counts no one, so it can always be shown: a cover is never without a figure.
  if (shown.length === 0) shown.push(workshopsFigure(m));
  return shown;
}

/** The fallback key figure: how many local workshops the municipality ran. */
function workshopsFigure(m: MunicipalityConfig): KeyFigure {
  const count = m.workshops.length;
  return {
    id: 'workshops',
    value: formatInteger(count),
    qualifier: null,
    caption: copy(count === 1 ? 'brochure.keyFigure.workshop' : 'brochure.keyFigure.workshops'),
    base: null,
    women: null,
    men: null,
    note: null,
    counts: [],
  };
}

/** The sections' tables two by two, as the template lays them out. */
function inPairs(results: ResultSection[]): ResultSection[][] {
  return results.reduce<ResultSection[][]>((pairs, section, i) => {
    if (i % 2 === 0) pairs.push([section]);
    else pairs[pairs.length - 1]!.push(section);
    return pairs;
  }, []);
}

function anySuppressed(results: ResultSection[]): boolean {
  return results.some((s) => s.rows.some((r) => [r.women, r.men, r.total].includes(MISSING)));
}

/** CSS pixels to mm (96 px per inch). */
const PX_MM = 25.4 / 96;

/** The drawn SVG's height (charts.ts: a fixed step per bar or row, in px). */
function chartSvgMm(chart: NonNullable<ResultSection['chart']>): number {
  switch (chart.kind) {
    case 'horizontalBars': {
      const n = chart.input.categories.length;
      // A gender chart: a 22 px legend, then two bars a category (the step comes from the spec).
      const px = chart.input.series === 'total' ? 3 + barsCategoryStep(1) * n : 22 + barsCategoryStep(2) * n;
      return px * PX_MM;
    }
    case 'kaaFunnel':
      return 54 * PX_MM;
    case 'stacked100':
      return 94 * PX_MM;
  }
}

// ---------------------------------------------------------------------------------------------
// Pagination: the body as the browser breaks it into pages. Summing heights cannot see the room
// lost when an unbreakable chart, table or quote does not fit in what is left of a page and moves
// to the next; this places the body's blocks page by page with the break rules of
// templates/css/base.css and brochure.css (normal layout's sizes; compact only drops the summary
// list and draws shorter bar charts). Printing is the truth: the command reprints in the next
// layout when the PDF still has too many pages; this only spares most brochures a second print.

/**
 * One block of the body's flow. 'lines': a paragraph that may break between its lines (orphans and
 * widows 3, base.css); 'box': unbreakable (break-inside: avoid); keepWithNext: a heading
 * (break-after: avoid). Heights in mm; `before`/`after` are margins, dropped at a page break.
 */
export interface FlowBlock {
  kind: 'lines' | 'box';
  /** 'box': its height; 'lines': the height of one line. */
  mm: number;
  lines?: number;
  before: number;
  after: number;
  keepWithNext?: boolean;
  /** What it is, for tests and debugging. */
  what: string;
}

const PT = 25.4 / 72;
/** A4 (297 mm) less the 20 mm top and bottom margins of @page (html.ts pageCss). */
export const PAGE_BODY_MM = 257;
const BODY_LINE = 10.5 * 1.4 * PT;
/** Characters per line of body text across the 174 mm column (Source Sans 3, 10.5 pt). */
const CPL = 105;
const ORPHANS = 3;
const WIDOWS = 3;

function plain(text: string): string {
  return text.replace(/\*\*|__|[*_`]/g, '').trim();
}

/** Markdown paragraphs as line blocks (p: margin 0 0 5pt). */
function mdBlocks(text: string | null, what: string, charsPerLine = CPL): FlowBlock[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => plain(p))
    .filter((p) => p !== '')
    .map((p) => ({
      kind: 'lines' as const,
      mm: BODY_LINE,
      lines: Math.max(1, Math.ceil(p.length / charsPerLine)),
      before: 0,
      after: 5 * PT,
      what,
    }));
}

function linesMm(text: string | null, charsPerLine = CPL): number {
  return mdBlocks(text, '', charsPerLine).reduce((sum, b) => sum + b.lines! * b.mm + b.after, 0);
}

/** h2 of the body: 17 pt × 1.2, padding 1.5 mm, 1 pt rule, 4 mm under it. */
const H2_MM = 17 * 1.2 * PT + 1.5 + PT + 4;
/** h3: 11 pt × 1.2 with 12 pt above and 4 pt under. */
const H3_MM = 11 * 1.2 * PT;

function quoteBlock(q: { text: string }): FlowBlock {
  // 13 pt italic × 1.35 in a column of 174 − 14 mm; 4 mm padding above and under; 2 mm to the role.
  const lines = Math.max(1, Math.ceil(plain(q.text).length / 78));
  return { kind: 'box', mm: 8 + lines * 13 * 1.35 * PT + 2 + 9.5 * 1.4 * PT, before: 5, after: 6, what: 'quote' };
}

/** The body's blocks in print order (templates/brochure.hbs). */
export function bodyFlow(model: BrochureModel): FlowBlock[] {
  const flow: FlowBlock[] = [];
  const h2 = (what: string, before = 0): void => void flow.push({ kind: 'box', mm: H2_MM, before, after: 0, keepWithNext: true, what });
  const h3 = (what: string): void => void flow.push({ kind: 'box', mm: H3_MM, before: 12 * PT, after: 4 * PT, keepWithNext: true, what });

  h2('h2 did');
  flow.push(...mdBlocks(model.whatWeDid, 'what we did'));
  if (model.workshops.length > 0) {
    h3('h3 workshops');
    for (const w of model.workshops) {
      // dt 11 pt, target groups 9 pt, the description; 3 mm under each.
      const mm = 11 * 1.4 * PT + 9 * 1.4 * PT + linesMm(w.description);
      flow.push({ kind: 'box', mm, before: 0, after: 3, what: 'workshop' });
    }
  }
  if (model.quotes[0]) flow.push(quoteBlock(model.quotes[0]));
  if (model.baselines.length > 0) {
    h3('h3 baselines');
    // A line with the 13 pt value (× 1.4) and 2 pt under it.
    for (const _ of model.baselines) flow.push({ kind: 'box', mm: 13 * 1.4 * PT, before: 0, after: 2 * PT, what: 'baseline' });
  }

  h2('h2 results', 7);
  flow.push(...mdBlocks(model.resultsText, 'results text'));
  if (model.results.length > 0) {
    if (!model.compact) {
      for (const r of model.results) {
        const lines = Math.max(1, Math.ceil((r.heading.length + 2 + r.lead.length) / (CPL - 3)));
        flow.push({ kind: 'lines', mm: BODY_LINE, lines, before: 0, after: 1.5, what: 'highlight' });
      }
    }
    // .bro-charts: 6 pt above the first chart, 12 pt under the last, 18 pt between rows; a caption
    // line of 9.5 pt and 4 pt under it. Two half charts share a row, their captions in two lines.
    const caption = 9.5 * 1.4 * PT + 4 * PT;
    const halves = model.results.flatMap((r) => (r.chart?.half ? [r.chart] : []));
    // Chromium breaks between the grid rows of .bro-charts, so each row is a box of its own (with
    // the whole 18 pt around it; a break truncates the gap, so this errs on the safe side).
    let halvesPlaced = false;
    for (const r of model.results) {
      const chart = r.chart;
      if (!chart) continue;
      if (chart.half) {
        if (halvesPlaced) continue;
        halvesPlaced = true;
        const mm = Math.max(...halves.map((c) => chartSvgMm(c))) + caption + 9.5 * 1.4 * PT;
        flow.push({ kind: 'box', mm: mm + 6 * PT + 12 * PT, before: 0, after: 0, what: 'charts half' });
      } else {
        flow.push({ kind: 'box', mm: chartSvgMm(chart) + caption + 6 * PT + 12 * PT, before: 0, after: 0, what: `chart ${r.id}` });
      }
    }
    // The figures tables: a pair per unbreakable row (caption line with the first), 3 mm under.
    model.tablePairs.forEach((pair, i) => {
      const rows = Math.max(...pair.map((p) => p.rows.length));
      const mm = TABLE_CAPTION_MM + TABLE_HEAD_MM + rows * TABLE_ROW_MM + (i === 0 ? 2 + BODY_LINE + 1 : 0);
      flow.push({ kind: 'box', mm, before: 0, after: 3, what: 'table pair' });
    });
    const notes = model.results.filter((r) => r.note).map((r) => `${r.heading}: ${r.note}`);
    if (model.suppressionNote) notes.push(model.suppressionNote);
    notes.push(model.tableSource);
    for (const note of notes) {
      flow.push({ kind: 'lines', mm: 8.5 * 1.4 * PT, lines: Math.ceil(note.length / 125), before: 3 * PT, after: 0, what: 'table note' });
    }
  }

  if (model.interview) {
    // A bordered box: 4 + 3 mm padding, a 14 pt title, the role (9.5 pt, 3 mm under), the text.
    const textCpl = 97;
    const mm =
      2 * 0.75 * PT +
      7 +
      2 +
      Math.ceil(model.interview.title.length / 70) * 14 * 1.2 * PT +
      1 +
      9.5 * 1.4 * PT +
      3 +
      linesMm(model.interview.text, textCpl);
    flow.push({ kind: 'box', mm, before: 7, after: 7, what: 'interview' });
  }
  for (const q of model.quotes.slice(1)) flow.push(quoteBlock(q));
  if (model.implementation) {
    h2('h2 implementation', 7);
    flow.push(...mdBlocks(model.implementation, 'implementation'));
  }
  return flow;
}

/**
 * The figures tables print with table.data's sizes (base.css; its selectors outrank .bro-table's):
 * 9.5 pt × 1.3 with 2.6 pt padding and a 0.5 pt rule a row, the caption 4 pt above the head row,
 * whose 8.3 pt labels sit on a 1 pt rule.
 */
const TABLE_CAPTION_MM = (9.5 * 1.3 + 4) * PT;
const TABLE_HEAD_MM = (8.3 * 1.3 + 5.2 + 1) * PT;
const TABLE_ROW_MM = (9.5 * 1.3 + 5.2 + 0.5) * PT;

/**
 * Places the blocks into pages of `pageMm` and returns how many pages they take (at least 1) and
 * how full the last one is. A heading goes to the next page with the block after it when that
 * block cannot start on its page; a paragraph breaks between lines when ORPHANS lines stay and
 * WIDOWS lines move; a box that does not fit moves to a new page (or overflows one of its own).
 */
export function paginate(flow: FlowBlock[], pageMm = PAGE_BODY_MM): { pages: number; lastMm: number } {
  let page = 1;
  let y = 0; // used height of the current page, margins below the last block not included
  let pendingAfter = 0;
  const newPage = (): void => {
    page++;
    y = 0;
    pendingAfter = 0;
  };
  /** Height of the smallest start of a block: what must fit for it to begin on this page. */
  const startMm = (b: FlowBlock): number => (b.kind === 'box' ? b.mm : Math.min(b.lines!, ORPHANS) * b.mm);
  const gap = (b: FlowBlock): number => (y === 0 ? 0 : Math.max(pendingAfter, b.before));

  for (let i = 0; i < flow.length; i++) {
    const b = flow[i]!;
    if (b.keepWithNext) {
      // The heading and the start of what follows it (and of a run of headings) must fit together.
      let need = gap(b) + b.mm;
      let after = b.after;
      for (let j = i + 1; j < flow.length; j++) {
        const next = flow[j]!;
        need += Math.max(after, next.before) + startMm(next);
        if (!next.keepWithNext) break;
        after = next.after;
      }
      if (y > 0 && y + need > pageMm) newPage();
      y += gap(b) + b.mm;
      pendingAfter = b.after;
      continue;
    }
    if (b.kind === 'box') {
      if (y > 0 && y + gap(b) + b.mm > pageMm) newPage();
      y += gap(b) + b.mm;
      pendingAfter = b.after;
      continue;
    }
    // Lines.
    let lines = b.lines!;
    let first = true;
    while (lines > 0) {
      const g = first ? gap(b) : 0;
      const room = Math.floor((pageMm - y - g) / b.mm + 1e-9);
      if (room >= lines) {
        y += g + lines * b.mm;
        break;
      }
      // Break inside: keep at least ORPHANS here and move at least WIDOWS.
      const here = Math.min(room, lines - WIDOWS);
      if (here >= ORPHANS) {
        lines -= here;
        newPage();
        first = false;
        continue;
      }
      if (y === 0) {
        // Cannot do better on a fresh page: fill it.
        lines -= Math.max(1, room);
        newPage();
        first = false;
        continue;
      }
      newPage();
      first = false;
    }
    pendingAfter = b.after;
  }
  return { pages: page, lastMm: y };
}

/** Pages 2–3 of the brochure hold the body; the back page always starts a page of its own. */
export const BODY_PAGES = 2;

export function bodyPages(model: BrochureModel): number {
  return paginate(bodyFlow(model)).pages;
}

/** Swedish genitive of a name: "Malmös", but "Kramfors", "Alvesta" → "Alvestas". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

function nonEmpty(text: string | undefined | null): string | null {
  return text && text.trim() !== '' ? text : null;
}
