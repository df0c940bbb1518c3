// A realistic sample of the estimate (../types.ts) for the documents to render before (and besides) the
// real computation: a region, a municipality with hidden counts, the nation and a municipality without
// cost data. The figures follow the formulas of ../types.ts (computed once by hand with the assumptions
// listed); the sources marked "(exempel)" are placeholders of this sample, not defaults of the tool.
import type { EconomicEstimate } from '../types.js';

/** Skåne: a cost summed from its municipalities (synthetic, as in the fixtures), a price index converting the 2010 lifetime cost to 2016 kronor, two valuations made and the eligibility valuation left out for want of a value. */
export const SAMPLE_REGION_ESTIMATE: EconomicEstimate = {
  level: 'region',
  id: 'skane',
  name: 'Skåne',
  status: 'estimated',
  cost: {
    esfSupport: {
      kronor: 4200000,
      priceYear: 2016,
    },
    ownFunding: {
      kronor: 2800000,
      priceYear: 2016,
    },
    total: {
      kronor: 7000000,
      priceYear: 2016,
    },
    origin: 'sum-of-parts',
    synthetic: true,
  },
  prices: {
    converted: true,
    priceYear: 2016,
    indexYears: [2010, 2016],
  },
  assumptions: [
    {
      key: 'annualCost',
      unit: 'kronor-per-year',
      given: {
        value: 250000,
        low: 200000,
        high: 300000,
        priceYear: 2016,
      },
      used: {
        value: 250000,
        low: 200000,
        high: 300000,
        priceYear: 2016,
      },
      source: {
        title: 'Kostnader för unga utanför arbete och studier (exempel)',
        author: 'Kommunförbundet Skåne',
        year: 2017,
      },
      origin: 'project',
    },
    {
      key: 'lifetimeCost',
      unit: 'kronor',
      given: {
        value: 12500000,
        low: 10000000,
        high: 15000000,
        priceYear: 2010,
      },
      used: {
        value: 13034255,
        low: 10427404,
        high: 15641106,
        priceYear: 2016,
      },
      source: {
        title: 'Är du lönsam lille vän? En socioekonomisk analys av unga, skolmisslyckanden och arbetsmarknaden',
        author: 'Ingvar Nilsson och Anders Wadeskog',
        year: 2010,
      },
      origin: 'default',
    },
    {
      key: 'discountRate',
      unit: 'rate',
      given: {
        value: 0.035,
        low: 0.01,
        high: 0.05,
        priceYear: null,
      },
      used: {
        value: 0.035,
        low: 0.01,
        high: 0.05,
        priceYear: null,
      },
      source: {
        title: 'Analysmetod och samhällsekonomiska kalkylvärden för transportsektorn (exempel)',
        author: 'Trafikverket',
        year: 2016,
      },
      origin: 'project',
    },
    {
      key: 'years',
      unit: 'years',
      given: {
        value: 5,
        low: 2,
        high: 10,
        priceYear: null,
      },
      used: {
        value: 5,
        low: 2,
        high: 10,
        priceYear: null,
      },
      source: {
        title: 'Unga som varken arbetar eller studerar (exempel)',
        author: 'Kommunförbundet Skåne',
        year: 2017,
      },
      origin: 'project',
    },
    {
      key: 'deadweight',
      unit: 'share',
      given: {
        value: 0.5,
        low: 0.3,
        high: 0.7,
        priceYear: null,
      },
      used: {
        value: 0.5,
        low: 0.3,
        high: 0.7,
        priceYear: null,
      },
      source: {
        title: 'Plug In 2.0, extern utvärdering (exempel)',
        author: 'Elin Törner',
        year: 2018,
      },
      origin: 'region',
    },
  ],
  valuations: [
    {
      method: 'years-outside',
      outcome: 'educationOrWork',
      count: 212,
      years: 5,
      discountRate: 0.035,
      uses: ['annualCost', 'discountRate', 'years', 'deadweight'],
      breakEven: {
        k: 7,
        valuePerPerson: {
          kronor: 1128763,
          priceYear: 2016,
        },
        cost: {
          kronor: 7000000,
          priceYear: 2016,
        },
        withinCount: true,
      },
      scenarios: [
        {
          scenario: 'low',
          valuePerPerson: {
            kronor: 371882,
            priceYear: 2016,
          },
          deadweight: 0.7,
          value: {
            kronor: 23651695,
            priceYear: 2016,
          },
          net: {
            kronor: 16651695,
            priceYear: 2016,
          },
          ratio: 3.38,
        },
        {
          scenario: 'central',
          valuePerPerson: {
            kronor: 1128763,
            priceYear: 2016,
          },
          deadweight: 0.5,
          value: {
            kronor: 119648878,
            priceYear: 2016,
          },
          net: {
            kronor: 112648878,
            priceYear: 2016,
          },
          ratio: 17.09,
        },
        {
          scenario: 'high',
          valuePerPerson: {
            kronor: 2841391,
            priceYear: 2016,
          },
          deadweight: 0.3,
          value: {
            kronor: 421662424,
            priceYear: 2016,
          },
          net: {
            kronor: 414662424,
            priceYear: 2016,
          },
          ratio: 60.24,
        },
      ],
      sensitivity: [
        {
          assumption: 'years',
          low: 2,
          high: 10,
          netAtLow: 43341944,
          netAtHigh: 213390006,
          breakEvenAtLow: 15,
          breakEvenAtHigh: 4,
        },
        {
          assumption: 'deadweight',
          low: 0.3,
          high: 0.7,
          netAtLow: 160508429,
          netAtHigh: 64789327,
          breakEvenAtLow: 7,
          breakEvenAtHigh: 7,
        },
        {
          assumption: 'annualCost',
          low: 200000,
          high: 300000,
          netAtLow: 88719060,
          netAtHigh: 136578696,
          breakEvenAtLow: 8,
          breakEvenAtHigh: 6,
        },
        {
          assumption: 'discountRate',
          low: 0.01,
          high: 0.05,
          netAtLow: 121615948,
          netAtHigh: 107731114,
          breakEvenAtLow: 6,
          breakEvenAtHigh: 7,
        },
      ],
    },
    {
      method: 'lifetime',
      outcome: 'educationOrWork',
      count: 212,
      uses: ['lifetimeCost', 'deadweight'],
      breakEven: {
        k: 1,
        valuePerPerson: {
          kronor: 13034255,
          priceYear: 2016,
        },
        cost: {
          kronor: 7000000,
          priceYear: 2016,
        },
        withinCount: true,
      },
      scenarios: [
        {
          scenario: 'low',
          valuePerPerson: {
            kronor: 10427404,
            priceYear: 2016,
          },
          deadweight: 0.7,
          value: {
            kronor: 663182894,
            priceYear: 2016,
          },
          net: {
            kronor: 656182894,
            priceYear: 2016,
          },
          ratio: 94.74,
        },
        {
          scenario: 'central',
          valuePerPerson: {
            kronor: 13034255,
            priceYear: 2016,
          },
          deadweight: 0.5,
          value: {
            kronor: 1381631030,
            priceYear: 2016,
          },
          net: {
            kronor: 1374631030,
            priceYear: 2016,
          },
          ratio: 197.38,
        },
        {
          scenario: 'high',
          valuePerPerson: {
            kronor: 15641106,
            priceYear: 2016,
          },
          deadweight: 0.3,
          value: {
            kronor: 2321140130,
            priceYear: 2016,
          },
          net: {
            kronor: 2314140130,
            priceYear: 2016,
          },
          ratio: 331.59,
        },
      ],
      sensitivity: [
        {
          assumption: 'deadweight',
          low: 0.3,
          high: 0.7,
          netAtLow: 1927283442,
          netAtHigh: 821978618,
          breakEvenAtLow: 1,
          breakEvenAtHigh: 1,
        },
        {
          assumption: 'lifetimeCost',
          low: 10427404,
          high: 15641106,
          netAtLow: 1098304824,
          netAtHigh: 1650957236,
          breakEvenAtLow: 1,
          breakEvenAtHigh: 1,
        },
      ],
    },
  ],
  leftOut: [
    {
      method: 'eligibility',
      missing: ['eligibilityValue'],
    },
  ],
};

/** Bromölla with hidden counts: N is hidden by disclosure control, so every count-derived cell (N, value, net, ratio, netAt*) is null and withinCount is null; break-even k and the per-person values stay (they depend on no count). */
export const SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE: EconomicEstimate = {
  level: 'municipality',
  id: 'bromolla',
  name: 'Bromölla',
  status: 'estimated',
  cost: {
    esfSupport: {
      kronor: 600000,
      priceYear: 2016,
    },
    ownFunding: {
      kronor: 400000,
      priceYear: 2016,
    },
    total: {
      kronor: 1000000,
      priceYear: 2016,
    },
    origin: 'own',
    synthetic: true,
    note: 'Syntetiska kostnader för test och demonstration',
  },
  prices: {
    converted: true,
    priceYear: 2016,
    indexYears: [2010, 2016],
  },
  assumptions: [
    {
      key: 'annualCost',
      unit: 'kronor-per-year',
      given: {
        value: 250000,
        low: 200000,
        high: 300000,
        priceYear: 2016,
      },
      used: {
        value: 250000,
        low: 200000,
        high: 300000,
        priceYear: 2016,
      },
      source: {
        title: 'Kostnader för unga utanför arbete och studier (exempel)',
        author: 'Kommunförbundet Skåne',
        year: 2017,
      },
      origin: 'project',
    },
    {
      key: 'lifetimeCost',
      unit: 'kronor',
      given: {
        value: 12500000,
        low: 10000000,
        high: 15000000,
        priceYear: 2010,
      },
      used: {
        value: 13034255,
        low: 10427404,
        high: 15641106,
        priceYear: 2016,
      },
      source: {
        title: 'Är du lönsam lille vän? En socioekonomisk analys av unga, skolmisslyckanden och arbetsmarknaden',
        author: 'Ingvar Nilsson och Anders Wadeskog',
        year: 2010,
      },
      origin: 'default',
    },
    {
      key: 'discountRate',
      unit: 'rate',
      given: {
        value: 0.035,
        low: 0.01,
        high: 0.05,
        priceYear: null,
      },
      used: {
        value: 0.035,
        low: 0.01,
        high: 0.05,
        priceYear: null,
      },
      source: {
        title: 'Analysmetod och samhällsekonomiska kalkylvärden för transportsektorn (exempel)',
        author: 'Trafikverket',
        year: 2016,
      },
      origin: 'project',
    },
    {
      key: 'years',
      unit: 'years',
      given: {
        value: 5,
        low: 2,
        high: 10,
        priceYear: null,
      },
      used: {
        value: 5,
        low: 2,
        high: 10,
        priceYear: null,
      },
      source: {
        title: 'Unga som varken arbetar eller studerar (exempel)',
        author: 'Kommunförbundet Skåne',
        year: 2017,
      },
      origin: 'project',
    },
    {
      key: 'deadweight',
      unit: 'share',
      given: {
        value: 0.5,
        low: 0.3,
        high: 0.7,
        priceYear: null,
      },
      used: {
        value: 0.5,
        low: 0.3,
        high: 0.7,
        priceYear: null,
      },
      source: {
        title: 'Plug In 2.0, extern utvärdering (exempel)',
        author: 'Elin Törner',
        year: 2018,
      },
      origin: 'region',
    },
  ],
  valuations: [
    {
      method: 'years-outside',
      outcome: 'educationOrWork',
      count: null,
      years: 5,
      discountRate: 0.035,
      uses: ['annualCost', 'discountRate', 'years', 'deadweight'],
      breakEven: {
        k: 1,
        valuePerPerson: {
          kronor: 1128763,
          priceYear: 2016,
        },
        cost: {
          kronor: 1000000,
          priceYear: 2016,
        },
        withinCount: null,
      },
      scenarios: [
        {
          scenario: 'low',
          valuePerPerson: {
            kronor: 371882,
            priceYear: 2016,
          },
          deadweight: 0.7,
          value: {
            kronor: null,
            priceYear: 2016,
          },
          net: {
            kronor: null,
            priceYear: 2016,
          },
          ratio: null,
        },
        {
          scenario: 'central',
          valuePerPerson: {
            kronor: 1128763,
            priceYear: 2016,
          },
          deadweight: 0.5,
          value: {
            kronor: null,
            priceYear: 2016,
          },
          net: {
            kronor: null,
            priceYear: 2016,
          },
          ratio: null,
        },
        {
          scenario: 'high',
          valuePerPerson: {
            kronor: 2841391,
            priceYear: 2016,
          },
          deadweight: 0.3,
          value: {
            kronor: null,
            priceYear: 2016,
          },
          net: {
            kronor: null,
            priceYear: 2016,
          },
          ratio: null,
        },
      ],
      sensitivity: [
        {
          assumption: 'years',
          low: 2,
          high: 10,
          netAtLow: null,
          netAtHigh: null,
          breakEvenAtLow: 3,
          breakEvenAtHigh: 1,
        },
        {
          assumption: 'annualCost',
          low: 200000,
          high: 300000,
          netAtLow: null,
          netAtHigh: null,
          breakEvenAtLow: 2,
          breakEvenAtHigh: 1,
        },
        {
          assumption: 'discountRate',
          low: 0.01,
          high: 0.05,
          netAtLow: null,
          netAtHigh: null,
          breakEvenAtLow: 1,
          breakEvenAtHigh: 1,
        },
        {
          assumption: 'deadweight',
          low: 0.3,
          high: 0.7,
          netAtLow: null,
          netAtHigh: null,
          breakEvenAtLow: 1,
          breakEvenAtHigh: 1,
        },
      ],
    },
    {
      method: 'lifetime',
      outcome: 'educationOrWork',
      count: null,
      uses: ['lifetimeCost', 'deadweight'],
      breakEven: {
        k: 1,
        valuePerPerson: {
          kronor: 13034255,
          priceYear: 2016,
        },
        cost: {
          kronor: 1000000,
          priceYear: 2016,
        },
        withinCount: null,
      },
      scenarios: [
        {
          scenario: 'low',
          valuePerPerson: {
            kronor: 10427404,
            priceYear: 2016,
          },
          deadweight: 0.7,
          value: {
            kronor: null,
            priceYear: 2016,
          },
          net: {
            kronor: null,
            priceYear: 2016,
          },
          ratio: null,
        },
        {
          scenario: 'central',
          valuePerPerson: {
            kronor: 13034255,
            priceYear: 2016,
          },
          deadweight: 0.5,
          value: {
            kronor: null,
            priceYear: 2016,
          },
          net: {
            kronor: null,
            priceYear: 2016,
          },
          ratio: null,
        },
        {
          scenario: 'high',
          valuePerPerson: {
            kronor: 15641106,
            priceYear: 2016,
          },
          deadweight: 0.3,
          value: {
            kronor: null,
            priceYear: 2016,
          },
          net: {
            kronor: null,
            priceYear: 2016,
          },
          ratio: null,
        },
      ],
      sensitivity: [
        {
          assumption: 'lifetimeCost',
          low: 10427404,
          high: 15641106,
          netAtLow: null,
          netAtHigh: null,
          breakEvenAtLow: 1,
          breakEvenAtHigh: 1,
        },
        {
          assumption: 'deadweight',
          low: 0.3,
          high: 0.7,
          netAtLow: null,
          netAtHigh: null,
          breakEvenAtLow: 1,
          breakEvenAtHigh: 1,
        },
      ],
    },
  ],
  leftOut: [
    {
      method: 'eligibility',
      missing: ['eligibilityValue'],
    },
  ],
};

/** The nation: the cost summed from every region (synthetic). */
export const SAMPLE_NATION_ESTIMATE: EconomicEstimate = {
  level: 'nation',
  id: 'nation',
  name: 'Riket',
  status: 'estimated',
  cost: {
    esfSupport: {
      kronor: 31500000,
      priceYear: 2016,
    },
    ownFunding: {
      kronor: 21000000,
      priceYear: 2016,
    },
    total: {
      kronor: 52500000,
      priceYear: 2016,
    },
    origin: 'sum-of-parts',
    synthetic: true,
  },
  prices: {
    converted: true,
    priceYear: 2016,
    indexYears: [2010, 2016],
  },
  assumptions: [
    {
      key: 'annualCost',
      unit: 'kronor-per-year',
      given: {
        value: 250000,
        low: 200000,
        high: 300000,
        priceYear: 2016,
      },
      used: {
        value: 250000,
        low: 200000,
        high: 300000,
        priceYear: 2016,
      },
      source: {
        title: 'Kostnader för unga utanför arbete och studier (exempel)',
        author: 'Kommunförbundet Skåne',
        year: 2017,
      },
      origin: 'project',
    },
    {
      key: 'lifetimeCost',
      unit: 'kronor',
      given: {
        value: 12500000,
        low: 10000000,
        high: 15000000,
        priceYear: 2010,
      },
      used: {
        value: 13034255,
        low: 10427404,
        high: 15641106,
        priceYear: 2016,
      },
      source: {
        title: 'Är du lönsam lille vän? En socioekonomisk analys av unga, skolmisslyckanden och arbetsmarknaden',
        author: 'Ingvar Nilsson och Anders Wadeskog',
        year: 2010,
      },
      origin: 'default',
    },
    {
      key: 'discountRate',
      unit: 'rate',
      given: {
        value: 0.035,
        low: 0.01,
        high: 0.05,
        priceYear: null,
      },
      used: {
        value: 0.035,
        low: 0.01,
        high: 0.05,
        priceYear: null,
      },
      source: {
        title: 'Analysmetod och samhällsekonomiska kalkylvärden för transportsektorn (exempel)',
        author: 'Trafikverket',
        year: 2016,
      },
      origin: 'project',
    },
    {
      key: 'years',
      unit: 'years',
      given: {
        value: 5,
        low: 2,
        high: 10,
        priceYear: null,
      },
      used: {
        value: 5,
        low: 2,
        high: 10,
        priceYear: null,
      },
      source: {
        title: 'Unga som varken arbetar eller studerar (exempel)',
        author: 'Kommunförbundet Skåne',
        year: 2017,
      },
      origin: 'project',
    },
    {
      key: 'deadweight',
      unit: 'share',
      given: {
        value: 0.5,
        low: 0.3,
        high: 0.7,
        priceYear: null,
      },
      used: {
        value: 0.5,
        low: 0.3,
        high: 0.7,
        priceYear: null,
      },
      source: {
        title: 'Plug In 2.0, extern utvärdering (exempel)',
        author: 'Elin Törner',
        year: 2018,
      },
      origin: 'region',
    },
  ],
  valuations: [
    {
      method: 'years-outside',
      outcome: 'educationOrWork',
      count: 1460,
      years: 5,
      discountRate: 0.035,
      uses: ['annualCost', 'discountRate', 'years', 'deadweight'],
      breakEven: {
        k: 47,
        valuePerPerson: {
          kronor: 1128763,
          priceYear: 2016,
        },
        cost: {
          kronor: 52500000,
          priceYear: 2016,
        },
        withinCount: true,
      },
      scenarios: [
        {
          scenario: 'low',
          valuePerPerson: {
            kronor: 371882,
            priceYear: 2016,
          },
          deadweight: 0.7,
          value: {
            kronor: 162884316,
            priceYear: 2016,
          },
          net: {
            kronor: 110384316,
            priceYear: 2016,
          },
          ratio: 3.1,
        },
        {
          scenario: 'central',
          valuePerPerson: {
            kronor: 1128763,
            priceYear: 2016,
          },
          deadweight: 0.5,
          value: {
            kronor: 823996990,
            priceYear: 2016,
          },
          net: {
            kronor: 771496990,
            priceYear: 2016,
          },
          ratio: 15.7,
        },
        {
          scenario: 'high',
          valuePerPerson: {
            kronor: 2841391,
            priceYear: 2016,
          },
          deadweight: 0.3,
          value: {
            kronor: 2903901602,
            priceYear: 2016,
          },
          net: {
            kronor: 2851401602,
            priceYear: 2016,
          },
          ratio: 55.31,
        },
      ],
      sensitivity: [
        {
          assumption: 'years',
          low: 2,
          high: 10,
          netAtLow: 294194520,
          netAtHigh: 1465280230,
          breakEvenAtLow: 111,
          breakEvenAtHigh: 26,
        },
        {
          assumption: 'deadweight',
          low: 0.3,
          high: 0.7,
          netAtLow: 1101095786,
          netAtHigh: 441898194,
          breakEvenAtLow: 47,
          breakEvenAtHigh: 47,
        },
        {
          assumption: 'annualCost',
          low: 200000,
          high: 300000,
          netAtLow: 606697300,
          netAtHigh: 936296680,
          breakEvenAtLow: 59,
          breakEvenAtHigh: 39,
        },
        {
          assumption: 'discountRate',
          low: 0.01,
          high: 0.05,
          netAtLow: 833251340,
          netAtHigh: 737629370,
          breakEvenAtLow: 44,
          breakEvenAtHigh: 49,
        },
      ],
    },
    {
      method: 'lifetime',
      outcome: 'educationOrWork',
      count: 1460,
      uses: ['lifetimeCost', 'deadweight'],
      breakEven: {
        k: 5,
        valuePerPerson: {
          kronor: 13034255,
          priceYear: 2016,
        },
        cost: {
          kronor: 52500000,
          priceYear: 2016,
        },
        withinCount: true,
      },
      scenarios: [
        {
          scenario: 'low',
          valuePerPerson: {
            kronor: 10427404,
            priceYear: 2016,
          },
          deadweight: 0.7,
          value: {
            kronor: 4567202952,
            priceYear: 2016,
          },
          net: {
            kronor: 4514702952,
            priceYear: 2016,
          },
          ratio: 86.99,
        },
        {
          scenario: 'central',
          valuePerPerson: {
            kronor: 13034255,
            priceYear: 2016,
          },
          deadweight: 0.5,
          value: {
            kronor: 9515006150,
            priceYear: 2016,
          },
          net: {
            kronor: 9462506150,
            priceYear: 2016,
          },
          ratio: 181.24,
        },
        {
          scenario: 'high',
          valuePerPerson: {
            kronor: 15641106,
            priceYear: 2016,
          },
          deadweight: 0.3,
          value: {
            kronor: 15985210332,
            priceYear: 2016,
          },
          net: {
            kronor: 15932710332,
            priceYear: 2016,
          },
          ratio: 304.48,
        },
      ],
      sensitivity: [
        {
          assumption: 'deadweight',
          low: 0.3,
          high: 0.7,
          netAtLow: 13268508610,
          netAtHigh: 5656503690,
          breakEvenAtLow: 5,
          breakEvenAtHigh: 5,
        },
        {
          assumption: 'lifetimeCost',
          low: 10427404,
          high: 15641106,
          netAtLow: 7559504920,
          netAtHigh: 11365507380,
          breakEvenAtLow: 6,
          breakEvenAtHigh: 4,
        },
      ],
    },
  ],
  leftOut: [
    {
      method: 'eligibility',
      missing: ['eligibilityValue'],
    },
  ],
};

/** Klippan without cost data: status "no-cost", nothing estimated; the document prints a note naming the missing cost. */
export const SAMPLE_NO_COST_ESTIMATE: EconomicEstimate = {
  level: 'municipality',
  id: 'klippan',
  name: 'Klippan',
  status: 'no-cost',
  cost: null,
  costMissing: {
    reason: 'none-given',
    unitsWithoutCost: ['Klippan'],
  },
  prices: {
    converted: false,
    priceYears: [2010],
  },
  assumptions: [
    {
      key: 'lifetimeCost',
      unit: 'kronor',
      given: {
        value: 12500000,
        low: 10000000,
        high: 15000000,
        priceYear: 2010,
      },
      used: {
        value: 12500000,
        low: 10000000,
        high: 15000000,
        priceYear: 2010,
      },
      source: {
        title: 'Är du lönsam lille vän? En socioekonomisk analys av unga, skolmisslyckanden och arbetsmarknaden',
        author: 'Ingvar Nilsson och Anders Wadeskog',
        year: 2010,
      },
      origin: 'default',
    },
  ],
  valuations: [],
  leftOut: [
    {
      method: 'years-outside',
      missing: ['annualCost', 'discountRate', 'years'],
    },
    {
      method: 'eligibility',
      missing: ['eligibilityValue'],
    },
  ],
};

export const SAMPLE_ESTIMATES = [
  SAMPLE_REGION_ESTIMATE,
  SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE,
  SAMPLE_NATION_ESTIMATE,
  SAMPLE_NO_COST_ESTIMATE,
] as const;
