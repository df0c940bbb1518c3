// CONTRACT STUB — implemented by the indicators work. Other modules code against these signatures.
import type { MunicipalityConfig, RegionConfig, ProjectConfig } from '../schema/config.js';
import type { MunicipalityData } from '../schema/records.js';
import type { DatasetScope, DatasetValidation } from '../validate/dataset.js';
import type { Unit } from './types.js';

export type { Unit, Figures, Count, Ratio, Level } from './types.js';

/** A municipality's figures, with one child Unit per workshop (in municipality.yaml order). Pure. */
export function computeMunicipality(data: MunicipalityData, config: MunicipalityConfig): Unit {
  void data;
  void config;
  throw new Error('not implemented yet');
}

/** Sums children into a region or the nation (counts summed; shares stay numerator/denominator). Pure. */
export function aggregate(level: 'region' | 'nation', id: string, name: string, children: Unit[]): Unit {
  void level;
  void id;
  void name;
  void children;
  throw new Error('not implemented yet');
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
  void dataDir;
  void scope;
  throw new Error('not implemented yet');
}
