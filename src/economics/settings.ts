// Which cost and assumptions apply to a unit (issue 16). Assumptions: the tool's defaults, then
// project.yaml, region.yaml and municipality.yaml, each replacing an assumption whole (value, range,
// unit, price year and source travel together, so a figure never loses its source). Cost: the
// unit's own YAML when it gives one (a region's is its whole cost, municipalities included), else
// the sum of its parts when every part has one, else none (the estimate is left out with a note).
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../schema/config.js';
import type { EconomicsAssumptions, EconomicsCost, LocalEconomics } from '../schema/economics.js';
import { DEFAULT_ASSUMPTIONS } from './defaults.js';
import type { AssumptionKey, AssumptionOrigin, AssumptionUnit, CostMissingReason, EconomicsInput, SourceRef } from './types.js';

/** The YAML key of each assumption (snake_case in the files). */
export const YAML_KEYS: Record<AssumptionKey, keyof EconomicsAssumptions> = {
  annualCost: 'annual_cost',
  lifetimeCost: 'lifetime_cost',
  discountRate: 'discount_rate',
  years: 'years',
  deadweight: 'deadweight',
  eligibilityValue: 'eligibility_value',
};

export const UNITS: Record<AssumptionKey, AssumptionUnit> = {
  annualCost: 'kronor-per-year',
  lifetimeCost: 'kronor',
  discountRate: 'rate',
  years: 'years',
  deadweight: 'share',
  eligibilityValue: 'kronor',
};

export interface ResolvedAssumption {
  value: number;
  low: number;
  high: number;
  priceYear: number | null;
  source: SourceRef;
  origin: AssumptionOrigin;
}

/** One cost as given in a YAML file, with whose it is. */
export interface CostPart {
  name: string;
  cost: EconomicsCost;
  synthetic: boolean;
}

export type CostResolution =
  | { kind: 'found'; origin: 'own' | 'sum-of-parts'; parts: CostPart[] }
  | { kind: 'missing'; reason: CostMissingReason; unitsWithoutCost: string[] };

type Located = { config: RegionConfig; municipalities: readonly MunicipalityConfig[] };

function regionOf(input: EconomicsInput, municipalityId: string): Located | undefined {
  return input.regions.find((r) => r.municipalities.some((m) => m.id === municipalityId));
}

/** The economics blocks that apply, widest first, with the origin each sets. */
function layers(input: EconomicsInput): Array<{ origin: AssumptionOrigin; economics: LocalEconomics | undefined }> {
  const { unit, project } = input;
  const out: Array<{ origin: AssumptionOrigin; economics: LocalEconomics | undefined }> = [
    { origin: 'project', economics: project.economics },
  ];
  if (unit.level === 'region')
    out.push({ origin: 'region', economics: input.regions.find((r) => r.config.id === unit.id)?.config.economics });
  if (unit.level === 'municipality') {
    const region = regionOf(input, unit.id);
    out.push({ origin: 'region', economics: region?.config.economics });
    out.push({ origin: 'municipality', economics: region?.municipalities.find((m) => m.id === unit.id)?.economics });
  }
  return out;
}

export function resolveAssumptions(input: EconomicsInput): Map<AssumptionKey, ResolvedAssumption> {
  const out = new Map<AssumptionKey, ResolvedAssumption>();
  for (const [key, d] of Object.entries(DEFAULT_ASSUMPTIONS) as Array<
    [AssumptionKey, NonNullable<(typeof DEFAULT_ASSUMPTIONS)[AssumptionKey]>]
  >)
    out.set(key, { value: d.value, low: d.low, high: d.high, priceYear: d.priceYear, source: d.source, origin: 'default' });
  for (const { origin, economics } of layers(input)) {
    for (const key of Object.keys(YAML_KEYS) as AssumptionKey[]) {
      const a = economics?.assumptions?.[YAML_KEYS[key]];
      if (!a) continue;
      const source: SourceRef = { title: a.source.title, author: a.source.author, year: a.source.year };
      if (a.source.url !== undefined) source.url = a.source.url;
      if (a.source.page !== undefined) source.page = a.source.page;
      out.set(key, { value: a.value, low: a.low, high: a.high, priceYear: a.price_year ?? null, source, origin });
    }
  }
  return out;
}

const part = (name: string, cost: EconomicsCost | undefined, synthetic: boolean | undefined): CostPart | undefined =>
  cost ? { name, cost, synthetic: cost.synthetic === true || synthetic === true } : undefined;

/** A region's cost: its own, else the sum of its municipalities' (in region.yaml order). */
function regionCost(region: Located): CostResolution {
  const own = part(region.config.name, region.config.economics?.cost, region.config.synthetic);
  if (own) return { kind: 'found', origin: 'own', parts: [own] };
  return sumOf(region.municipalities.map((m) => ({ name: m.name, resolved: municipalityCost(m, region.config.synthetic) })));
}

function municipalityCost(m: MunicipalityConfig, synthetic: boolean | undefined): CostResolution {
  const own = part(m.name, m.economics?.cost, synthetic);
  return own ? { kind: 'found', origin: 'own', parts: [own] } : { kind: 'missing', reason: 'none-given', unitsWithoutCost: [m.name] };
}

function sumOf(children: Array<{ name: string; resolved: CostResolution }>): CostResolution {
  const without = children.filter((c) => c.resolved.kind === 'missing').map((c) => c.name);
  if (children.length === 0 || without.length === children.length)
    return { kind: 'missing', reason: 'none-given', unitsWithoutCost: without };
  if (without.length > 0) return { kind: 'missing', reason: 'parts-missing', unitsWithoutCost: without };
  return { kind: 'found', origin: 'sum-of-parts', parts: children.flatMap((c) => (c.resolved.kind === 'found' ? c.resolved.parts : [])) };
}

export function resolveCost(input: EconomicsInput): CostResolution {
  const { unit, project } = input;
  if (unit.level === 'municipality') {
    const region = regionOf(input, unit.id);
    const m = region?.municipalities.find((x) => x.id === unit.id);
    return m ? municipalityCost(m, region?.config.synthetic) : { kind: 'missing', reason: 'none-given', unitsWithoutCost: [unit.name] };
  }
  if (unit.level === 'region') {
    const region = input.regions.find((r) => r.config.id === unit.id);
    return region ? regionCost(region) : { kind: 'missing', reason: 'none-given', unitsWithoutCost: [unit.name] };
  }
  const own = part(project.name, project.economics?.cost, false);
  if (own) return { kind: 'found', origin: 'own', parts: [own] };
  return sumOf(input.regions.map((r) => ({ name: r.config.name, resolved: regionCost(r) })));
}

/** project.yaml's price index and target year (undefined when none is given). */
export function priceIndexOf(project: ProjectConfig) {
  return { index: project.economics?.price_index, priceYear: project.economics?.price_year };
}
