// `--municipality ID` without `--region`: the region is the one whose region.yaml lists the id.
// Municipality ids are unique across a project in practice (they are the Swedish municipalities);
// when two regions list the same id the user must say which. The YAML is read through the data
// folder's boundary like every other read; whatever is wrong with it is left to validation, which
// runs next and reports it with file and line.
import { UserError } from '../errors.js';
import { ProjectConfig, RegionConfig, isSlug } from '../schema/config.js';
import { FindingCollector } from './collector.js';
import { loadConfig } from './config.js';
import { openDataFolder } from './data-folder.js';

const ids = (raw: unknown, key: string): string[] => {
  const list = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string' && isSlug(id)) : [];
};

/** The id of the one region that lists `municipality`; a UserError when none or several do. */
export async function regionOfMunicipality(dataDir: string, municipality: string): Promise<string> {
  const folder = openDataFolder(dataDir);
  // Findings of this look-up are dropped: validation reads the same files again and reports them.
  const scratch = new FindingCollector();
  const project = await loadConfig(folder, 'project.yaml', ProjectConfig, scratch);
  if (project === undefined) throw new UserError('DataFolderNotFound', `no project.yaml in "${dataDir}"`);
  const regions = project.value?.regions ?? ids(project.raw, 'regions');
  const listing: string[] = [];
  for (const region of regions) {
    const config = await loadConfig(folder, `${region}/region.yaml`, RegionConfig, scratch);
    if (config && (config.value?.municipalities ?? ids(config.raw, 'municipalities')).includes(municipality)) listing.push(region);
  }
  if (listing.length === 1) return listing[0]!;
  if (listing.length === 0) {
    throw new UserError('UnknownMunicipality', `no region.yaml in "${dataDir}" lists a municipality "${municipality}"`);
  }
  throw new UserError('InvalidOption', `municipality "${municipality}" is listed by more than one region (${listing.join(', ')})`, {
    hint: `Say which with --region, e.g. --region ${listing[0]} --municipality ${municipality}.`,
  });
}
