// The tool's default assumptions: ONLY figures confirmed in their publication
// (/work/shared/economics-sources.md, issue 16). Everything else — the annual cost, the discount
// rate, the years counted, the deadweight, the value of eligibility — has no default: the user gives
// value, range and source in the YAML, or the valuation that needs it is left out with a note.
import type { AssumptionKey, AssumptionUnit, SourceRef } from './types.js';

export interface DefaultAssumption {
  value: number;
  low: number;
  high: number;
  unit: AssumptionUnit;
  /** null: the source's own price level, which the copy it was confirmed in does not state. */
  priceYear: number | null;
  source: SourceRef;
}

export const DEFAULT_ASSUMPTIONS: Partial<Record<AssumptionKey, DefaultAssumption>> = {
  // Nilsson & Wadeskog's summary (page 1): a young person who never gets into working life may
  // cause society costs of 10 to 15 million kronor over the adult life. low and high are the
  // source's range; the central value is its midpoint (the source names no single figure). The
  // stored copy states neither the year of publication nor the price level, so neither is guessed.
  lifetimeCost: {
    value: 12_500_000,
    low: 10_000_000,
    high: 15_000_000,
    unit: 'kronor',
    priceYear: null,
    source: {
      title: 'Är du lönsam lille vän? En socioekonomisk analys av unga, skolmisslyckanden och arbetsmarknaden',
      author: 'Ingvar Nilsson och Anders Wadeskog (SEE AB)',
      year: null,
      url: 'http://docplayer.se/173502-Ar-du-lonsam-lille-van.html',
      page: 's. 1 (sammanfattningen)',
    },
  },
};
