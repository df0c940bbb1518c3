// A realistic sample of the estimate (../types.ts) for the documents' tests: a region, a municipality
// with hidden counts, the nation and a municipality without cost data. Computed by the real
// estimateEconomics from the configuration below, so the sample can never drift from the
// computation. The assumptions marked "(exempel)" are placeholders of this sample, not defaults of
// the tool (the only default is Nilsson & Wadeskog's lifetime cost, ../defaults.ts); the costs are
// synthetic, as in the fixtures.
import type { Figures, Unit } from '../../indicators/types.js';
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../../schema/config.js';
import type { EconomicsAssumptions } from '../../schema/economics.js';
import { estimateEconomics } from '../estimate.js';
import type { Cell, EconomicEstimate, EconomicsInput } from '../types.js';

const example = (title: string, author: string, year: number) => ({ title: `${title} (exempel)`, author, year });

/** Assumptions of the sample (project.yaml); the deadweight is region.yaml's, to show an override. */
export const SAMPLE_ASSUMPTIONS: EconomicsAssumptions = {
  annual_cost: {
    value: 250_000,
    low: 200_000,
    high: 300_000,
    unit: 'SEK/year',
    price_year: 2014,
    source: example('Kostnader för unga utanför arbete och studier', 'Kommunförbundet Skåne', 2015),
  },
  discount_rate: { value: 0.035, low: 0.01, high: 0.05, unit: 'share', source: example('Kalkylvärden', 'Trafikverket', 2016) },
  years: { value: 5, low: 2, high: 10, unit: 'years', source: example('Unga utanför', 'Kommunförbundet Skåne', 2017) },
  eligibility_value: {
    value: 1_000_000,
    low: 500_000,
    high: 2_000_000,
    unit: 'SEK',
    price_year: 2016,
    source: example('Värdet av gymnasiebehörighet', 'Exempelförfattare', 2021),
  },
};
const REGION_DEADWEIGHT: EconomicsAssumptions = {
  deadweight: { value: 0.5, low: 0.3, high: 0.7, unit: 'share', source: example('Extern utvärdering', 'Extern utvärderare', 2018) },
};

const cost = (esf: number, own: number) => ({
  esf_support: esf,
  own_funding: own,
  price_year: 2016,
  synthetic: true,
  note: 'Syntetiska kostnader',
});
const municipality = (id: string, name: string, c?: ReturnType<typeof cost>) =>
  ({ id, name, ...(c ? { economics: { cost: c } } : {}) }) as MunicipalityConfig;

const SKANE = {
  config: {
    id: 'skane',
    name: 'Skåne',
    municipalities: ['bromolla', 'lund'],
    economics: { assumptions: REGION_DEADWEIGHT },
  } as RegionConfig,
  municipalities: [municipality('bromolla', 'Bromölla', cost(600_000, 400_000)), municipality('lund', 'Lund', cost(3_600_000, 2_400_000))],
};
const KLIPPAN_REGION = {
  config: { id: 'skane', name: 'Skåne', municipalities: ['klippan'] } as RegionConfig,
  municipalities: [municipality('klippan', 'Klippan')],
};
const PROJECT = {
  name: 'Plug In 2.0',
  economics: {
    assumptions: SAMPLE_ASSUMPTIONS,
    price_index: { '2014': 313.49, '2016': 316.43 },
    cost: { esf_support: 31_500_000, own_funding: 21_000_000, price_year: 2016, synthetic: true },
  },
} as unknown as ProjectConfig;

/** Only what the estimate reads: those who went on to studies or work, and who became eligible. */
const figures = (educationOrWork: Cell, becameEligible: Cell) =>
  ({
    outcomes: { educationOrWork: { numerator: { women: null, men: null, total: educationOrWork } } },
    grades: { becameEligible: { women: null, men: null, total: becameEligible } },
  }) as unknown as Figures<Cell>;

const unit = (level: Unit['level'], id: string, name: string, f: Figures<Cell>): Unit<Cell> => ({
  level,
  id,
  name,
  figures: f,
  children: [],
});

export const SAMPLE_INPUTS: Record<'region' | 'hiddenMunicipality' | 'nation' | 'noCost', EconomicsInput> = {
  region: { unit: unit('region', 'skane', 'Skåne', figures(212, 37)), project: PROJECT, regions: [SKANE] },
  hiddenMunicipality: { unit: unit('municipality', 'bromolla', 'Bromölla', figures(null, null)), project: PROJECT, regions: [SKANE] },
  nation: { unit: unit('nation', 'nation', 'Riket', figures(1460, 251)), project: PROJECT, regions: [SKANE] },
  noCost: { unit: unit('municipality', 'klippan', 'Klippan', figures(41, 6)), project: PROJECT, regions: [KLIPPAN_REGION] },
};

/** Skåne: a cost summed from its municipalities (synthetic), annual cost converted 2014 → 2016, three valuations. */
export const SAMPLE_REGION_ESTIMATE: EconomicEstimate = estimateEconomics(SAMPLE_INPUTS.region);
/** Bromölla with hidden counts: N null, so value, net, ratio and netAt* are null; break-even k stays. */
export const SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE: EconomicEstimate = estimateEconomics(SAMPLE_INPUTS.hiddenMunicipality);
/** The nation: project.yaml's own cost (synthetic); deadweight is only in Skåne's region.yaml, so no scenarios. */
export const SAMPLE_NATION_ESTIMATE: EconomicEstimate = estimateEconomics(SAMPLE_INPUTS.nation);
/** Klippan without cost data: status "no-cost"; the document prints a note naming the missing cost. */
export const SAMPLE_NO_COST_ESTIMATE: EconomicEstimate = estimateEconomics(SAMPLE_INPUTS.noCost);

export const SAMPLE_ESTIMATES = [
  SAMPLE_REGION_ESTIMATE,
  SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE,
  SAMPLE_NATION_ESTIMATE,
  SAMPLE_NO_COST_ESTIMATE,
] as const;
