// The socio-economic estimate (issue 16): pure, like the indicators — configuration and figures after
// disclosure control in, an EconomicEstimate (./types.ts) out. The documents call estimateEconomics;
// the figures export calls it too, so both show the same numbers.
export type * from './types.js';
export { ASSUMPTION_KEYS, SCENARIOS, VALUATION_METHODS } from './types.js';
export { estimateEconomics } from './estimate.js';
export { DEFAULT_ASSUMPTIONS } from './defaults.js';
export { economicsEntries, type EconomicsEntry } from './export.js';
