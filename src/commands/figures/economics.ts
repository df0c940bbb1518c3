// The socio-economic estimate of every municipality, region and the nation in an export (issue
// 16), computed from the figures AFTER disclosure control, so its count-derived amounts are hidden
// wherever their counts are. Workshops have no cost and no estimate.
import { estimateEconomics, type EconomicEstimate } from '../../economics/index.js';
import type { ProjectConfig } from '../../schema/config.js';
import type { LoadedRegion } from '../../validate/dataset.js';
import type { Unit } from '../../indicators/types.js';
import { unitPath, walkUnits, type Cell } from './rows.js';

/** The estimates by unit (workshops have none). */
export type Estimates = ReadonlyMap<Unit<Cell>, EconomicEstimate>;

export function estimatesOf(top: Unit<Cell>[], project: ProjectConfig, regions: readonly LoadedRegion[]): Estimates {
  const out = new Map<Unit<Cell>, EconomicEstimate>();
  for (const root of top) {
    for (const { unit } of walkUnits(root)) {
      if (unit.level !== 'workshop') out.set(unit, estimateEconomics({ unit, project, regions }));
    }
  }
  return out;
}

/** The JSON export's `economics`: every estimate with the unit's path (as in the keys), parents first. */
export function economicsJson(top: Unit<Cell>[], estimates: Estimates): Array<{ unit: string } & EconomicEstimate> {
  const out: Array<{ unit: string } & EconomicEstimate> = [];
  for (const root of top) {
    for (const { unit, ancestors } of walkUnits(root)) {
      const e = estimates.get(unit);
      if (e) out.push({ unit: unitPath(unit, ancestors), ...e });
    }
  }
  return out;
}
