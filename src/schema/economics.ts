// The `economics` block of project.yaml, region.yaml and municipality.yaml (issue 16): the
// intervention's cost, the assumptions of the socio-economic estimate (each a value with a low and
// a high, a unit, a price year and the publication it comes from) and a price index. A narrower
// file overrides a wider one assumption by assumption (municipality.yaml > region.yaml >
// project.yaml > the tool's defaults, src/economics/defaults.ts); a cost belongs to the file it is
// in. Nothing here is required: without a cost the estimate is left out with a note.
import { z } from 'zod';

const Year = z.number().int().min(1900).max(2100);

export const EconomicsSource = z
  .strictObject({
    title: z.string().min(1).describe('Title of the publication.'),
    author: z.string().min(1).describe('Author(s) or the issuing organisation.'),
    year: Year.describe('Year of publication.'),
    url: z.string().min(1).optional().describe('Address of the publication, when it has one.'),
    page: z.string().min(1).optional().describe('Where the figure is in it, e.g. "s. 14".'),
  })
  .describe('The publication a figure comes from; the report prints it beside the figure.');
export type EconomicsSource = z.infer<typeof EconomicsSource>;

/** The unit each assumption is given in; the YAML states it so a reader sees it beside the value. */
export const ASSUMPTION_UNITS = {
  annual_cost: 'SEK/year',
  lifetime_cost: 'SEK',
  discount_rate: 'share',
  years: 'years',
  deadweight: 'share',
  eligibility_value: 'SEK',
} as const;
export type AssumptionYamlKey = keyof typeof ASSUMPTION_UNITS;

/** Bounds that make each assumption meaningful (a share of 0..1, a rate below 20 %, whole years). */
const BOUNDS: Record<AssumptionYamlKey, { min: number; max: number; integer?: true }> = {
  annual_cost: { min: 0, max: 1e8 },
  lifetime_cost: { min: 0, max: 1e9 },
  discount_rate: { min: 0, max: 0.2 },
  years: { min: 1, max: 60, integer: true },
  deadweight: { min: 0, max: 1 },
  eligibility_value: { min: 0, max: 1e9 },
};

const isKronor = (key: AssumptionYamlKey) => ASSUMPTION_UNITS[key].startsWith('SEK');

function assumption(key: AssumptionYamlKey, what: string) {
  const unit = ASSUMPTION_UNITS[key];
  const { min, max, integer } = BOUNDS[key];
  const num = integer ? z.number().int().min(min).max(max) : z.number().min(min).max(max);
  return z
    .strictObject({
      value: num.describe('The central value.'),
      low: num.describe('The low end of the range (the sensitivity analysis and the low scenario use it).'),
      high: num.describe('The high end of the range.'),
      unit: z.literal(unit, { message: `must be "${unit}" for ${key}` }).describe(`Always "${unit}".`),
      price_year: Year.optional().describe(
        isKronor(key) ? "The price year of the amounts (the source's price level); required." : 'Not used (no amount).',
      ),
      source: EconomicsSource,
    })
    .superRefine((a, ctx) => {
      if (!(a.low <= a.value && a.value <= a.high))
        ctx.addIssue({ code: 'custom', path: ['value'], message: `low ≤ value ≤ high must hold (${a.low} ≤ ${a.value} ≤ ${a.high})` });
      if (isKronor(key) && a.price_year === undefined)
        ctx.addIssue({ code: 'custom', path: ['price_year'], message: `is required: the price year of the ${unit} amounts` });
      if (!isKronor(key) && a.price_year !== undefined)
        ctx.addIssue({ code: 'custom', path: ['price_year'], message: `is not used for ${key} (no amount in kronor); remove it` });
    })
    .describe(what);
}

/**
 * The one assumption with a default (src/economics/defaults.ts, whose test checks this text against
 * it): the reference docs say what a data folder gets without its own value.
 */
export const LIFETIME_COST_DESCRIPTION =
  'The societal cost over the adult life of a young person who never gets into working life (SEK). Default: 12 500 000 (low 10 000 000, high 15 000 000), the range 10–15 million kronor of Ingvar Nilsson and Anders Wadeskog, "Är du lönsam lille vän?" (SEE AB), p. 1, with its midpoint as the central value; the copy it was confirmed in states neither year nor price level, so the default is shown in the source\'s price level and never converted.';

export const EconomicsAssumptions = z
  .strictObject({
    annual_cost: assumption(
      'annual_cost',
      'The annual societal cost of a young person outside work and studies (SEK per year).',
    ).optional(),
    lifetime_cost: assumption('lifetime_cost', LIFETIME_COST_DESCRIPTION).optional(),
    discount_rate: assumption('discount_rate', 'The real discount rate, as a share (0.035 = 3.5 %).').optional(),
    years: assumption('years', 'How many years outside work and studies are counted (whole years).').optional(),
    deadweight: assumption('deadweight', 'The share of outcomes that would have happened anyway, 0..1.').optional(),
    eligibility_value: assumption(
      'eligibility_value',
      'The net present value to society of one young person reaching eligibility for a national upper-secondary programme (SEK).',
    ).optional(),
  })
  .describe('Assumptions of the estimate; each replaces the wider file’s (or the default) whole, with its source.');
export type EconomicsAssumptions = z.infer<typeof EconomicsAssumptions>;

export const EconomicsCost = z
  .strictObject({
    esf_support: z.number().min(0).describe('ESF support (SEK).'),
    own_funding: z.number().min(0).describe('Own funding, co-financing included (SEK).'),
    price_year: Year.describe('The price year of the amounts.'),
    note: z.string().min(1).optional().describe('Where the figures come from, e.g. "ESF-beslut 2015-06-12"; printed beside the cost.'),
    synthetic: z.boolean().optional().describe('True for made-up costs (tests, demos); the reports say so.'),
  })
  .refine((c) => c.esf_support + c.own_funding > 0, { message: 'esf_support + own_funding must be more than 0', path: ['esf_support'] })
  .describe(
    "The intervention's cost for this municipality, region (its whole cost, municipalities included) or the project. Without one the estimate is left out with a note.",
  );
export type EconomicsCost = z.infer<typeof EconomicsCost>;

/** A year → KPI map; YAML keys are strings ("2016"), so the key is checked as a year. */
export const PriceIndex = z
  .record(z.string().regex(/^\d{4}$/, 'must be a year, e.g. "2016"'), z.number().positive())
  .refine((index) => Object.keys(index).length >= 1, 'must give at least one year')
  .describe('A price index (KPI) by year, e.g. {"2010": 303.46, "2016": 316.43}: amounts are converted to one price year.');

const economicsBase = {
  cost: EconomicsCost.optional(),
  assumptions: EconomicsAssumptions.optional(),
};

export const ProjectEconomics = z
  .strictObject({
    ...economicsBase,
    price_index: PriceIndex.optional(),
    price_year: Year.optional().describe('The price year to convert to (default: the latest year of price_index); needs price_index.'),
  })
  .superRefine((e, ctx) => {
    if (e.price_year === undefined || e.price_index === undefined) {
      if (e.price_year !== undefined)
        ctx.addIssue({ code: 'custom', path: ['price_year'], message: 'needs a price_index to convert with' });
      return;
    }
    if (!(String(e.price_year) in e.price_index))
      ctx.addIssue({ code: 'custom', path: ['price_year'], message: `${e.price_year} is not a year of price_index` });
  })
  .describe('The socio-economic estimate: cost, assumptions and a price index for the whole project (README "Socio-economic estimate").');
export type ProjectEconomics = z.infer<typeof ProjectEconomics>;

export const LocalEconomics = z
  .strictObject(economicsBase)
  .describe('The socio-economic estimate: this file’s cost, and assumptions that override project.yaml’s.');
export type LocalEconomics = z.infer<typeof LocalEconomics>;
