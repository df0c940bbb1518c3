// What `init` writes, and the writing: a new data folder (project.yaml, the coordinators' guide and
// the table templates in mallar/), or a region or municipality added to an existing one (its YAML,
// a header-only participants file, and its id added to the list that names it). An existing file
// is never overwritten, not even with --force, which only adds what is missing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataFolder } from '../../boundary/data-folder.js';
import { MAX_YAML_BYTES } from '../../boundary/limits.js';
import type { BoundarySink } from '../../boundary/problems.js';
import { readChecked } from '../../boundary/read.js';
import { UserError } from '../../errors.js';
import { CSV_FILE_KINDS, CSV_SPECS } from '../../schema/csv.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { csvTemplate, xlsxTemplate } from './tables.js';
import { guideText } from './texts.js';
import { municipalityYaml, projectYaml, regionYaml } from './yaml.js';

export type InitTarget =
  | { kind: 'project' }
  | { kind: 'region'; id: string; name: string }
  | { kind: 'municipality'; id: string; name: string; region: string };

export interface InitResult {
  /** Files written, relative to the data folder. */
  created: string[];
  /** Files that were there already and were left as they were (--force). */
  kept: string[];
  /** The YAML file whose list the new id was added to, if it was not listed yet. */
  listedIn?: string;
}

type Content = string | (() => Promise<Uint8Array>);

/** The files of a target, relative to the data folder, in the order they are written. */
function plan(target: InitTarget): Map<string, Content> {
  const files = new Map<string, Content>();
  if (target.kind === 'project') {
    files.set('project.yaml', projectYaml());
    files.set('LÄS-MIG.md', guideText());
    for (const kind of CSV_FILE_KINDS) {
      const base = CSV_SPECS[kind].fileName.replace(/\.csv$/, '');
      files.set(`mallar/${base}.csv`, csvTemplate(kind));
      files.set(`mallar/${base}.xlsx`, () => xlsxTemplate(kind));
    }
  } else if (target.kind === 'region') {
    files.set(`${target.id}/region.yaml`, regionYaml(target.id, target.name));
  } else {
    const dir = `${target.region}/${target.id}`;
    files.set(`${dir}/municipality.yaml`, municipalityYaml(target.id, target.name, target.region));
    // Header only: zero participants so far. The optional tables stay out (absent = no data).
    files.set(`${dir}/participants.csv`, csvTemplate('participants'));
  }
  return files;
}

/** The folder init writes into, relative to the data folder ('' = the data folder itself). */
function targetFolder(target: InitTarget): string {
  return target.kind === 'project' ? '' : target.kind === 'region' ? target.id : `${target.region}/${target.id}`;
}

function isNonEmptyFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory() && readdirSync(path).length > 0;
}

export async function scaffold(dataDir: string, target: InitTarget, force: boolean): Promise<InitResult> {
  if (target.kind !== 'project') requireParent(dataDir, target);
  const folder = join(dataDir, targetFolder(target));
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new UserError('TargetNotEmpty', `"${folder}" is a file, not a folder`);
  }
  if (!force && isNonEmptyFolder(folder)) {
    throw new UserError('TargetNotEmpty', `"${folder}" already holds files; init writes only into a new or empty folder`);
  }
  const result: InitResult = { created: [], kept: [] };
  for (const [file, content] of plan(target)) {
    const path = join(dataDir, file);
    if (existsSync(path)) {
      result.kept.push(file);
      continue;
    }
    await writeFileAtomic(path, typeof content === 'string' ? content : await content());
    result.created.push(file);
  }
  if (target.kind === 'region') result.listedIn = await addToList(dataDir, 'project.yaml', 'regions', target.id);
  if (target.kind === 'municipality') {
    result.listedIn = await addToList(dataDir, `${target.region}/region.yaml`, 'municipalities', target.id);
  }
  return result;
}

/** A region needs its project, a municipality its region: said before anything is written. */
function requireParent(dataDir: string, target: Exclude<InitTarget, { kind: 'project' }>): void {
  const parent = target.kind === 'region' ? 'project.yaml' : `${target.region}/region.yaml`;
  if (existsSync(join(dataDir, parent))) return;
  const start =
    target.kind === 'region' ? `plugin-report init ${dataDir}` : `plugin-report init ${dataDir} --region ${target.region} --name NAME`;
  throw new UserError('DataFolderNotFound', `there is no ${parent} in "${dataDir}"`, { hint: `Start it first with \`${start}\`.` });
}

/** Collects what the boundary refuses while a list is read: reading it is then impossible. */
class RefusalSink implements BoundarySink {
  problem: string | undefined;
  refused(kind: string): void {
    this.problem ??= kind;
  }
}

/**
 * Adds `id` to the list `key` of a YAML file of the data folder (read through its boundary), and
 * keeps the rest of the file as written, comments too. Returns the file when it changed.
 */
async function addToList(dataDir: string, file: string, key: string, id: string): Promise<string | undefined> {
  const sink = new RefusalSink();
  const read = readChecked(
    new DataFolder(dataDir),
    file,
    { format: 'YAML', wholeFileBytes: MAX_YAML_BYTES, maxBytes: MAX_YAML_BYTES },
    sink,
  );
  const byHand = `add "${id}" to ${key} in ${file} by hand`;
  if (read.kind !== 'bytes') throw new UserError('ConfigInvalid', `cannot read ${file} (${sink.problem ?? read.kind}); ${byHand}`);
  const { default: yaml } = await import('yaml');
  const text = new TextDecoder().decode(read.bytes);
  const listOf = (source: string) => {
    const doc = yaml.parseDocument(source);
    const list = doc.errors.length === 0 ? doc.get(key, true) : undefined;
    return yaml.isSeq(list) ? list : undefined;
  };
  const list = listOf(text);
  if (list?.range == null) throw new UserError('ConfigInvalid', `${file} has no list ${key} that can be added to; ${byHand}`);
  if (list.items.some((item) => (yaml.isScalar(item) ? item.value : item) === id)) return undefined;
  // A text edit, not a re-serialised document: every other line, comments included, stays as written.
  const [start, end] = list.range;
  let edited: string;
  if (list.flow && list.items.length === 0) {
    edited = `${text.slice(0, start).replace(/[ \t]+$/, '')}\n  - ${id}${text.slice(end)}`;
  } else if (list.flow) {
    const close = text.lastIndexOf(']', end);
    edited = `${text.slice(0, close)}, ${id}${text.slice(close)}`;
  } else {
    const column = start - (text.lastIndexOf('\n', start - 1) + 1);
    const last = list.items[list.items.length - 1] as { range?: [number, number, number] };
    const after = last.range?.[1] ?? end;
    edited = `${text.slice(0, after)}\n${' '.repeat(column)}- ${id}${text.slice(after)}`;
  }
  const check = listOf(edited);
  if (!check?.items.some((item) => yaml.isScalar(item) && item.value === id)) {
    throw new UserError('ConfigInvalid', `${file}: the list ${key} is written in a way init cannot extend; ${byHand}`);
  }
  await writeFileAtomic(join(dataDir, file), edited);
  return file;
}
