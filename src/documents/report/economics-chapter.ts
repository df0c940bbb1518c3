// The chapter "Samhällsekonomisk bedömning" of the regional and the national report (issue 16),
// built from the estimate (src/economics/types.ts). Its order follows the three questions of
// seed 001 and what the data can bear: how we counted (cost, effect, value, and what the data
// cannot show), break-even first (it rests on no guess about what would have happened anyway),
// then the low/central/high examples, the sensitivity chart, and the assumptions with their
// sources. Without cost data, or without a valuation whose every assumption has a value, the
// chapter is one short note saying what is missing, never a figure made up.
import type { Amount, Cell, EconomicEstimate, MissingInput, Valuation, ValuedOutcome } from '../../economics/index.js';
import { formatInteger, formatList } from '../../html/format.js';
import { breakEvenExplanation, breakEvenSentence } from '../economics/break-even.js';
import {
  amountIn,
  distinctSources,
  formatAssumption,
  formatKronor,
  formatMillions,
  formatRate,
  formatRatio,
  oneYear,
  pricesSentence,
  pricesText,
  sourceFull,
  sourceKey,
} from '../economics/format.js';
import type { Chapter, DocumentBuilder, TableRow } from './document.js';
import { sensitivityBlocks } from './economics-sensitivity.js';
import { label } from './labels.js';
import { makeTable } from './tables.js';

export interface EconomicsChapterInput {
  estimate: EconomicEstimate;
  /** The unit's name in captions ("Skåne", "Hela projektet"). */
  place: string;
  /** Who computed it (the region's organisation, or the project owner), for source lines. */
  processor: string;
}

export async function economicsChapter(doc: DocumentBuilder, input: EconomicsChapterInput): Promise<Chapter> {
  const { estimate, place } = input;
  const chapter = doc.chapter(label('economics.title'));
  const missing = missingNote(estimate, place);
  if (missing) {
    chapter.blocks.push({ kind: 'paragraph', muted: false, text: missing });
    return chapter;
  }
  const valuations = estimate.valuations;
  // The examples and the sensitivity need a deadweight; without one they are left out, said once.
  const withScenarios = valuations.some((v) => v.scenarios !== null);
  const sections = {
    method: doc.section(chapter, label('economics.sections.method')),
    breakEven: doc.section(chapter, label('economics.sections.breakEven')),
    scenarios: withScenarios ? doc.section(chapter, label('economics.sections.scenarios')) : null,
    sensitivity: withScenarios ? doc.section(chapter, label('economics.sections.sensitivity')) : null,
    assumptions: doc.section(chapter, label('economics.sections.assumptions')),
  };

  // How we counted: the three questions, answered for this unit, and the limits of the data.
  const cost = estimate.cost!;
  const shared = oneYear(estimate.prices);
  sections.method.blocks.push(
    { kind: 'paragraph', muted: false, text: label('economics.method.questions') },
    {
      kind: 'facts',
      items: [
        {
          label: label('economics.method.cost'),
          value: label('economics.method.costValue', {
            total: amountIn(cost.total, shared),
            esf: amountIn(cost.esfSupport, shared),
            own: amountIn(cost.ownFunding, shared),
          }),
        },
        { label: label('economics.method.effect'), value: effectText(valuations) },
        {
          label: label('economics.method.value'),
          value: label('economics.method.valueText', { section: sections.assumptions.heading.number }),
        },
      ],
    },
    {
      kind: 'paragraph',
      muted: false,
      // The deadweight is named only where the examples that apply it are printed.
      text: withScenarios
        ? `${label('economics.method.limits')} ${label('economics.method.limitsDeadweight')}`
        : label('economics.method.limits'),
    },
  );
  if (valuations.some((v) => v.method === 'years-outside'))
    sections.method.blocks.push({ kind: 'paragraph', muted: true, text: label('economics.method.discounting') });
  if (cost.origin === 'sum-of-parts')
    sections.method.blocks.push({ kind: 'paragraph', muted: true, text: label('economics.cost.sumOfParts') });
  // A synthetic cost's note says what the notice below says: printed once.
  if (cost.note && !cost.synthetic)
    sections.method.blocks.push({ kind: 'paragraph', muted: true, text: label('economics.cost.note', { note: cost.note }) });
  if (cost.synthetic) sections.method.blocks.push({ kind: 'note', text: label('economics.cost.synthetic') });

  // Break-even, the headline: one statement per valuation, the lead first, each with its working.
  sections.breakEven.blocks.push({ kind: 'paragraph', muted: false, text: label('economics.breakEven.intro') });
  for (const v of valuations) {
    sections.breakEven.blocks.push({ kind: 'paragraph', muted: false, text: breakEvenSentence(v) });
    for (const text of breakEvenExplanation(estimate, v)) sections.breakEven.blocks.push({ kind: 'paragraph', muted: true, text });
  }
  for (const left of estimate.leftOut) {
    const method = label(`economics.methods.${left.method}`);
    if (left.missing.includes('grades'))
      sections.breakEven.blocks.push({ kind: 'paragraph', muted: true, text: label('economics.missing.leftOutGrades', { method }) });
    if (left.missing.every((k) => k === 'grades')) continue;
    sections.breakEven.blocks.push({
      kind: 'paragraph',
      muted: true,
      text: label('economics.missing.leftOut', {
        method,
        missing: formatList(left.missing.filter((k) => k !== 'grades').map(missingName)),
      }),
    });
  }

  const calculated = label('economics.scenarios.source', { processor: input.processor, section: sections.assumptions.heading.number });
  if (sections.scenarios && sections.sensitivity) {
    scenariosSection(doc, sections.scenarios.blocks, estimate, place, calculated);
    sections.sensitivity.blocks.push(...(await sensitivityBlocks(doc, estimate, place, calculated)));
  } else {
    // Only a lifetime valuation: it gives break-even alone, by design; otherwise the deadweight is missing.
    const why = valuations.every((v) => v.method === 'lifetime') ? 'economics.scenarios.lifetimeOnly' : 'economics.missing.noDeadweight';
    sections.breakEven.blocks.push({ kind: 'paragraph', muted: true, text: label(why) });
  }
  sections.assumptions.blocks.push(
    { kind: 'paragraph', muted: false, text: label('economics.assumptions.intro') },
    { kind: 'paragraph', muted: false, text: pricesSentence(estimate.prices) },
    assumptionsBlock(doc, estimate, place),
    { kind: 'subheading', text: label('economics.assumptions.sourcesHeading') },
    { kind: 'sources', items: sourceList(estimate).map((s, i) => `${label('economics.source.ref', { n: i + 1 })} ${sourceFull(s)}`) },
  );
  return chapter;
}

/** The one short note of a chapter without an estimate; null when there is one. */
export function missingNote(estimate: EconomicEstimate, place: string): string | null {
  if (estimate.status === 'estimated') return null;
  if (estimate.status === 'no-valuation') {
    const keys = [...new Set(estimate.leftOut.flatMap((l) => l.missing))];
    return label('economics.missing.noValuation', {
      missing: formatList(keys.map(missingName)),
    });
  }
  const reason = estimate.costMissing?.reason ?? 'none-given';
  return label(`economics.missing.${reason}`, { place, units: formatList(estimate.costMissing?.unitsWithoutCost ?? []) });
}

/** What a valuation lacks, in words: an assumption's short name, or the grades data. */
function missingName(k: MissingInput): string {
  return k === 'grades' ? label('economics.missing.gradesData') : label(`economics.shortNames.${k}`).toLowerCase();
}

/** The effect in words: each valued outcome's count, or that it is hidden (never ".."). */
function effectText(valuations: readonly Valuation[]): string {
  const byOutcome = new Map<ValuedOutcome, Valuation>();
  for (const v of valuations) if (!byOutcome.has(v.outcome)) byOutcome.set(v.outcome, v);
  const parts = [...byOutcome.values()].map((v) =>
    v.count === null ? label(`economics.effect.${v.outcome}Hidden`) : label(`economics.effect.${v.outcome}`, { n: formatInteger(v.count) }),
  );
  return formatList(parts);
}

function scenariosSection(
  doc: DocumentBuilder,
  blocks: Chapter['blocks'],
  estimate: EconomicEstimate,
  place: string,
  source: string,
): void {
  const made = estimate.valuations.filter((v) => v.scenarios !== null);
  blocks.push({ kind: 'paragraph', muted: false, text: label('economics.scenarios.intro') });
  if (estimate.valuations.some((v) => v.method === 'lifetime'))
    blocks.push({ kind: 'paragraph', muted: true, text: label('economics.scenarios.lifetimeBreakEvenOnly') });
  const shared = oneYear(estimate.prices);
  // An amount in its source's unstated price level is marked once, in a note, not in every cell.
  const plain = (amount: Amount<Cell>, format?: (k: Cell) => string) =>
    amount.priceYear === null ? (format ?? formatMillions)(amount.kronor) : amountIn(amount, shared, format);
  const notes: string[] = [];
  const rows: TableRow[] = [];
  for (const v of made) {
    const s = v.scenarios!;
    const row = (key: string, cells: string[], kind: TableRow['kind'] = 'data'): TableRow => ({
      kind,
      label: label(`economics.scenarios.rows.${key}`),
      cells,
      indent: false,
    });
    const group = label(`economics.methodGroups.${v.method}`, { years: formatInteger(v.years ?? null) });
    if (s.some((x) => x.valuePerPerson.priceYear === null)) notes.push(label('economics.scenarios.sourceLevel', { group }));
    if (made.length > 1)
      rows.push({
        kind: 'group',
        label: group,
        cells: [],
        indent: false,
      });
    rows.push(
      row(
        'valuePerPerson',
        s.map((x) => plain(x.valuePerPerson, formatKronor)),
      ),
      row(
        'deadweight',
        s.map((x) => formatRate(x.deadweight)),
      ),
      row(
        'count',
        s.map(() => formatInteger(v.count)),
      ),
      row(
        'value',
        s.map((x) => plain(x.value)),
      ),
      row(
        'cost',
        s.map(() => plain(v.breakEven.cost)),
      ),
      row(
        'net',
        s.map((x) => plain(x.net)),
        'total',
      ),
      row(
        'ratio',
        s.map((x) => formatRatio(x.ratio)),
      ),
    );
  }
  blocks.push({
    kind: 'table',
    table: makeTable(doc, {
      caption: shared
        ? label('economics.scenarios.captionPrices', { place, prices: pricesText(estimate.prices) })
        : label('economics.scenarios.caption', { place }),
      stub: '',
      columns: ['low', 'central', 'high'].map((c) => label(`economics.scenarios.columns.${c}`)),
      rows,
      source,
      notes: [label('economics.scenarios.note'), ...notes],
    }),
  });
}

function assumptionsBlock(doc: DocumentBuilder, estimate: EconomicEstimate, place: string) {
  const sources = sourceList(estimate);
  const refOf = (a: (typeof estimate.assumptions)[number]) => String(1 + sources.findIndex((s) => sourceKey(s) === sourceKey(a.source)));
  const rows: TableRow[] = estimate.assumptions.map((a) => ({
    kind: 'data',
    label: label(`economics.names.${a.key}`),
    cells: [
      formatAssumption(a.unit, a.used.value),
      formatAssumption(a.unit, a.used.low),
      formatAssumption(a.unit, a.used.high),
      label(`economics.units.${a.unit}`),
      priceYearCell(a),
      refOf(a),
    ],
    indent: false,
  }));
  const notes = estimate.assumptions
    .filter((a) => a.given.priceYear !== null && a.used.priceYear !== null && a.given.priceYear !== a.used.priceYear)
    .map((a) =>
      label('economics.assumptions.converted', {
        name: label(`economics.shortNames.${a.key}`),
        given: formatKronor(a.given.value),
        from: String(a.given.priceYear),
        to: String(a.used.priceYear),
      }),
    );
  for (const a of estimate.assumptions.filter(isAmount).filter((x) => x.used.priceYear === null))
    notes.push(label('economics.assumptions.sourceLevel', { name: label(`economics.shortNames.${a.key}`) }));
  if (estimate.assumptions.some((a) => a.origin === 'default')) notes.push(label('economics.assumptions.defaultNote'));
  const columns = ['value', 'low', 'high', 'unit', 'priceYear', 'source'].map((c) => label(`economics.assumptions.columns.${c}`));
  return {
    kind: 'table' as const,
    table: makeTable(doc, {
      caption: label('economics.assumptions.caption', { place }),
      stub: label('economics.assumptions.stub'),
      columns,
      align: ['num', 'num', 'num', 'text', 'num', 'num'],
      rows,
      source: label('economics.assumptions.source'),
      notes,
    }),
  };
}

/** The estimate's sources, numbered in the order the assumptions table cites them. */
function sourceList(estimate: EconomicEstimate) {
  return distinctSources(estimate.assumptions.map((a) => a.source));
}

type AssumptionRow = EconomicEstimate['assumptions'][number];
const isAmount = (a: AssumptionRow) => a.unit === 'kronor' || a.unit === 'kronor-per-year';

/** An amount's price year, "källans prisnivå" when its source states none, "–" for a rate or a share. */
function priceYearCell(a: AssumptionRow): string {
  if (a.used.priceYear !== null) return String(a.used.priceYear);
  return isAmount(a) ? label('economics.format.sourceLevel') : label('economics.assumptions.notApplicable');
}
