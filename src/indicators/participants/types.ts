// Indicator 1 (contract §7.1): what is counted about the participants.
// `C` is the type of one cell: `number` when computed, `number | null` after disclosure control.
import type { AgeBand, TargetGroup } from '../../schema/codes.js';
import type { Count } from '../count.js';

export interface ParticipantFigures<C = number> {
  persons: Count<C>;
  byTargetGroup: Record<TargetGroup, Count<C>>;
  byAgeBand: Record<AgeBand, Count<C>>;
  intensiveSupport: Count<C>;
}

// Adds this indicator to `Figures` (../types.ts); the registry checks every indicator has its entry.
declare module '../types.js' {
  interface Figures<C = number> {
    participants: ParticipantFigures<C>;
  }
}
