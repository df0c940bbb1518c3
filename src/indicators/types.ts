// The shape of the computed indicators (data contract §7), composed from each indicator's own
// figure type (./<name>/types.ts, which adds its entry to `Figures`). Every count is split
// women / men / total. Shares are never stored as numbers: a Ratio keeps numerator and
// denominator, so aggregation sums counts and reports divide at the very end.
//
// `C` is the type of one cell: `number` when computed, `number | null` after disclosure control
// (null = suppressed, printed "..").
export type { Count, Ratio } from './count.js';
export type { DropoutFigures } from './dropouts/types.js';
export type { GradeFigures } from './grades/types.js';
export type { KaaFigures } from './kaa/types.js';
export type { OutcomeFigures } from './outcomes/types.js';
export type { ParticipantFigures } from './participants/types.js';

/**
 * One entry per indicator of ./registry.ts, each added by the indicator's own ./<name>/types.ts
 * (an interface declared there is merged into this one); the registry checks that they match.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each indicator's types.ts
// biome-ignore lint/correctness/noUnusedVariables: C is used by the declarations merged into this one
export interface Figures<C = number> {}

export type Level = 'workshop' | 'municipality' | 'region' | 'nation';

export interface Unit<C = number> {
  level: Level;
  id: string;
  name: string;
  figures: Figures<C>;
  children: Unit<C>[];
}
