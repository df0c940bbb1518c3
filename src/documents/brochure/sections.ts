// The brochure's result sections, one builder per indicator: each turns the municipality's figures
// into its part of the brochure — the section (heading, lead sentence, table rows, chart) and the
// key figures it offers the cover. A section whose data is missing (no such file) or has a zero
// denominator is left out, never shown as 0; a genuine zero (Trelleborg's 0 dropouts) is data.
// Every word comes from the copy catalogue (templates/copy/sv.json, brochure.*).
import { DROPOUT_REASONS, OUTCOME_CODES, TARGET_GROUPS } from '../../schema/codes.js';
import type { Count, Figures, Ratio } from '../../indicators/types.js';
import { formatInteger, formatPercent } from '../../html/format.js';
import { copy } from '../../html/copy.js';
import { CHANGE_COLOURS, type HorizontalBarsInput, type KaaFunnelInput, type Stacked100Input } from '../../charts/draw.js';

type C = number | null;
type Cnt = Count<C>;

export interface KeyFigure {
  /** Which indicator: lets tests and CSS tell them apart. */
  id: 'participants' | 'education-or-work' | 'kaa-contact' | 'grades' | 'baseline' | 'workshops' | 'target-groups' | 'started';
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
  /**
   * Every count the figure prints or rests on (its value, base and gender split): the cover takes
   * it only when all of them are shown and none is a small count (model.ts, coverKeyFigures).
   */
  counts: C[];
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

/** What one indicator contributes: its section, and key figures for the cover (key-figures.ts). */
export interface IndicatorPart {
  section: ResultSection | null;
  keyFigures: KeyFigure[];
}

/** What every section builder needs besides the figures. */
export interface SectionContext {
  figures: Figures<C>;
  /** The municipality's name, as the text and chart titles print it. */
  place: string;
  /** Numbers the brochure's figures in print order: "Figur 2. …, Bromölla". */
  figureCaption(what: string): string;
}

export function sectionContext(figures: Figures<C>, place: string): SectionContext {
  let figureNo = 0;
  return {
    figures,
    place,
    figureCaption: (what) => copy('brochure.results.figureCaption', { figure: copy('common.figure'), number: ++figureNo, what, place }),
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers on cells.

const n = (value: C | undefined): string => formatInteger(value ?? null);
const pct = (num: C | undefined, den: C | undefined): string => formatPercent(num ?? null, den ?? null);
const totalShare = (ratio: Ratio<C>): string => pct(ratio.numerator.total, ratio.denominator.total);

/** A count we can draw conclusions from: present and above zero. */
function positive(value: C | undefined): value is number {
  return typeof value === 'number' && value > 0;
}

function countRow(key: string, count: Cnt, indent = false): TableRow {
  return { label: copy(key), women: n(count.women), men: n(count.men), total: n(count.total), share: false, indent };
}

function shareRow(key: string, r: Ratio<C>): TableRow {
  return {
    label: copy(key),
    women: pct(r.numerator.women, r.denominator.women),
    men: pct(r.numerator.men, r.denominator.men),
    total: pct(r.numerator.total, r.denominator.total),
    share: true,
    indent: false,
  };
}

/** The women, men and total of counts, as a key figure's `counts`. */
const countsOf = (...counts: Cnt[]): C[] => counts.flatMap((c) => [c.women, c.men, c.total]);
/**
 * A part, its whole and what lies between them: "23 of 24 stayed" tells that one left as surely
 * as printing the 1, so the gap counts as a figure the headline rests on.
 */
const partOfWhole = (part: Cnt, whole: Cnt): C[] => {
  const gap = (p: C, w: C): C => (p === null || w === null ? null : w - p);
  return [...countsOf(part, whole), gap(part.women, whole.women), gap(part.men, whole.men), gap(part.total, whole.total)];
};
const ratioCounts = (r: Ratio<C>): C[] => partOfWhole(r.numerator, r.denominator);

/** "Kvinnor 96" and "Män 97" under a key figure. */
function genderSplit(women: string, men: string): { women: string; men: string; note: null; qualifier: null } {
  return {
    women: copy('brochure.keyFigure.gender', { gender: copy('common.women'), value: women }),
    men: copy('brochure.keyFigure.gender', { gender: copy('common.men'), value: men }),
    note: null,
    qualifier: null,
  };
}

const genderLine = (count: Cnt) => genderSplit(n(count.women), n(count.men));
const genderShares = (r: Ratio<C>) => genderSplit(pct(r.numerator.women, r.denominator.women), pct(r.numerator.men, r.denominator.men));

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

/** "95 av 103". */
function base(ratio: Ratio<C>): string {
  return copy('brochure.keyFigure.base', { num: n(ratio.numerator.total), den: n(ratio.denominator.total) });
}

/** A chart category's label with its total, since split bars show women and men only: "Arbete (4)". */
function withTotal(label: string, count: Cnt): string {
  return copy('brochure.results.withTotal', { label, total: n(count.total) });
}

function chartCells(count: Cnt): { women: C; men: C; total: C } {
  return { women: count.women, men: count.men, total: count.total };
}

/** A sentence that would print a hidden figure (".." read as a word: "(..) avbröt sina studier"). */
const HIDDEN_FIGURE = /(?<!\.)\.\.(?!\.)/;

/**
 * Sentences of a lead, in order, the missing ones left out, and so are those that would print a
 * hidden figure: a sentence of ".." says nothing to a reader. When nothing is left, one sentence
 * says why the figures are not told.
 */
function sentences(...parts: Array<string | null>): string {
  const told = parts.filter((p): p is string => p !== null && !HIDDEN_FIGURE.test(p));
  return told.length > 0 ? told.join(' ') : copy('brochure.hiddenLead');
}

/**
 * Bars of a breakdown (outcomes, reasons): split by gender with the total in the label, in every
 * layout, so every chart of a brochure reads the same way (issue 13: one chart dropped gender).
 */
function breakdownBars(categories: Array<{ label: string; count: Cnt }>, title: string): HorizontalBarsInput {
  return {
    title,
    series: 'gender',
    categories: categories.map((c) => ({ label: withTotal(c.label, c.count), ...chartCells(c.count) })),
  };
}

/** A section's full-width chart of its breakdown (outcome codes, dropout reasons) by gender. */
function breakdownChart(
  ctx: SectionContext,
  section: 'outcomes' | 'dropouts',
  categories: Array<{ label: string; count: Cnt }>,
): ResultSection['chart'] {
  return {
    kind: 'horizontalBars',
    half: false,
    caption: ctx.figureCaption(copy(`brochure.${section}.chartCaption`)),
    input: breakdownBars(categories, copy(`brochure.${section}.chartTitle`, { place: ctx.place })),
  };
}

/** A category whose every cell disclosure control hid: a row of ".." bars would say nothing. */
const whollyHidden = (count: Cnt): boolean => count.women === null && count.men === null && count.total === null;

/**
 * The categories a breakdown chart draws: those with anything shown. The others are left out with
 * a note (their counts are hidden anyway), so a chart is not a column of ".." rows.
 */
function drawnCategories<K extends string>(keys: readonly K[], countOf: (key: K) => Cnt): { drawn: K[]; note: string | null } {
  const drawn = keys.filter((k) => !whollyHidden(countOf(k)));
  return { drawn, note: drawn.length < keys.length ? copy('brochure.results.hiddenCategories') : null };
}

const noPart = (): IndicatorPart => ({ section: null, keyFigures: [] });

// ---------------------------------------------------------------------------------------------
// The sections, in print order.

/** Participants: always there (participants.csv is required), but may be zero. */
export function participantsPart(ctx: SectionContext): IndicatorPart {
  const p = ctx.figures.participants;
  const persons = p.persons;
  const rows: TableRow[] = [countRow('brochure.participants.rows.participants', persons)];
  const groups = TARGET_GROUPS.filter((tg) => p.byTargetGroup[tg].total !== 0);
  // One target group only: its row would repeat the total.
  if (groups.length > 1)
    for (const tg of groups) rows.push(countRow(`brochure.participants.rows.targetGroup.${tg}`, p.byTargetGroup[tg], true));
  if (p.intensiveSupport.total !== 0) rows.push(countRow('brochure.participants.rows.intensiveSupport', p.intensiveSupport, true));
  const keyFigures: KeyFigure[] = positive(persons.total)
    ? [
        {
          id: 'participants',
          value: n(persons.total),
          caption: copy('brochure.keyFigure.participants'),
          base: null,
          ...genderLine(persons),
          counts: countsOf(persons),
        },
      ]
    : [];
  return {
    section: {
      id: 'participants',
      heading: copy('brochure.participants.heading'),
      lead: positive(persons.total)
        ? sentences(
            copy('brochure.participants.lead', { n: n(persons.total), place: ctx.place, women: n(persons.women), men: n(persons.men) }),
          )
        : copy('brochure.participants.none', { place: ctx.place }),
      rows,
      note: null,
      chart: null,
    },
    keyFigures,
  };
}

/** Exit outcomes: among those who left with an end date. */
export function outcomesPart(ctx: SectionContext): IndicatorPart {
  const o = ctx.figures.outcomes;
  if (!positive(o.exited.total)) return noPart();
  const codes = OUTCOME_CODES.filter((code) => o.byCode[code].total !== 0);
  const outcomeLabel = (code: string) => copy(`codes.outcome.${code}`);
  // The chart carries the split by outcome (women, men and the total in its label); the table
  // the sums the share is built from.
  const rows: TableRow[] = [
    countRow('brochure.outcomes.rows.exited', o.exited),
    countRow('brochure.outcomes.rows.education', o.education, true),
    countRow('brochure.outcomes.rows.work', o.work, true),
  ];
  if (o.missingOutcome.total !== 0) rows.push(countRow('brochure.outcomes.rows.missingOutcome', o.missingOutcome, true));
  rows.push(shareRow('brochure.outcomes.rows.educationOrWork', o.educationOrWork));
  const share = hasShare(o.educationOrWork);
  const keyFigures: KeyFigure[] =
    share && keyShareBase(o.educationOrWork)
      ? [
          {
            id: 'education-or-work',
            value: totalShare(o.educationOrWork),
            caption: copy('brochure.keyFigure.educationOrWork'),
            base: base(o.educationOrWork),
            ...genderShares(o.educationOrWork),
            counts: ratioCounts(o.educationOrWork),
          },
        ]
      : [];
  const only = codes.length === 1 ? codes[0]! : null;
  const charted = drawnCategories(codes, (code) => o.byCode[code]);
  const lead = sentences(
    share
      ? copy('brochure.outcomes.leadWithShare', {
          n: n(o.exited.total),
          share: totalShare(o.educationOrWork),
          base: base(o.educationOrWork),
        })
      : copy('brochure.outcomes.lead', { n: n(o.exited.total) }),
    only ? copy('brochure.outcomes.onlyOutcome', { outcome: withTotal(outcomeLabel(only), o.byCode[only]).toLowerCase() }) : null,
  );
  return {
    section: {
      id: 'outcomes',
      heading: copy('brochure.outcomes.heading'),
      lead,
      rows,
      note: charted.drawn.length < 2 ? null : charted.note,
      // A chart of one bar says nothing the sentence does not.
      chart:
        charted.drawn.length < 2
          ? null
          : breakdownChart(
              ctx,
              'outcomes',
              charted.drawn.map((code) => ({ label: outcomeLabel(code), count: o.byCode[code] })),
            ),
    },
    keyFigures,
  };
}

/** Dropouts: only with a dropouts.csv (section not null) and participants to relate them to. */
export function dropoutsPart(ctx: SectionContext): IndicatorPart {
  const d = ctx.figures.dropouts;
  if (!d || !positive(d.rate.denominator.total)) return noPart();
  const reasons = DROPOUT_REASONS.filter((r) => d.byReason[r].total !== 0);
  const reasonLabel = (reason: string) => copy(`codes.dropoutReason.${reason}`);
  const zero = d.persons.total === 0;
  const rows: TableRow[] = [
    countRow('brochure.dropouts.rows.participants', d.rate.denominator),
    countRow('brochure.dropouts.rows.persons', d.persons),
    ...(zero ? [] : [countRow('brochure.dropouts.rows.returned', d.returned, true)]),
    countRow('brochure.dropouts.rows.remaining', d.remaining),
    shareRow('brochure.dropouts.rows.rate', d.rate),
  ];
  const participants = n(d.rate.denominator.total);
  // The dropout rate is told here, in the body, and never set large on the cover (issue 13).
  const only = reasons.length === 1 ? reasons[0]! : null;
  const charted = drawnCategories(reasons, (r) => d.byReason[r]);
  const drawChart = charted.drawn.length > 1 && !zero;
  const lead = zero
    ? copy('brochure.dropouts.leadNone', { n: participants })
    : sentences(
        copy('brochure.dropouts.lead', {
          persons: n(d.persons.total),
          n: participants,
          share: totalShare(d.rate),
          remaining: n(d.remaining.total),
        }),
        only ? copy('brochure.dropouts.onlyReason', { reason: withTotal(reasonLabel(only), d.byReason[only]).toLowerCase() }) : null,
      );
  return {
    section: {
      id: 'dropouts',
      heading: copy('brochure.dropouts.heading'),
      lead,
      rows,
      note: drawChart ? charted.note : null,
      chart: drawChart
        ? breakdownChart(
            ctx,
            'dropouts',
            charted.drawn.map((r) => ({ label: reasonLabel(r), count: d.byReason[r] })),
          )
        : null,
    },
    keyFigures: [],
  };
}

/** KAA: only with a kaa_contacts.csv and somebody on the list. */
export function kaaPart(ctx: SectionContext): IndicatorPart {
  const k = ctx.figures.kaa;
  if (!k || !positive(k.listed.total)) return noPart();
  const rows: TableRow[] = [
    countRow('brochure.kaa.rows.listed', k.listed),
    countRow('brochure.kaa.rows.contacted', k.contacted),
    countRow('brochure.kaa.rows.inInterventions', k.inInterventions),
    shareRow('brochure.kaa.rows.contactRate', k.contactRate),
  ];
  const unknownListed = k.listed.unknown;
  const keyFigures: KeyFigure[] =
    hasShare(k.contactRate) && keyShareBase(k.contactRate)
      ? [
          {
            id: 'kaa-contact',
            value: totalShare(k.contactRate),
            caption: copy('brochure.keyFigure.kaaContact'),
            base: base(k.contactRate),
            ...genderShares(k.contactRate),
            counts: ratioCounts(k.contactRate),
          },
        ]
      : [];
  return {
    section: {
      id: 'kaa',
      heading: copy('brochure.kaa.heading'),
      lead: sentences(
        copy('brochure.kaa.lead', {
          listed: n(k.listed.total),
          contacted: n(k.contacted.total),
          interventions: n(k.inInterventions.total),
        }),
      ),
      rows,
      note: positive(unknownListed ?? null) ? copy('brochure.kaa.unknownGender', { n: n(unknownListed ?? null) }) : null,
      chart: {
        kind: 'kaaFunnel',
        half: false,
        caption: ctx.figureCaption(copy('brochure.kaa.chartCaption')),
        input: {
          title: copy('brochure.kaa.chartTitle', { place: ctx.place }),
          // Women and men like every other chart of the brochure; the total is in the table.
          series: 'gender',
          steps: [
            { label: copy('brochure.kaa.rows.listed'), ...chartCells(k.listed) },
            { label: copy('brochure.kaa.rows.contacted'), ...chartCells(k.contacted) },
            { label: copy('brochure.kaa.rows.inInterventions'), ...chartCells(k.inInterventions) },
          ],
        },
      },
    },
    keyFigures,
  };
}

/** Grades: only with a grades.csv and somebody measurable (grades in two terms). */
export function gradesPart(ctx: SectionContext): IndicatorPart {
  const g = ctx.figures.grades;
  if (!g || !positive(g.measurable.total)) return noPart();
  const rows: TableRow[] = [
    countRow('brochure.grades.rows.measurable', g.measurable),
    countRow('brochure.grades.rows.raised', g.raised, true),
    countRow('brochure.grades.rows.kept', g.kept, true),
    countRow('brochure.grades.rows.lowered', g.lowered, true),
    shareRow('brochure.grades.rows.raisedOrKept', g.raisedOrKept),
  ];
  const intensive = g.intensiveRaised;
  const hasIntensive = positive(intensive.denominator.total);
  if (hasIntensive) {
    rows.push(countRow('brochure.grades.rows.intensive', intensive.denominator));
    rows.push(countRow('brochure.grades.rows.intensiveRaised', intensive.numerator, true));
  }
  const keyFigures: KeyFigure[] =
    hasShare(g.raisedOrKept) && keyShareBase(g.raisedOrKept)
      ? [
          {
            id: 'grades',
            value: totalShare(g.raisedOrKept),
            caption: copy('brochure.keyFigure.grades'),
            base: base(g.raisedOrKept),
            ...genderShares(g.raisedOrKept),
            counts: ratioCounts(g.raisedOrKept),
          },
        ]
      : [];
  const lead = sentences(
    copy('brochure.grades.leadMeasurable', { n: n(g.measurable.total) }),
    copy('brochure.grades.leadShare', { share: totalShare(g.raisedOrKept), base: base(g.raisedOrKept) }),
    hasIntensive
      ? copy('brochure.grades.leadIntensive', { n: n(intensive.denominator.total), raised: n(intensive.numerator.total) })
      : null,
  );
  return {
    section: {
      id: 'grades',
      heading: copy('brochure.grades.heading'),
      lead,
      rows,
      note: null,
      chart: {
        kind: 'stacked100',
        half: false,
        caption: ctx.figureCaption(copy('brochure.grades.chartCaption')),
        input: {
          title: copy('brochure.grades.chartTitle', { place: ctx.place }),
          parts: [
            { label: copy('common.gradeChange.raised'), colour: CHANGE_COLOURS.raised },
            { label: copy('common.gradeChange.kept'), colour: CHANGE_COLOURS.kept },
            { label: copy('common.gradeChange.lowered'), colour: CHANGE_COLOURS.lowered },
          ],
          rows: [
            { label: copy('common.women'), values: [g.raised.women, g.kept.women, g.lowered.women] },
            { label: copy('common.men'), values: [g.raised.men, g.kept.men, g.lowered.men] },
            { label: copy('common.total'), values: [g.raised.total, g.kept.total, g.lowered.total] },
          ],
        },
      },
    },
    keyFigures,
  };
}

/** Every indicator's part, in print order. */
export const INDICATOR_PARTS: ReadonlyArray<(ctx: SectionContext) => IndicatorPart> = [
  participantsPart,
  outcomesPart,
  dropoutsPart,
  kaaPart,
  gradesPart,
];
