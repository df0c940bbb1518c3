// The socio-economic estimate (issue 16): pure, like the indicators: configuration and figures after
// disclosure control in, an EconomicEstimate (./types.ts) out. The documents call estimateEconomics.
import type { EconomicEstimate, EconomicsInput } from './types.js';

export type * from './types.js';

/** The estimate of one municipality, region or the nation (see ./types.ts for what it holds). */
export function estimateEconomics(input: EconomicsInput): EconomicEstimate {
  // Placeholder until the computation lands: the shape only, never a figure.
  const { level, id, name } = input.unit;
  if (level === 'workshop') throw new Error('estimateEconomics: a workshop has no estimate');
  return {
    level,
    id,
    name,
    status: 'no-cost',
    cost: null,
    costMissing: { reason: 'none-given', unitsWithoutCost: [name] },
    prices: { converted: false, priceYears: [] },
    assumptions: [],
    valuations: [],
    leftOut: [],
  };
}
