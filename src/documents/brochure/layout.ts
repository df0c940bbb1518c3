// The brochure's layouts and how one is chosen. The browser is the only judge of what fits: the
// content picks the first layout to try, the printed PDF's page count says whether it fitted, and
// the command reprints in the next layout when it did not (commands/brochures/run.ts). No size of
// the CSS is repeated in TypeScript (issue 13: the old paginator copied H2_MM, CPL and bar heights).

/**
 * 'short': a cover and one page, for a municipality with little to say (the design brief allows two
 * pages); 'normal': cover, "what we did", results, back page; 'compact': the decorative graphic of
 * the body gives way; 'tight': the last resort — smaller type and charts, and without the summary
 * list above the charts and the further quotes. The figures (charts and tables) are the same in all.
 */
export type BrochureLayout = 'short' | 'normal' | 'compact' | 'tight';

const ORDER: readonly BrochureLayout[] = ['short', 'normal', 'compact', 'tight'];

/** The pages a layout prints; a PDF with more did not fit. */
export function pagesOf(layout: BrochureLayout): number {
  return layout === 'short' ? 2 : 4;
}

/** The layout to reprint with when a brochure came out too long; null when there is none left. */
export function nextLayout(layout: BrochureLayout): BrochureLayout | null {
  return ORDER[ORDER.indexOf(layout) + 1] ?? null;
}

/**
 * An editorial rule, not a measurement: a municipality "has little to say" when it gave no
 * interview and none of its results needs a chart (one outcome, no KAA, no grades). Four pages
 * would then hold mostly empty space; two are tried first.
 */
export function firstLayout(content: { interview: boolean; results: ReadonlyArray<{ chart: unknown }> }): BrochureLayout {
  return !content.interview && content.results.every((r) => r.chart === null) ? 'short' : 'normal';
}
