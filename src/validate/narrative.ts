// The narrative.small-count check over a YAML file's free text: the narrative answers, quotes,
// the interview and the workshops' descriptions (what the reports and brochures print as prose).
// A phrase is located in the source only when found, so a clean file costs one regex per text.
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../schema/config.js';
import type { FindingCollector } from './collector.js';
import { describePath, type LoadedConfig } from './config.js';
import { RULE } from './rules.js';
import { quotePhrase, smallCounts, sourcePattern } from './small-count.js';

/** A text and its path in the YAML document. */
interface Text {
  path: (string | number)[];
  text: string;
}

const entries = (prefix: string, record: Record<string, string | undefined> | undefined): Text[] =>
  Object.entries(record ?? {}).flatMap(([key, text]) => (text === undefined ? [] : [{ path: [prefix, key], text }]));

/** The prose of project.yaml, region.yaml or municipality.yaml. */
export function proseOf(config: ProjectConfig | RegionConfig | MunicipalityConfig): Text[] {
  const texts = entries('narrative', config.narrative as Record<string, string | undefined> | undefined);
  if (!('workshops' in config)) return texts;
  config.workshops.forEach((w, i) => {
    if (w.description !== undefined) texts.push({ path: ['workshops', i, 'description'], text: w.description });
  });
  config.quotes?.forEach((q, i) => void texts.push({ path: ['quotes', i, 'text'], text: q.text }));
  if (config.interview?.title !== undefined) texts.push({ path: ['interview', 'title'], text: config.interview.title });
  if (config.interview) texts.push({ path: ['interview', 'text'], text: config.interview.text });
  return texts;
}

/** Warns of every small count of people in the file's prose (none when minCount ≤ 1). */
export async function checkProse<T extends ProjectConfig | RegionConfig | MunicipalityConfig>(
  loaded: LoadedConfig<T>,
  file: string,
  minCount: number,
  findings: FindingCollector,
): Promise<void> {
  if (loaded.value === undefined) return;
  for (const { path, text } of proseOf(loaded.value)) {
    for (const found of smallCounts(text, minCount)) {
      const pattern = sourcePattern(found.phrase);
      // The same phrase may occur more than once in a text: find this one's place among them.
      const occurrence = [...text.slice(0, found.index).matchAll(pattern)].length;
      const where = loaded.locate ? await loaded.locate(path, pattern, occurrence) : { line: await loaded.lineOf(path) };
      findings.raise(RULE.narrative.smallCount, file, { where: describePath(path), phrase: quotePhrase(found.phrase), minCount }, where);
    }
  }
}
