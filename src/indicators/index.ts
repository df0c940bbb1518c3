// The indicator computation (data contract §7): pure per-municipality figures, summed into regions
// and the nation. Pure: records in, figures out; reading and validating the files is the load stage
// (src/pipeline/load.ts). Disclosure control is applied later, in one place: src/disclosure/.
import type { MunicipalityConfig } from '../schema/config.js';
import type { MunicipalityData } from '../schema/municipality-data.js';
import { aggregateUnits } from './aggregate.js';
import { computeMunicipalityUnit } from './municipality.js';
import type { Unit } from './types.js';

export type { Unit, Figures, Count, Ratio, Level } from './types.js';
export { shareOf, type Share } from './share.js';
export { INDICATOR_DEFINITIONS, type IndicatorDefinition } from './definitions.js';
export type { Group } from './count.js';
export { INDICATORS, allRelations, indicatorCopy, type FigurePathAny, type IndicatorKey } from './registry.js';
export type { Relations, SumRelation, ShareRelation, SubsetRelation } from './relations.js';

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
