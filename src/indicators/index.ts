// The indicator computation (data contract §7): pure per-municipality figures, summed into regions
// and the nation, computed in the same single pass as validation so memory stays bounded by the
// largest municipality. Disclosure control is applied later, in one place: ./suppress.ts.
import type { MunicipalityConfig, RegionConfig, ProjectConfig } from '../schema/config.js';
import type { MunicipalityData } from '../schema/records.js';
import { validateDataset, type DatasetScope, type DatasetValidation } from '../validate/dataset.js';
import { aggregateUnits } from './aggregate.js';
import { computeMunicipalityUnit } from './municipality.js';
import type { Unit } from './types.js';

export type { Unit, Figures, Count, Ratio, Level } from './types.js';
export { suppressUnit, shareOf, type Share } from './suppress.js';
export { INDICATOR_DEFINITIONS, type IndicatorDefinition } from './definitions.js';
export type { Group } from './count.js';

/** The name of the nation unit (Swedish official statistics call the national total "Riket"). */
export const NATION_ID = 'nation';
export const NATION_NAME = 'Riket';

/** A municipality's figures, with one child Unit per workshop (in municipality.yaml order). Pure. */
export function computeMunicipality(data: MunicipalityData, config: MunicipalityConfig): Unit {
  return computeMunicipalityUnit(data, config);
}

/** Sums children into a region or the nation (counts summed; shares stay numerator/denominator). Pure. */
export function aggregate(level: 'region' | 'nation', id: string, name: string, children: Unit[]): Unit {
  return aggregateUnits(level, id, name, children);
}

export interface ComputedFigures {
  validation: DatasetValidation;
  /** One Unit per region in scope (children: municipalities, their children: workshops). */
  regions: Unit[];
  /** The nation, when the scope is the whole project. */
  nation?: Unit;
  project: ProjectConfig;
  regionConfigs: RegionConfig[];
}

/**
 * Validates the data folder and computes every unit's figures in the same single pass. Callers
 * must refuse to use the figures when validation.errors is not empty.
 */
export async function computeFigures(dataDir: string, scope: DatasetScope): Promise<ComputedFigures> {
  // region id → municipality id → unit; filled by the visitor while validation streams the folder.
  const computed = new Map<string, Map<string, Unit>>();
  const validation = await validateDataset(dataDir, scope, (data, municipality, region) => {
    let units = computed.get(region.id);
    if (!units) computed.set(region.id, (units = new Map()));
    units.set(municipality.id, computeMunicipality(data, municipality));
  });
  const { project, regions: loaded } = validation.dataset;
  const regions = loaded.map(({ config, municipalities }) => {
    const units = computed.get(config.id);
    // region.yaml order; a municipality whose files could not be read has no unit (and an error).
    const children = municipalities.map((m) => units?.get(m.id)).filter((u): u is Unit => u !== undefined);
    return aggregate('region', config.id, config.name, children);
  });
  const whole = scope.region === undefined && scope.municipality === undefined;
  return {
    validation,
    regions,
    ...(whole ? { nation: aggregate('nation', NATION_ID, NATION_NAME, regions) } : {}),
    project,
    regionConfigs: loaded.map((r) => r.config),
  };
}
