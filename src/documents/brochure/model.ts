// The brochure's view model: one municipality's figures (after disclosure control), its
// municipality.yaml and its region turned into what templates/brochure.hbs prints. Pure and
// synchronous — charts are described here (kind + input) and drawn by context.ts. Every word
// comes from the copy catalogue (templates/copy/sv.json, brochure.*).
//
// Rules (shared/design-brief.md, issue 13):
// - A leaflet, not a report extract: a designed cover with 3–5 key figures (key-figures.ts), what
//   was done with an interview and quotes, the results with charts, and a back page with the
//   figures table, contact functions, "Om Plug In 2.0" and the EU emblem.
// - Only indicators the municipality HAS data for (each indicator's part is built in sections.ts).
// - Every table row shows Kvinnor, Män, Totalt; suppressed cells print "..".
// - Strings are plain text here; the template escapes them. Markdown stays Markdown and goes
//   through the environment's `md` helper (raw HTML disabled).
//
// Pagination has one source, the browser: the layout is chosen from the content (layout.ts), the
// PDF's page count says whether it fitted, and the command reprints in the next layout when not.
// No CSS size is repeated here.
import type { FunctionContact, MunicipalityConfig, ProjectConfig, RegionConfig } from '../../schema/config.js';
import type { Unit } from '../../indicators/types.js';
import type { DocumentMeta } from '../../pdf/api.js';
import type { CheckedPhoto } from '../../schema/photo.js';
import { MISSING, formatInteger } from '../../html/format.js';
import { COPY_LANGUAGE, copy } from '../../html/copy.js';
import { INDICATOR_PARTS, sectionContext, type KeyFigure, type ResultSection } from './sections.js';
import { coverKeyFigures } from './key-figures.js';
import { type BrochureLayout, firstLayout, pagesOf } from './layout.js';
import { maskStrings } from '../../util/mask-deep.js';
import { type EconomicEstimate, estimateEconomics } from '../../economics/index.js';
import { type WorthPanel, worthPanel } from './worth.js';

export type { ChartSpec, KeyFigure, ResultSection, TableRow } from './sections.js';
export { headlineWorthy } from './key-figures.js';
export { type BrochureLayout, nextLayout, pagesOf } from './layout.js';

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

/** A contact function as the back page prints it (never a person). */
export interface ContactView {
  organisation: string;
  function: string | null;
  email: string | null;
  phone: string | null;
  web: string | null;
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
  /** Any result has a chart: the results page shows them and the table goes to the back page. */
  charted: boolean;
  /** The layout chosen (layout.ts). */
  layout: BrochureLayout;
  /** Pages the layout prints: 2 ('short') or 4. */
  pages: number;
  /** 'short': cover and one page. */
  short: boolean;
  /** 'compact' or 'tight': no decorative graphic in the body. */
  compact: boolean;
  /** 'tight': smaller type and charts, no summary list above the charts, no further quotes. */
  tight: boolean;
  /** Caption of the figures tables that gather every section's rows. */
  tableCaption: string;
  /** The source line under the figures tables. */
  tableSource: string;
  /** The sections' tables two by two, as the template lays them out (a pair never splits). */
  tablePairs: ResultSection[][];
  /** The quote set large on the "what we did" page; the others follow the results. */
  leadQuote: { text: string; role: string } | null;
  moreQuotes: { text: string; role: string }[];
  interview: { title: string; role: string; text: string } | null;
  baselines: BaselineView[];
  contact: ContactView | null;
  /** The region's contact function (region.yaml), under its organisation's name. */
  regionContact: ContactView;
  /** The cover's photo, checked and stripped of metadata; null: the drawn graphic instead. */
  photo: CheckedPhoto | null;
  synthetic: boolean;
  /** Shown when any figure is suppressed: what ".." means. */
  suppressionNote: string | null;
  /** The panel "Vad är det värt?" (worth.ts); null: left out, no estimate. */
  worth: WorthPanel | null;
}

export interface BrochureInput {
  unit: Unit<C>;
  municipality: MunicipalityConfig;
  region: RegionConfig;
  project: ProjectConfig;
  /**
   * 'auto' (the default) picks 'short' or 'normal' from the content (layout.ts, firstLayout); the
   * command reprints with nextLayout when the PDF has more pages than the layout allows.
   */
  layout?: BrochureLayout | 'auto';
  /** The municipality's photo as validation checked it (validate/photo.ts); none: a drawn graphic. */
  photo?: CheckedPhoto | undefined;
  /**
   * The run's disclosure threshold N (0 or 1: off). No count from 1 to N−1 is set large on the
   * cover, whether or not disclosure control hid it from the tables.
   */
  minCount: number;
  /** The municipality's socio-economic estimate; by default estimated here from its figures and config. */
  economics?: EconomicEstimate;
}

// ---------------------------------------------------------------------------------------------
// The model.

export function brochureModel(input: BrochureInput): BrochureModel {
  const { unit, municipality: m, region, project } = input;
  const name = m.name;
  // One context for all parts: it numbers the figures in print order.
  const context = sectionContext(unit.figures, name);
  const parts = INDICATOR_PARTS.map((part) => part(context));
  const results = parts.flatMap((p) => (p.section ? [p.section] : []));
  const quotes = (m.quotes ?? []).map((q) => ({ text: q.text, role: q.role }));
  const interview = m.interview
    ? { title: m.interview.title ?? copy('brochure.interview.title'), role: m.interview.role, text: m.interview.text }
    : null;
  const layout =
    input.layout === undefined || input.layout === 'auto' ? firstLayout({ interview: interview !== null, results }) : input.layout;
  return {
    meta: brochureMeta(input),
    date: project.period.end,
    municipality: { id: m.id, name, genitive: genitive(name), kommunkod: m.kommunkod, started: m.started ?? null },
    region: { id: region.id, name: region.name, organisation: region.organisation },
    project: projectView(project),
    year: region.report_year ?? project.report_year ?? Number(project.period.end.slice(0, 4)),
    keyFigures: coverKeyFigures(parts, m, input.minCount),
    whatWeDid: nonEmpty(m.narrative?.what_we_did),
    workshops: workshopViews(m),
    resultsText: nonEmpty(m.narrative?.results),
    implementation: nonEmpty(m.narrative?.implementation),
    results,
    charted: results.some((r) => r.chart !== null),
    layout,
    pages: pagesOf(layout),
    short: layout === 'short',
    compact: layout === 'compact' || layout === 'tight',
    tight: layout === 'tight',
    tableCaption: copy('brochure.results.tableCaption', { table: copy('common.table'), place: name }),
    tableSource: copy('brochure.results.tableSource', { placeGenitive: genitive(name), organisation: region.organisation }),
    tablePairs: inPairs(results),
    leadQuote: quotes[0] ?? null,
    moreQuotes: quotes.slice(1),
    interview,
    baselines: baselineViews(m),
    contact: m.contact ? contactView(m.contact.organisation, m.contact) : null,
    regionContact: contactView(region.organisation, region.contact),
    photo: input.photo ?? null,
    synthetic: region.synthetic === true,
    suppressionNote: anySuppressed(results) ? copy('brochure.results.suppressionNote', { missing: MISSING }) : null,
    worth: worthPanel(
      input.economics ?? estimateEconomics({ unit, project, regions: [{ config: region, municipalities: [m] }] }),
      region.name,
    ),
  };
}

function contactView(organisation: string, c: FunctionContact | undefined): ContactView {
  return {
    organisation,
    function: nonEmpty(c?.function),
    email: nonEmpty(c?.email),
    phone: nonEmpty(c?.phone),
    web: nonEmpty(c?.web)?.replace(/^https?:\/\//, '') ?? null,
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

/** Swedish genitive of a name: "Malmös", but "Kramfors", "Alvesta" → "Alvestas". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

function nonEmpty(text: string | undefined | null): string | null {
  return text && text.trim() !== '' ? text : null;
}
