// CONTRACT STUB — implemented by the validation work. Other modules code against these signatures.
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../schema/config.js';
import type { MunicipalityData } from '../schema/records.js';
import type { Finding, ValidationReport } from './finding.js';

/** Which part of the data folder a command works on; neither field = the whole nation. */
export interface DatasetScope {
  region?: string;
  municipality?: string;
}

export interface LoadedRegion {
  config: RegionConfig;
  /** Configs of the municipalities in scope, in region.yaml order (those whose YAML is valid). */
  municipalities: MunicipalityConfig[];
}

export interface LoadedDataset {
  project: ProjectConfig;
  /** Regions in scope, in project.yaml order. */
  regions: LoadedRegion[];
}

export interface DatasetValidation extends ValidationReport {
  dataset: LoadedDataset;
  /** Files read and data rows seen, for summaries. */
  files: number;
  rows: number;
}

/**
 * Called once per municipality whose files could be read, with its records (rows that failed a
 * row rule are left out), before the next municipality is read: consumers aggregate here so
 * memory stays bounded by the largest municipality, not the nation.
 */
export type MunicipalityVisitor = (data: MunicipalityData, municipality: MunicipalityConfig, region: RegionConfig) => void;

/**
 * Reads and validates the data folder (config, then every municipality's CSV files). Bad data
 * yields findings; only an unusable folder (no project.yaml, unknown --region) throws a UserError.
 */
export async function validateDataset(
  dataDir: string,
  scope: DatasetScope,
  visit?: MunicipalityVisitor,
): Promise<DatasetValidation> {
  void dataDir;
  void scope;
  void visit;
  throw new Error('not implemented yet');
}

export type { Finding };
