// The load stage: validates the data folder and computes every unit's figures in the same single
// pass, so memory stays bounded by the largest municipality. Validation reads the files and hands
// each municipality's records to the (pure) indicators as soon as they are checked; the indicators
// themselves never read a file. Disclosure control is applied later, by the caller.
import type { ProjectConfig, RegionConfig } from '../schema/config.js';
import { validateDataset, type DatasetScope, type DatasetValidation } from '../validate/dataset.js';
import { laterDate, latestDataDate } from './data-date.js';
import { aggregate, computeMunicipality, NATION_ID, NATION_NAME, type Unit } from '../indicators/index.js';

export interface ComputedFigures {
  validation: DatasetValidation;
  /** One Unit per region in scope (children: municipalities, their children: workshops). */
  regions: Unit[];
  /** The nation, when the scope is the whole project. */
  nation?: Unit;
  project: ProjectConfig;
  regionConfigs: RegionConfig[];
  /** The latest date in the data read (YYYY-MM-DD), for the exports' reading guide. */
  dataDate?: string;
}

/**
 * Validates the data folder and computes every unit's figures in the same single pass. Callers
 * must refuse to use the figures when validation.errors is not empty.
 */
export async function computeFigures(dataDir: string, scope: DatasetScope): Promise<ComputedFigures> {
  // region id → municipality id → unit; filled by the visitor while validation streams the folder.
  const computed = new Map<string, Map<string, Unit>>();
  let dataDate: string | undefined;
  const validation = await validateDataset(dataDir, scope, (data, municipality, region) => {
    dataDate = laterDate(dataDate, latestDataDate(data));
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
    ...(dataDate !== undefined ? { dataDate } : {}),
  };
}
