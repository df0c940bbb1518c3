// The shape of the computed indicators (data contract §7), composed from each indicator's own
// figure type (./<name>/types.ts). Every count is split women / men / total. Shares are never
// stored as numbers: a Ratio keeps numerator and denominator, so aggregation sums counts and
// reports divide at the very end.
//
// `C` is the type of one cell: `number` when computed, `number | null` after disclosure control
// (null = suppressed, printed "..").
import type { DropoutFigures } from './dropouts/types.js';
import type { GradeFigures } from './grades/types.js';
import type { KaaFigures } from './kaa/types.js';
import type { OutcomeFigures } from './outcomes/types.js';
import type { ParticipantFigures } from './participants/types.js';

export type { Count, Ratio } from './count.js';
export type { DropoutFigures, GradeFigures, KaaFigures, OutcomeFigures, ParticipantFigures };

/** One entry per indicator of ./registry.ts, in its order (the order of every export). */
export interface Figures<C = number> {
  participants: ParticipantFigures<C>;
  outcomes: OutcomeFigures<C>;
  /** null when no municipality in scope has a dropouts.csv: no data, not zero. */
  dropouts: DropoutFigures<C> | null;
  grades: GradeFigures<C> | null;
  kaa: KaaFigures<C> | null;
}

export type Level = 'workshop' | 'municipality' | 'region' | 'nation';

export interface Unit<C = number> {
  level: Level;
  id: string;
  name: string;
  figures: Figures<C>;
  children: Unit<C>[];
}
