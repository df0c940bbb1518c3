// Narrative answers as Markdown files (contract v1.2 §9): `narrative/<key>.md` beside a YAML file
// answers the question <key> of that file, so a sentence with ":" or "#" needs no YAML quoting.
// Files are listed and read through the data folder's boundary like every other input. The answers
// are merged into the loaded config's narrative, so the documents read them exactly as YAML text.
import type { DataFolder } from '../boundary/data-folder.js';
import { MAX_MARKDOWN_BYTES } from '../boundary/limits.js';
import { readChecked, reportRefusal } from '../boundary/read.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { FindingCollector } from './collector.js';
import type { LoadedConfig } from './config.js';
import { RULE } from './rules.js';
import { quotePhrase, smallCounts } from './small-count.js';

/** One answer read from `file` (data-folder relative). */
export interface NarrativeFile {
  key: string;
  file: string;
  text: string;
}

const MARKDOWN = /\.md$/i;

/** `dir` + name, for the data folder's root ('') too. */
const inFolder = (dir: string, name: string) => (dir === '' ? name : `${dir}/${name}`);

/**
 * The answers in `<dir>/narrative/`: one per `<key>.md` whose key is a question of the file (`keys`).
 * Any other name is a warning with the name it most likely meant; an empty file answers nothing.
 */
export function readNarrativeFiles(folder: DataFolder, dir: string, keys: readonly string[], findings: FindingCollector): NarrativeFile[] {
  const narrativeDir = inFolder(dir, 'narrative');
  const names = folder.list(narrativeDir);
  if (!Array.isArray(names)) {
    if (names.kind === 'refused') reportRefusal(names, narrativeDir, findings, 'folder');
    return [];
  }
  const answers: NarrativeFile[] = [];
  for (const name of names) {
    const file = `${narrativeDir}/${name}`;
    const key = name.replace(MARKDOWN, '');
    if (!MARKDOWN.test(name) || !keys.includes(key)) {
      const meant = didYouMean(key, keys);
      findings.raise(RULE.narrative.unknownFile, file, { name, meant: meant && `${meant}.md`, keys });
      continue;
    }
    const read = readChecked(
      folder,
      file,
      { format: 'Markdown', wholeFileBytes: MAX_MARKDOWN_BYTES, maxBytes: MAX_MARKDOWN_BYTES },
      findings,
    );
    if (read.kind === 'directory') findings.raise(RULE.narrative.unknownFile, file, { name, meant: undefined, keys });
    if (read.kind !== 'bytes') continue;
    // Trailing space only: leading lines are kept so a finding's line is the file's own.
    const text = decode(read.bytes).trimEnd();
    if (text.trim() !== '') answers.push({ key, file, text });
  }
  return answers;
}

/** UTF-8 (a BOM is dropped), else Windows-1252, as a Swedish Notepad or Word may save plain text. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Puts the file answers into the loaded config's narrative, where the documents read them. A key
 * answered in the YAML too is an error (which one is meant?), and the YAML's answer is kept.
 */
export async function mergeNarrative(
  loaded: LoadedConfig<{ narrative?: Record<string, string | undefined> }>,
  yamlFile: string,
  answers: readonly NarrativeFile[],
  findings: FindingCollector,
): Promise<void> {
  const config = loaded.value;
  if (config === undefined || answers.length === 0) return;
  const narrative: Record<string, string | undefined> = { ...config.narrative };
  for (const { key, file, text } of answers) {
    // An empty YAML answer (`summary: ""`, as init writes them) is no answer: the file gives it.
    if ((narrative[key] ?? '').trim() !== '') {
      const line = await loaded.lineOf(['narrative', key]);
      findings.raise(RULE.narrative.bothWays, file, { key, yamlFile, line });
      continue;
    }
    narrative[key] = text;
  }
  config.narrative = narrative;
}

/** The narrative.small-count check of a Markdown answer: line and column in the file itself. */
export function checkFileProse(answers: readonly NarrativeFile[], minCount: number, findings: FindingCollector): void {
  for (const { file, text, key } of answers) {
    for (const found of smallCounts(text, minCount)) {
      const before = text.slice(0, found.index);
      const line = before.split('\n').length;
      const column = found.index - before.lastIndexOf('\n');
      findings.raise(
        RULE.narrative.smallCount,
        file,
        { where: `narrative ${key}`, phrase: quotePhrase(found.phrase), minCount },
        { line, column },
      );
    }
  }
}

/**
 * The report questions of a file left unanswered (neither in the YAML nor as a file): one warning
 * for the file, naming them, so an empty narrative does not pass silently into a report that says
 * "Frågan har inte besvarats i underlaget" in their place.
 */
export function checkCompleteness(
  config: { narrative?: Record<string, string | undefined> } | undefined,
  yamlFile: string,
  keys: readonly string[],
  findings: FindingCollector,
): void {
  if (config === undefined) return;
  const missing = unanswered(config, keys);
  if (missing.length === 0) return;
  const dir = yamlFile.includes('/') ? yamlFile.slice(0, yamlFile.lastIndexOf('/') + 1) : '';
  findings.raise(RULE.narrative.missing, yamlFile, { missing, total: keys.length, dir });
}

/**
 * A YAML file's narrative/ folder, read, checked and merged into the loaded config, then its
 * completeness checked. Returns how many answer files were read (for the summary's file count).
 */
export async function answerFromFiles(
  folder: DataFolder,
  loaded: LoadedConfig<{ narrative?: Record<string, string | undefined> }>,
  yamlFile: string,
  keys: readonly string[],
  minCount: number,
  findings: FindingCollector,
): Promise<number> {
  const dir = yamlFile.includes('/') ? yamlFile.slice(0, yamlFile.lastIndexOf('/')) : '';
  const answers = readNarrativeFiles(folder, dir, keys, findings);
  checkFileProse(answers, minCount, findings);
  await mergeNarrative(loaded, yamlFile, answers, findings);
  checkCompleteness(loaded.value, yamlFile, keys, findings);
  return answers.length;
}

/** The questions of `keys` a config leaves unanswered (after its files were merged in). */
export function unanswered(config: { narrative?: Record<string, string | undefined> }, keys: readonly string[]): string[] {
  return keys.filter((key) => (config.narrative?.[key] ?? '').trim() === '');
}
