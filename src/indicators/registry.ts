// The indicators (data contract §7), in the order of every report, table and export. Computing,
// summing, disclosure control and the labels go through this list, so an indicator lives in its
// folder (computation, figure type, relations, copy) and is added here with one line (its figure
// type adds itself to `Figures`, ./types.ts; the check below keeps the two in step).
import commonEn from './copy.en.json' with { type: 'json' };
import commonSv from './copy.sv.json' with { type: 'json' };
import type { IndicatorCopy, Locale } from './copy.js';
import { dropouts } from './dropouts/index.js';
import { grades } from './grades/index.js';
import type { Indicator } from './indicator.js';
import { kaa } from './kaa/index.js';
import { outcomes } from './outcomes/index.js';
import { participants } from './participants/index.js';
import type { CountPath, Relations } from './relations.js';
import type { Figures } from './types.js';

export const INDICATORS = [participants, outcomes, dropouts, grades, kaa] as const;

export type IndicatorKey = (typeof INDICATORS)[number]['key'];

// Compile-time check: Figures has exactly one entry per registered indicator (a missing or extra
// one fails here with "Type 'true' is not assignable to type 'false'").
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const figuresMatchRegistry: Same<keyof Figures, IndicatorKey> = true;
void figuresMatchRegistry;

/** The registry as the generic code sees it (each indicator's own types are checked in its folder). */
export const indicators: readonly Indicator<IndicatorKey>[] = INDICATORS;

/** Whether the figure at a path ("grades.meritSumFirst") is a decimal value rather than persons or a share. */
export function isDecimalFigure(path: string): boolean {
  const dot = path.indexOf('.');
  const indicator = indicators.find((i) => i.key === path.slice(0, dot));
  return indicator?.decimals?.includes(path.slice(dot + 1)) ?? false;
}

/** Any count's path in Figures, e.g. "dropouts.rate.numerator". */
export type FigurePathAny = CountPath<Figures>;

/**
 * Every relation of every indicator, in registry order: the sums, shares and subset inequalities
 * that disclosure control (src/disclosure/relations.ts) gives its attacker, and so protects against. The sums between levels (a unit = the sum of its children) are not listed:
 * they hold for every path.
 */
export function allRelations(): Relations<FigurePathAny> {
  const relations = INDICATORS.map((i) => i.relations as Relations<FigurePathAny>);
  return {
    sums: relations.flatMap((r) => r.sums),
    shares: relations.flatMap((r) => r.shares),
    subsets: relations.flatMap((r) => r.subsets),
  };
}

/** The words shared by all indicators: the counting rules and disclosure control (./copy.<locale>.json). */
const COMMON_COPY: Record<Locale, IndicatorCopy> = { sv: commonSv, en: commonEn };

/**
 * Every indicator's copy fragment in one catalogue section, `common` first: what the document
 * catalogue (templates/copy/) takes in under `indicators`.
 */
export function indicatorCopy(locale: Locale): Record<'common' | IndicatorKey, IndicatorCopy> {
  const out = { common: COMMON_COPY[locale] } as Record<'common' | IndicatorKey, IndicatorCopy>;
  for (const indicator of indicators) out[indicator.key] = indicator.copy[locale];
  return out;
}
