// The brochure's view model: one municipality's figures (after disclosure control), its
// municipality.yaml and its region turned into what templates/brochure.hbs prints. Pure and
// synchronous — charts are described here (kind + input) and drawn by brochure-context.ts.
//
// Rules (shared/design-brief.md, the brochure plan in seeds/000):
// - 3–5 key figures set very large with a one-line caption, each with its women / men split;
//   only indicators the municipality HAS data for: a section that is null (no such file) or has a
//   zero denominator is left out, never shown as 0. A genuine zero (Trelleborg's 0 dropouts) is data.
// - Every table row shows Kvinnor, Män, Totalt; suppressed cells print "..".
// - Strings are plain text here; the template escapes them. Markdown stays Markdown and goes
//   through the environment's `md` helper (raw HTML disabled).
import {
  DROPOUT_REASONS,
  DROPOUT_REASON_LABELS,
  OUTCOMES,
  OUTCOME_CODES,
  TARGET_GROUPS,
  TARGET_GROUP_LABELS,
  type TargetGroup,
} from '../../schema/codes.js';
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../../schema/config.js';
import type { Count, Ratio, Unit } from '../../indicators/types.js';
import type { DocumentMeta } from '../../pdf/api.js';
import { MISSING, formatInteger, formatPercent } from '../../html/format.js';
import { CHANGE_COLOURS, type HorizontalBarsInput, type KaaFunnelInput, type Stacked100Input } from '../../charts/draw.js';

type C = number | null;
type Cnt = Count<C>;

export interface KeyFigure {
  /** Which indicator: lets tests and CSS tell them apart. */
  id: 'participants' | 'education-or-work' | 'dropouts' | 'kaa-contact' | 'grades' | 'baseline' | 'remaining';
  /** Set very large: "250", "92 %". */
  value: string;
  /** A small word before it, e.g. "cirka" for an estimate; null for none. */
  qualifier: string | null;
  /** One line under it: "höjde eller behöll sitt meritvärde". */
  caption: string;
  /** The base of a share, "95 av 103"; null for plain counts. */
  base: string | null;
  /** "Kvinnor 93 %", "Män 91 %"; null for a figure the municipality reported without a split. */
  women: string | null;
  men: string | null;
  /** Where a figure not computed from the CSV files comes from. */
  note: string | null;
}

export interface TableRow {
  label: string;
  women: string;
  men: string;
  total: string;
  /** A share row (set in italics, says "andel"). */
  share: boolean;
  /** A part of the row above ("varav …"), indented. */
  indent: boolean;
}


export type ChartSpec =
  | { kind: 'horizontalBars'; input: HorizontalBarsInput }
  | { kind: 'kaaFunnel'; input: KaaFunnelInput }
  | { kind: 'stacked100'; input: Stacked100Input };

export interface ResultSection {
  id: 'participants' | 'outcomes' | 'dropouts' | 'kaa' | 'grades';
  heading: string;
  /** One or two sentences with the main numbers in words. */
  lead: string;
  /** This indicator's rows in the brochure's one figures table (Kvinnor, Män, Totalt). */
  rows: TableRow[];
  /** A note under the table for this group, e.g. persons of unknown gender. */
  note: string | null;
  chart: (ChartSpec & { caption: string; half: boolean }) | null;
}

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
}

/** Two charts side by side in the 174 mm column, with a 6 mm gap. */
const HALF_CHART_WIDTH = 306;
const WOMEN = 'Kvinnor';
const MEN = 'Män';

// ---------------------------------------------------------------------------------------------
// Small helpers on cells.

const n = (value: C | undefined): string => formatInteger(value ?? null);
const pct = (num: C | undefined, den: C | undefined): string => formatPercent(num ?? null, den ?? null);

/** A count we can draw conclusions from: present and above zero. */
function positive(value: C | undefined): value is number {
  return typeof value === 'number' && value > 0;
}

function countRow(label: string, count: Cnt, indent = false): TableRow {
  return { label, women: n(count.women), men: n(count.men), total: n(count.total), share: false, indent };
}

function shareRow(label: string, ratio: Ratio<C>): TableRow {
  const r = ratio;
  return {
    label,
    women: pct(r.numerator.women, r.denominator.women),
    men: pct(r.numerator.men, r.denominator.men),
    total: pct(r.numerator.total, r.denominator.total),
    share: true,
    indent: false,
  };
}

function genderLine(count: Cnt): { women: string; men: string; note: null; qualifier: null } {
  return { women: `${WOMEN} ${n(count.women)}`, men: `${MEN} ${n(count.men)}`, note: null, qualifier: null };
}

function genderShares(ratio: Ratio<C>): { women: string; men: string; note: null; qualifier: null } {
  return {
    women: `${WOMEN} ${pct(ratio.numerator.women, ratio.denominator.women)}`,
    men: `${MEN} ${pct(ratio.numerator.men, ratio.denominator.men)}`,
    note: null,
    qualifier: null,
  };
}

/** Denominator of a share is known and above zero: the share exists. */
function hasShare(ratio: Ratio<C>): boolean {
  return positive(ratio.denominator.total) && ratio.numerator.total !== null;
}

/**
 * A share set very large on the cover must rest on a few persons at least ("0 %" of one person who
 * moved is no result); below that it stays in the tables, with its base beside it.
 */
const MIN_KEY_SHARE_BASE = 5;
function keyShareBase(ratio: Ratio<C>): boolean {
  return (ratio.denominator.total ?? 0) >= MIN_KEY_SHARE_BASE;
}

function base(ratio: Ratio<C>): string {
  return `${n(ratio.numerator.total)} av ${n(ratio.denominator.total)}`;
}

/** A chart category's label with its total, since split bars show women and men only: "Arbete (4)". */
function withTotal(label: string, count: Cnt): string {
  return `${label} (${n(count.total)})`;
}

function chartCells(count: Cnt): { women: C; men: C; total: C } {
  return { women: count.women, men: count.men, total: count.total };
}

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
  const barSeries = compact ? ('total' as const) : ('gender' as const);
  const f = unit.figures;
  const name = m.name;
  const year = region.report_year ?? project.report_year ?? Number(project.period.end.slice(0, 4));
  const ownerShort = project.owner_short ?? 'SKL';
  const results: ResultSection[] = [];
  const keyFigures: KeyFigure[] = [];
  const spareKeyFigures: KeyFigure[] = [];
  let figureNo = 0;
  // Bars split by gender show women and men; the category label carries the total.
  const barLabel = (label: string, count: Cnt) => (compact ? label : withTotal(label, count));
  const figureCaption = (what: string) => `Figur ${++figureNo}. ${what}, ${name}`;

  // Participants: always there (participants.csv is required), but may be zero.
  const persons = f.participants.persons;
  if (positive(persons.total)) {
    keyFigures.push({ id: 'participants', value: n(persons.total), caption: 'ungdomar deltog i projektet', base: null, ...genderLine(persons) });
  }
  {
    const rows: TableRow[] = [countRow('Deltagare', persons)];
    const groups = TARGET_GROUPS.filter((tg) => f.participants.byTargetGroup[tg].total !== 0);
    // One target group only: its row would repeat the total.
    if (groups.length > 1) for (const tg of groups) rows.push(countRow(targetGroupShort(tg), f.participants.byTargetGroup[tg], true));
    if (f.participants.intensiveSupport.total !== 0) rows.push(countRow('varav med fördjupat stöd', f.participants.intensiveSupport, true));
    results.push({
      id: 'participants',
      heading: 'Deltagare',
      lead: positive(persons.total)
        ? `${n(persons.total)} ungdomar deltog i Plug In 2.0 i ${name}: ${n(persons.women)} kvinnor och ${n(persons.men)} män.`
        : `Inga deltagare är registrerade för ${name}.`,
      rows,
      note: null,
      chart: null,
    });
  }

  // Exit outcomes: among those who left with an end date.
  const o = f.outcomes;
  if (positive(o.exited.total)) {
    const codes = OUTCOME_CODES.filter((code) => o.byCode[code].total !== 0);
    // The chart carries the split by outcome (women, men and the total in its label); the table
    // the sums the share is built from.
    const rows: TableRow[] = [
      countRow('Avslutade deltagare', o.exited),
      countRow('varav till studier', o.education, true),
      countRow('varav till arbete', o.work, true),
    ];
    if (o.missingOutcome.total !== 0) rows.push(countRow('varav utfall saknas', o.missingOutcome, true));
    rows.push(shareRow('Andel i studier eller arbete', o.educationOrWork));
    const share = hasShare(o.educationOrWork);
    if (share && keyShareBase(o.educationOrWork)) {
      keyFigures.push({
        id: 'education-or-work',
        value: pct(o.educationOrWork.numerator.total, o.educationOrWork.denominator.total),
        caption: 'gick vidare till studier eller arbete',
        base: base(o.educationOrWork),
        ...genderShares(o.educationOrWork),
      });
    }
    results.push({
      id: 'outcomes',
      heading: 'Vad deltagarna gick vidare till',
      lead:
        `${n(o.exited.total)} deltagare har avslutat sin tid i projektet` +
        (share
          ? `; ${pct(o.educationOrWork.numerator.total, o.educationOrWork.denominator.total)} (${base(o.educationOrWork)}) gick vidare till studier eller arbete.`
          : '.') +
        (codes.length === 1 ? ` Utfall: ${withTotal(OUTCOMES[codes[0]!].label, o.byCode[codes[0]!]).toLowerCase()}.` : ''),
      rows,
      note: null,
      // A chart of one bar says nothing the sentence does not.
      chart: codes.length < 2 ? null : {
        kind: 'horizontalBars',
        half: false,
        caption: figureCaption('Utfall vid avslut, antal deltagare'),
        input: {
          title: `Utfall vid avslut, ${name}`,
          series: barSeries,
          categories: codes.map((code) => ({ label: barLabel(OUTCOMES[code].label, o.byCode[code]), ...chartCells(o.byCode[code]) })),
        },
      },
    });
  }

  // Dropouts: only with a dropouts.csv (section not null) and participants to relate them to.
  const d = f.dropouts;
  if (d && positive(d.rate.denominator.total)) {
    const reasons = DROPOUT_REASONS.filter((r) => d.byReason[r].total !== 0);
    const rows: TableRow[] = [
      countRow('Deltagare', d.rate.denominator),
      countRow('Avbröt studierna', d.persons),
      ...(d.persons.total !== 0 ? [countRow('varav återvände till studier', d.returned, true)] : []),
      countRow('Kvar i studier', d.remaining),
      shareRow('Andel som avbröt', d.rate),
    ];
    const zero = d.persons.total === 0;
    // Those who stayed are the other side of the dropout rate: shown on the cover only when it
    // would otherwise carry fewer than three figures (the design brief's minimum).
    if (!zero) {
      spareKeyFigures.push({
        id: 'remaining',
        value: n(d.remaining.total),
        caption: 'fanns kvar i studier vid projektets slut',
        base: `av ${n(d.rate.denominator.total)} deltagare`,
        ...genderLine(d.remaining),
      });
    }
    keyFigures.push(
      zero
        ? { id: 'dropouts', value: '0', caption: 'avbrott i studierna', base: `bland ${n(d.rate.denominator.total)} deltagare`, ...genderLine(d.persons) }
        : {
            id: 'dropouts',
            value: pct(d.rate.numerator.total, d.rate.denominator.total),
            caption: 'avbröt studierna',
            base: base(d.rate),
            ...genderShares(d.rate),
          },
    );
    results.push({
      id: 'dropouts',
      heading: 'Avbrott i studierna',
      lead: zero
        ? `Ingen av de ${n(d.rate.denominator.total)} deltagarna avbröt sina studier.`
        : `${n(d.persons.total)} av ${n(d.rate.denominator.total)} deltagare (${pct(d.rate.numerator.total, d.rate.denominator.total)}) avbröt sina studier; ${n(d.remaining.total)} fanns kvar i studier.` +
          (reasons.length === 1 ? ` Orsak: ${withTotal(DROPOUT_REASON_LABELS[reasons[0]!], d.byReason[reasons[0]!]).toLowerCase()}.` : ''),
      rows,
      note: null,
      chart:
        reasons.length > 1 && !zero
          ? {
              kind: 'horizontalBars',
              half: false,
              caption: figureCaption('Orsak till avbrott, antal personer'),
              input: {
                title: `Orsak till avbrott, ${name}`,
                series: barSeries,
                categories: reasons.map((r) => ({ label: barLabel(DROPOUT_REASON_LABELS[r], d.byReason[r]), ...chartCells(d.byReason[r]) })),
              },
            }
          : null,
    });
  }

  // KAA: only with a kaa_contacts.csv and somebody on the list.
  const k = f.kaa;
  if (k && positive(k.listed.total)) {
    const rows: TableRow[] = [
      countRow('På KAA-listan', k.listed),
      countRow('Kontaktade', k.contacted),
      countRow('I insatser', k.inInterventions),
      shareRow('Andel kontaktade', k.contactRate),
    ];
    const unknownListed = k.listed.unknown;
    const note = positive(unknownListed ?? null)
      ? `Totalt omfattar även ${n(unknownListed ?? null)} personer med okänt kön.`
      : null;
    if (hasShare(k.contactRate) && keyShareBase(k.contactRate)) {
      keyFigures.push({
        id: 'kaa-contact',
        value: pct(k.contactRate.numerator.total, k.contactRate.denominator.total),
        caption: 'av ungdomarna på KAA-listan fick kontakt',
        base: base(k.contactRate),
        ...genderShares(k.contactRate),
      });
    }
    results.push({
      id: 'kaa',
      heading: 'Det kommunala aktivitetsansvaret (KAA)',
      lead: `${n(k.listed.total)} ungdomar fanns på KAA-listan. ${n(k.contacted.total)} av dem kontaktades och ${n(k.inInterventions.total)} kom med i insatser.`,
      rows,
      note,
      chart: {
        kind: 'kaaFunnel',
        half: false,
        caption: figureCaption('Från KAA-listan till insatser, antal personer'),
        input: {
          title: `Från KAA-listan till insatser, ${name}`,
          series: 'total',
          steps: [
            { label: 'På KAA-listan', ...chartCells(k.listed) },
            { label: 'Kontaktade', ...chartCells(k.contacted) },
            { label: 'I insatser', ...chartCells(k.inInterventions) },
          ],
        },
      },
    });
  }

  // Grades: only with a grades.csv and somebody measurable (grades in two terms).
  const g = f.grades;
  if (g && positive(g.measurable.total)) {
    const rows: TableRow[] = [
      countRow('Elever med betyg två terminer', g.measurable),
      countRow('Höjde sitt meritvärde', g.raised, true),
      countRow('Behöll sitt meritvärde', g.kept, true),
      countRow('Sänkte sitt meritvärde', g.lowered, true),
      shareRow('Andel som höjde eller behöll', g.raisedOrKept),
    ];
    const intensive = g.intensiveRaised;
    const hasIntensive = positive(intensive.denominator.total);
    if (hasIntensive) {
      rows.push(countRow('Elever med fördjupat stöd', intensive.denominator));
      rows.push(countRow('varav höjde sitt meritvärde', intensive.numerator, true));
    }
    if (hasShare(g.raisedOrKept) && keyShareBase(g.raisedOrKept)) {
      keyFigures.push({
        id: 'grades',
        value: pct(g.raisedOrKept.numerator.total, g.raisedOrKept.denominator.total),
        caption: 'höjde eller behöll sitt meritvärde',
        base: base(g.raisedOrKept),
        ...genderShares(g.raisedOrKept),
      });
    }
    const leadIntensive = hasIntensive
      ? ` Av de ${n(intensive.denominator.total)} eleverna med fördjupat stöd höjde ${n(intensive.numerator.total)} sitt meritvärde.`
      : '';
    results.push({
      id: 'grades',
      heading: 'Betyg och meritvärde',
      lead:
        `${n(g.measurable.total)} elever har betyg från två terminer. ` +
        `${pct(g.raisedOrKept.numerator.total, g.raisedOrKept.denominator.total)} (${base(g.raisedOrKept)}) höjde eller behöll sitt meritvärde.` +
        leadIntensive,
      rows,
      note: null,
      chart: {
        kind: 'stacked100',
        half: false,
        caption: figureCaption('Förändring av meritvärde mellan första och sista terminen'),
        input: {
          title: `Förändring av meritvärde, ${name}`,
          parts: [
            { label: 'Höjt', colour: CHANGE_COLOURS.raised },
            { label: 'Behållit', colour: CHANGE_COLOURS.kept },
            { label: 'Sänkt', colour: CHANGE_COLOURS.lowered },
          ],
          rows: [
            { label: WOMEN, values: [g.raised.women, g.kept.women, g.lowered.women] },
            { label: MEN, values: [g.raised.men, g.kept.men, g.lowered.men] },
            { label: 'Totalt', values: [g.raised.total, g.kept.total, g.lowered.total] },
          ],
        },
      },
    });
  }

  // The small charts (KAA steps, grade change) share a row when both are there.
  const small = results.filter((r) => r.chart && (r.chart.kind === 'kaaFunnel' || r.chart.kind === 'stacked100'));
  if (small.length === 2) {
    for (const r of small) {
      r.chart!.half = true;
      r.chart!.input.width = HALF_CHART_WIDTH;
    }
  }

  const workshops: WorkshopView[] = m.workshops.map((w) => ({
    name: w.name,
    targetGroups: w.target_groups.map((tg) => TARGET_GROUP_LABELS[tg]),
    description: nonEmpty(w.description),
  }));

  const baselines: BaselineView[] = (m.baseline ?? []).map((b) => ({
    value: `${b.approximate ? 'cirka ' : ''}${formatInteger(b.value)}`,
    label: b.label,
    period: nonEmpty(b.period),
  }));

  // Figures the municipality reported itself (e.g. "cirka 1 000 elever") fill the cover up to five.
  const shownKeyFigures = keyFigures.filter((kf) => kf.value !== MISSING).slice(0, 5);
  for (const [i, b] of baselines.entries()) {
    if (shownKeyFigures.length >= 5) break;
    const reported = m.baseline?.[i];
    shownKeyFigures.push({
      id: 'baseline',
      value: formatInteger(reported?.value ?? null),
      qualifier: reported?.approximate ? 'cirka' : null,
      caption: b.period ? `${b.label}, ${b.period}` : b.label,
      base: null,
      women: null,
      men: null,
      note: 'Uppgift från kommunen',
    });
  }
  for (const spare of spareKeyFigures) if (shownKeyFigures.length < 3 && spare.value !== MISSING) shownKeyFigures.push(spare);

  const interview = m.interview
    ? { title: m.interview.title ?? 'Intervju', role: m.interview.role, text: m.interview.text }
    : null;

  const suppressed = results.some((s) => s.rows.some((r) => [r.women, r.men, r.total].includes(MISSING)));
  const title = `${project.name} – ${name}`;
  return {
    meta: {
      title,
      shortTitle: title,
      author: region.organisation,
      subject: `Resultat och arbetssätt i ${name} i ${project.name}, ett projekt finansierat av Europeiska socialfonden`,
      keywords: [project.name, name, region.name, 'ESF', 'Europeiska socialfonden', ownerShort, 'avhopp från gymnasieskolan', 'kommunala aktivitetsansvaret'],
      lang: 'sv',
    },
    date: project.period.end,
    municipality: { id: m.id, name, genitive: genitive(name), kommunkod: m.kommunkod, started: m.started ?? null },
    region: { id: region.id, name: region.name, organisation: region.organisation },
    project: {
      name: project.name,
      owner: project.owner,
      ownerShort,
      caseNumber: project.esf_case_number,
      periodStart: project.period.start,
      periodEnd: project.period.end,
      years: `${project.period.start.slice(0, 4)}–${project.period.end.slice(0, 4)}`,
    },
    year,
    // A key figure that disclosure control hid would print a huge "..": it is left to the tables.
    keyFigures: shownKeyFigures,
    whatWeDid: nonEmpty(m.narrative?.what_we_did),
    workshops,
    resultsText: nonEmpty(m.narrative?.results),
    implementation: nonEmpty(m.narrative?.implementation),
    results,
    layout,
    compact,
    tight: layout === 'tight',
    tableCaption: `Tabell 1. Resultat i siffror, ${name}`,
    tablePairs: results.reduce<ResultSection[][]>((pairs, section, i) => {
      if (i % 2 === 0) pairs.push([section]);
      else pairs[pairs.length - 1]!.push(section);
      return pairs;
    }, []),
    quotes: (m.quotes ?? []).map((q) => ({ text: q.text, role: q.role })),
    interview,
    baselines,
    contact: m.contact ? { organisation: m.contact.organisation, web: m.contact.web ?? null } : null,
    synthetic: region.synthetic === true,
    suppressionNote: suppressed
      ? '.. = uppgiften visas inte: den bygger på för få personer (röjandeskydd) eller det finns ingen bas att beräkna andelen på.'
      : null,
  };
}

function targetGroupShort(tg: TargetGroup): string {
  return {
    '1': 'varav målgrupp 1 (riskzon)',
    '2': 'varav målgrupp 2 (KAA)',
    '3': 'varav målgrupp 3 (nyanlända)',
  }[tg];
}

/** CSS pixels to mm (96 px per inch). */
const PX_MM = 25.4 / 96;

/** The drawn SVG's height (charts.ts: a fixed step per bar or row, in px). */
function chartSvgMm(chart: NonNullable<ResultSection['chart']>): number {
  switch (chart.kind) {
    case 'horizontalBars': {
      const n = chart.input.categories.length;
      const px = chart.input.series === 'total' ? 3 + 17 * n : 22 + 26.06 * n;
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
    .map((p) => ({ kind: 'lines' as const, mm: BODY_LINE, lines: Math.max(1, Math.ceil(p.length / charsPerLine)), before: 0, after: 5 * PT, what }));
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
    notes.push(`Källa: ${model.municipality.genitive} uppgifter om deltagarna i ${model.project.name}, sammanställda med plugin-report.`);
    for (const note of notes) {
      flow.push({ kind: 'lines', mm: 8.5 * 1.4 * PT, lines: Math.ceil(note.length / 125), before: 3 * PT, after: 0, what: 'table note' });
    }
  }

  if (model.interview) {
    // A bordered box: 4 + 3 mm padding, a 14 pt title, the role (9.5 pt, 3 mm under), the text.
    const textCpl = 97;
    const mm =
      2 * 0.75 * PT + 7 + 2 + Math.ceil(model.interview.title.length / 70) * 14 * 1.2 * PT + 1 + 9.5 * 1.4 * PT + 3 +
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
