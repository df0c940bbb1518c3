// Reads and validates a data folder: project.yaml, then the regions in scope in project.yaml order,
// each municipality in region.yaml order. A municipality's records go to the visitor before the
// next municipality is read, so memory is bounded by one municipality, not the nation.
// Ids from the YAML files become folder names only after the slug check (never `..` or `/`).
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { z } from 'zod';
import { MunicipalityConfig, ProjectConfig, RegionConfig, Workshop, isSlug } from '../schema/config.js';
import { CSV_FILE_KINDS, CSV_SPECS } from '../schema/csv.js';
import type { DataFolder } from '../boundary/data-folder.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { MunicipalityData } from '../schema/municipality-data.js';
import { FindingCollector } from './collector.js';
import { RULE, severityOf } from './rules.js';
import { WarningAcceptance } from './accept.js';
import { checkProse } from './narrative.js';
import { answerFromFiles, unanswered } from './narrative-files.js';
import { keysAt } from '../schema/keys.js';
import { effectiveMinCount } from '../schema/disclosure.js';
import { loadConfig, type LoadedConfig } from './config.js';
import type { Finding, ValidationReport } from './finding.js';
import { validateMunicipality } from './municipality.js';
import { openDataFolder } from './data-folder.js';
import { checkPhoto } from './photo.js';
import type { CheckedPhoto } from '../schema/photo.js';
import { reportRefusal } from '../boundary/read.js';
import { insideGitWorkTree } from '../boundary/git-work-tree.js';

/** Which part of the data folder a command works on; neither field = the whole nation. */
export interface DatasetScope {
  region?: string;
  municipality?: string;
}

export interface LoadedRegion {
  config: RegionConfig;
  /** Configs of the municipalities in scope, in region.yaml order (those whose YAML is valid). */
  municipalities: MunicipalityConfig[];
  /** The municipalities' photos that passed their checks, by municipality id (validate/photo.ts). */
  photos?: Record<string, CheckedPhoto>;
}

export interface LoadedDataset {
  /**
   * The project config. When project.yaml itself is invalid (see errors) this is the file's raw
   * content and must not be relied on; consumers refuse to work when errors is not empty.
   */
  project: ProjectConfig;
  /** Regions in scope, in project.yaml order (those whose region.yaml is valid). */
  regions: LoadedRegion[];
}

export interface DatasetValidation extends ValidationReport {
  dataset: LoadedDataset;
  /** Files read and data rows seen, for summaries. */
  files: number;
  rows: number;
  /**
   * The same per region in scope: project.yaml, the region's own files and rows. A region's
   * report counts these, so it says the same whether one region or all were validated.
   */
  regionCounts: Record<string, { files: number; rows: number }>;
  /** Number of errors, warnings and infos, including those left out of the lists (see collector.ts). */
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Warnings accepted by project.yaml's validate.accept (included in warningCount). */
  acceptedCount: number;
}

/**
 * Called once per municipality whose files could be read, with its records (rows that failed a
 * row rule are left out), before the next municipality is read: consumers aggregate here so
 * memory stays bounded by the largest municipality, not the nation.
 */
export type MunicipalityVisitor = (data: MunicipalityData, municipality: MunicipalityConfig, region: RegionConfig) => void;

/** The report questions of each YAML file, in the order the file's schema lists them. */
const NARRATIVE_KEYS = {
  project: keysAt(ProjectConfig, ['narrative']),
  region: keysAt(RegionConfig, ['narrative']),
  municipality: keysAt(MunicipalityConfig, ['narrative']),
};

/** Slug ids of a list in an invalid config, so the rest of the folder can still be checked. */
function salvageIds(raw: unknown, key: string): string[] {
  const list = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string' && isSlug(id)) : [];
}

/** The workshops of an invalid municipality.yaml when they are valid themselves (the rows can be checked against them). */
function salvageWorkshops(raw: unknown): Workshop[] | undefined {
  const list = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).workshops : undefined;
  const parsed = z.array(Workshop).min(1).safeParse(list);
  return parsed.success ? parsed.data : undefined;
}

/** The names of the folders in a folder of the data folder ('' = the data folder itself). */
function folderNames(folder: DataFolder, rel: string): string[] {
  const names = folder.list(rel);
  if (!Array.isArray(names)) return [];
  return names.filter((name) => isSlug(name) && folder.inspect(rel === '' ? name : `${rel}/${name}`).kind === 'directory');
}

/** The municipality folders of a region (those with a municipality.yaml or a table), in name order. */
function municipalityFolders(folder: DataFolder, regionId: string): string[] {
  return folderNames(folder, regionId).filter((name) =>
    ['municipality.yaml', ...CSV_FILE_KINDS.map((kind) => CSV_SPECS[kind].fileName)].some(
      (file) => folder.inspect(`${regionId}/${name}/${file}`).kind !== 'missing',
    ),
  );
}

/**
 * The ids of a list, each once: a repeated id is reported at its second position and dropped, so
 * no region or municipality is read (and counted) twice.
 */
async function uniqueIds(
  ids: string[],
  listPath: string,
  loaded: LoadedConfig<unknown>,
  file: string,
  findings: FindingCollector,
): Promise<string[]> {
  const seen = new Set<string>();
  for (const [position, id] of ids.entries()) {
    if (!seen.has(id)) {
      seen.add(id);
      continue;
    }
    findings.raise(RULE.config.duplicateId, file, { id, list: listPath }, { line: await loaded.lineOf([listPath, position]) });
  }
  return [...seen];
}

async function checkId(loaded: LoadedConfig<{ id: string }>, expected: string, file: string, findings: FindingCollector): Promise<void> {
  const id = loaded.value?.id;
  if (id !== undefined && id !== expected) {
    findings.raise(RULE.config.idMismatch, file, { id, expected }, { line: await loaded.lineOf(['id']) });
  }
}

/**
 * Reads and validates the data folder (config, then every municipality's CSV files). Bad data
 * yields findings; only an unusable folder (no project.yaml, unknown --region) throws a UserError.
 */
export async function validateDataset(dataDir: string, scope: DatasetScope, visit?: MunicipalityVisitor): Promise<DatasetValidation> {
  const findings = new FindingCollector();
  let files = 0;
  let rows = 0;
  const regionCounts: Record<string, { files: number; rows: number }> = {};

  if (scope.municipality !== undefined && scope.region === undefined) {
    throw new UserError('InvalidOption', '--municipality needs --region (the region the municipality belongs to)');
  }
  // Every path below is read through the data folder's boundary (src/boundary, SECURITY.md).
  const folder = openDataFolder(dataDir);
  // Asked once: personnummer ids are warned of only where Git would keep them (data.personnummer-present).
  const inGitWorkTree = insideGitWorkTree(dataDir);
  const project = await loadConfig(folder, 'project.yaml', ProjectConfig, findings);
  if (project === undefined) {
    throw new UserError('DataFolderNotFound', `no project.yaml in "${dataDir}"`);
  }
  const accepts = project.value?.validate?.accept ?? [];
  findings.acceptance = new WarningAcceptance(accepts);
  files++;
  // Free text is checked against the project's threshold: what the documents will hide in tables.
  const minCount = effectiveMinCount(project.value);
  await checkProse(project, 'project.yaml', minCount, findings);
  // The national report's questions matter only when the whole nation is in scope.
  if (scope.region === undefined)
    files += await answerFromFiles(folder, project, 'project.yaml', NARRATIVE_KEYS.project, minCount, findings);
  const listedRegions = project.value?.regions ?? salvageIds(project.raw, 'regions');
  const regionIds = await uniqueIds(listedRegions, 'regions', project, 'project.yaml', findings);
  if (project.value && regionIds.length === 0) {
    findings.raise(
      RULE.config.noEntries,
      'project.yaml',
      { list: 'regions', command: 'plugin-report init --region ID --name NAME' },
      { line: await project.lineOf(['regions']) },
    );
  }
  const period = project.value?.period;

  let regionsInScope = regionIds;
  if (scope.region !== undefined) {
    if (!regionIds.includes(scope.region)) {
      throw new UserError(
        'UnknownRegion',
        `no region "${scope.region}" in project.yaml; the regions are: ${regionIds.join(', ') || '(none)'}`,
      );
    }
    regionsInScope = [scope.region];
  }

  const loaded: LoadedDataset = { project: project.value ?? (project.raw as ProjectConfig), regions: [] };

  for (const regionId of regionsInScope) {
    const regionDir = join(dataDir, regionId);
    const regionEntry = folder.inspectFolder(regionId);
    if (regionEntry.kind === 'refused') {
      reportRefusal(regionEntry, regionId, findings, 'folder');
      continue;
    }
    if (regionEntry.kind !== 'directory') {
      const siblings = folderNames(folder, '').filter((name) => !regionIds.includes(name));
      findings.raise(
        RULE.config.missingRegionFolder,
        'project.yaml',
        { region: regionId, meant: didYouMean(regionId, siblings) },
        { line: await project.lineOf(['regions', listedRegions.indexOf(regionId)]) },
      );
      continue;
    }
    const regionFile = `${regionId}/region.yaml`;
    const region = await loadConfig(folder, regionFile, RegionConfig, findings);
    if (region === undefined) findings.raise(RULE.config.missingRegionFile, regionFile, undefined);
    else files++;
    const counts = (regionCounts[regionId] = { files: region ? 2 : 1, rows: 0 }); // project.yaml and region.yaml
    if (region) {
      await checkId(region, regionId, regionFile, findings);
      await checkProse(region, regionFile, minCount, findings);
      const answerFiles = await answerFromFiles(folder, region, regionFile, NARRATIVE_KEYS.region, minCount, findings);
      files += answerFiles;
      counts.files += answerFiles;
    }
    const listedMunicipalities = region?.value?.municipalities ?? salvageIds(region?.raw, 'municipalities');
    const municipalityIds =
      region && (region.value !== undefined || listedMunicipalities.length > 0)
        ? await uniqueIds(listedMunicipalities, 'municipalities', region, regionFile, findings)
        : // No list to go by (region.yaml missing or unreadable): its CSV files are still checked.
          municipalityFolders(folder, regionId);
    if (region?.value && municipalityIds.length === 0) {
      findings.raise(
        RULE.config.noEntries,
        regionFile,
        { list: 'municipalities', command: `plugin-report init --municipality ID --name NAME --region ${regionId}` },
        { line: await region.lineOf(['municipalities']) },
      );
    }
    let municipalitiesInScope = municipalityIds;
    if (scope.municipality !== undefined) {
      if (!municipalityIds.includes(scope.municipality)) {
        throw new UserError(
          'UnknownMunicipality',
          `no municipality "${scope.municipality}" in ${regionFile}; its municipalities are: ${municipalityIds.join(', ') || '(none)'}`,
        );
      }
      municipalitiesInScope = [scope.municipality];
    }
    const loadedRegion: LoadedRegion | undefined = region?.value ? { config: region.value, municipalities: [] } : undefined;
    if (loadedRegion) loaded.regions.push(loadedRegion);

    for (const municipalityId of municipalitiesInScope) {
      const relDir = `${regionId}/${municipalityId}`;
      const dir = join(regionDir, municipalityId);
      const municipalityEntry = folder.inspectFolder(relDir);
      if (municipalityEntry.kind === 'refused') {
        reportRefusal(municipalityEntry, relDir, findings, 'folder');
        continue;
      }
      if (municipalityEntry.kind !== 'directory') {
        const line = region ? await region.lineOf(['municipalities', listedMunicipalities.indexOf(municipalityId)]) : undefined;
        const siblings = municipalityFolders(folder, regionId).filter((id) => !municipalityIds.includes(id));
        findings.raise(
          RULE.config.missingMunicipalityFolder,
          regionFile,
          { municipality: municipalityId, folder: relDir, meant: didYouMean(municipalityId, siblings) },
          { line },
        );
        continue;
      }
      const configFile = `${relDir}/municipality.yaml`;
      const municipality = await loadConfig(folder, configFile, MunicipalityConfig, findings);
      if (municipality === undefined) {
        findings.raise(RULE.config.missingMunicipalityFile, configFile, undefined);
      } else {
        files++;
        counts.files++;
        await checkId(municipality, municipalityId, configFile, findings);
        await checkProse(municipality, configFile, minCount, findings);
        const answerFiles = await answerFromFiles(folder, municipality, configFile, NARRATIVE_KEYS.municipality, minCount, findings);
        files += answerFiles;
        counts.files += answerFiles;
      }
      const config = municipality?.value;
      if (config && loadedRegion) loadedRegion.municipalities.push(config);
      const photo = config ? checkPhoto(folder, relDir, config, findings) : undefined;
      if (photo && loadedRegion) (loadedRegion.photos ??= {})[municipalityId] = photo;

      // Reading small files resolves mostly through microtasks, which never let timers or other
      // I/O in: give them a turn per municipality (a browser starting meanwhile needs answers).
      await new Promise<void>((resolve) => setImmediate(resolve));
      const result = await validateMunicipality({
        regionId,
        municipalityId,
        dir,
        relDir,
        workshops: config?.workshops ?? salvageWorkshops(municipality?.raw),
        period,
        collect: visit !== undefined,
        findings,
        folder,
        insideGitWorkTree: inGitWorkTree,
      });
      files += result.files;
      rows += result.rows;
      counts.files += result.files;
      counts.rows += result.rows;
      if (visit && config && loadedRegion && result.participantsUsable) visit(result.data, config, loadedRegion.config);
    }
  }

  // Only a run over the whole folder can tell that an entry matches nothing: with --region the
  // warning it accepts may be in another region.
  if (scope.region === undefined) {
    for (const { index, rule } of findings.acceptance.unused()) {
      findings.raise(
        RULE.config.acceptUnused,
        'project.yaml',
        { index, rule, warning: severityOf(rule) === 'warning' },
        { line: await project.lineOf(['validate', 'accept', index]) },
      );
    }
  }
  findings.finish();
  return {
    errors: findings.errors,
    warnings: findings.warnings,
    infos: findings.infos,
    errorCount: findings.errorCount,
    warningCount: findings.warningCount,
    infoCount: findings.infoCount,
    acceptedCount: findings.acceptedCount,
    dataset: loaded,
    files,
    rows,
    regionCounts,
  };
}

export type { Finding };

/**
 * How many report questions the loaded configs leave unanswered (what narrative.missing lists):
 * the regions' and municipalities', and the national report's when `national`.
 */
export function unansweredQuestions(dataset: LoadedDataset, national: boolean): number {
  let count = national ? unanswered(dataset.project, NARRATIVE_KEYS.project).length : 0;
  for (const region of dataset.regions) {
    count += unanswered(region.config, NARRATIVE_KEYS.region).length;
    for (const municipality of region.municipalities) count += unanswered(municipality, NARRATIVE_KEYS.municipality).length;
  }
  return count;
}
