// Loads a YAML configuration file and validates it with its zod schema (src/schema/config.ts).
// Every problem becomes a finding that carries the line of the offending key: YAML syntax errors
// from the parser's own positions, schema issues by walking the issue's path through the parsed
// document (yaml's LineCounter turns the node's offset into a line).
//
// Two parsers, one meaning: most files are valid, and for those js-yaml (YAML 1.2 core schema,
// the same data as yaml's) is ~3× faster cold, which is most of a national build's validation
// time. (js-yaml 4, not 5: the 5.x rewrite parsed our fixtures' 49 files 1.5× slower cold and 3×
// slower warm; the 4.x line is maintained alongside.) Only a file that js-yaml and the schema both
// accept takes that path; anything else — a syntax error, a schema issue — is parsed again with
// yaml, which knows where every node is. yaml is imported only then (or when a later check asks
// for a line): most runs never load it.
// The file is read through the data folder's boundary (src/boundary: inside the folder, a regular
// file, at most MAX_YAML_BYTES, text), and its YAML is data only (./yaml-safety.ts: core-schema
// tags, aliases limited; a file with anchors always takes the precise path, which limits them).
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import type { FindingCollector } from './collector.js';
import { RULE } from './rules.js';
import type { DataFolder } from '../boundary/data-folder.js';
import { MAX_YAML_BYTES } from '../boundary/limits.js';
import { readChecked } from '../boundary/read.js';
import { checkYamlTags, hasAnchors, toPlainData } from './yaml-safety.js';
import { quote } from '../util/quote.js';
import { didYouMean } from '../util/did-you-mean.js';
import { keysAt } from '../schema/keys.js';
import { slugOf } from '../util/slug.js';

export interface LoadedConfig<T> {
  /** The validated config; undefined when the file has any error. */
  value: T | undefined;
  /**
   * The parsed YAML as plain data (even when invalid), to salvage lists of ids; a misspelt key
   * that has a did-you-mean is here under the key it meant.
   */
  raw: unknown;
  /** Line of the node at a path (or of its nearest existing ancestor). */
  lineOf(path: readonly PropertyKey[]): Promise<number>;
  /**
   * Line and column of the `occurrence`-th match of `pattern` (global) in the source of the scalar
   * at `path`; the key's line alone when it cannot be found there (an escape in a quoted string).
   * Set on every config that loaded (value defined); a failed load has nothing to locate in.
   */
  locate?(path: readonly PropertyKey[], pattern: RegExp, occurrence: number): Promise<{ line: number; column?: number }>;
}

type YamlModule = typeof import('yaml');
let yamlModule: Promise<YamlModule> | undefined;

/** yaml is CommonJS: its exports are the module's default export when bundled, and also named in Node. */
async function loadYaml(): Promise<YamlModule> {
  const loaded = (await import('yaml')) as YamlModule & { default?: YamlModule };
  return loaded.default ?? loaded;
}

/**
 * Loads `file` (relative to the data folder). Returns undefined when the file does not exist (the
 * caller decides whether that is an error).
 */
export async function loadConfig<S extends z.ZodType>(
  folder: DataFolder,
  file: string,
  schema: S,
  findings: FindingCollector,
): Promise<LoadedConfig<z.output<S>> | undefined> {
  const failed = { value: undefined, raw: undefined, lineOf: async () => 1 };
  const read = readChecked(folder, file, { format: 'YAML', wholeFileBytes: MAX_YAML_BYTES, maxBytes: MAX_YAML_BYTES }, findings);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'directory') findings.raise(RULE.config.unreadable, file, { code: 'EISDIR' });
  if (read.kind !== 'bytes') return failed;
  const text = new TextDecoder('utf-8').decode(read.bytes);
  // Anchors (and so aliases) only on the precise path, where their expansion is limited.
  const quick = hasAnchors(text) ? undefined : quickLoad(text, schema);
  if (quick) {
    // A line is asked for only when a later check (e.g. a listed folder is missing) reports one.
    let located: ReturnType<typeof precise> | undefined;
    return {
      value: quick.value,
      raw: quick.raw,
      lineOf: async (path) => (await (located ??= precise(text))).lineOf(path),
      locate: async (path, pattern, occurrence) => (await (located ??= precise(text))).locate(path, pattern, occurrence),
    };
  }
  const { doc, lineCounter, lineOf, locate } = await precise(text);
  const lineOfAsync = async (path: readonly PropertyKey[]) => lineOf(path);
  const locateAsync: LoadedConfig<unknown>['locate'] = async (path, pattern, occurrence) => locate(path, pattern, occurrence);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
      findings.raise(
        RULE.config.invalidYaml,
        file,
        { detail: firstLine(error.message), duplicateKey: error.code === 'DUPLICATE_KEY' },
        { line: pos.line, column: pos.col },
      );
    }
    return { value: undefined, raw: undefined, lineOf: lineOfAsync };
  }
  // Core schema only: another tag is an error, not a string; aliases are limited.
  if (!(await checkYamlTags(doc, lineCounter, file, findings))) return { value: undefined, raw: undefined, lineOf: lineOfAsync };
  const converted = toPlainData(doc, file, findings);
  if (!converted.ok) return { value: undefined, raw: undefined, lineOf: lineOfAsync };
  const raw: unknown = converted.value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, raw, lineOf: lineOfAsync, locate: locateAsync };
  if (raw === null || raw === undefined) {
    findings.raise(RULE.config.empty, file, undefined, { line: 1 });
    return { value: undefined, raw, lineOf: lineOfAsync };
  }
  const { issues, renamed } = pairMisspeltKeys(parsed.error.issues, raw, schema);
  for (const issue of issues) {
    let path = issue.path;
    let message = issue.message;
    let slug: string | undefined;
    let meant: string | undefined;
    const value = valueAt(raw, issue.path);
    if (issue.code === 'unrecognized_keys') {
      path = [...issue.path, issue.keys[0]!];
      meant = issue.keys.length === 1 ? renamed.get(keyPath(path)) : undefined;
      message = meant
        ? `unknown key ${quote(issue.keys[0]!, 60)}; did you mean "${meant}"?`
        : `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys
            .slice(0, 10)
            .map((k) => quote(k, 60))
            .join(', ')}`;
    } else if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
      message = 'is required but missing';
    } else if (typeof value === 'string') {
      // Say what was written: with a line number alone, a list item is hard to spot.
      message = `${quote(value, 60)} ${message}`;
      const suggestion = slugSuggestion(value);
      if (suggestion && issue.message.includes('slug')) slug = suggestion;
    }
    findings.raise(RULE.config.invalid, file, { path: describePath(path), problem: message, slug, meant }, { line: lineOf(path) });
  }
  // The file as it was meant: misspelt keys under their right names, so the folders and CSV files
  // it names can still be checked (the findings above already fail the run).
  return { value: undefined, raw: renamed.size > 0 ? renameKeys(raw, renamed) : raw, lineOf: lineOfAsync };
}

type Issue = z.core.$ZodIssue;
const keyPath = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

/**
 * One finding per misspelt key: an unknown key close to a key the schema knows at the same place
 * (`municipalites` → `municipalities`) gives its own finding with the suggestion, and the
 * "required but missing" finding of the key it meant is dropped, since it is the same mistake.
 * Returns the issues left to report and, per misspelt key's path, the key it meant.
 */
function pairMisspeltKeys(all: readonly Issue[], raw: unknown, schema: z.ZodType): { issues: Issue[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const meantKeys = new Set<string>();
  const issues: Issue[] = [];
  for (const issue of all) {
    if (issue.code !== 'unrecognized_keys') continue;
    const present = valueAt(raw, issue.path);
    const here = present !== null && typeof present === 'object' ? Object.keys(present) : [];
    const free = keysAt(schema, issue.path).filter((key) => !here.includes(key));
    for (const key of issue.keys) {
      const meant = didYouMean(key, free);
      if (meant === undefined) continue;
      renamed.set(keyPath([...issue.path, key]), meant);
      meantKeys.add(keyPath([...issue.path, meant]));
    }
  }
  for (const issue of all) {
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 1) {
      // Several unknown keys in one mapping: each its own issue, so each gets its own suggestion.
      for (const key of issue.keys) issues.push({ ...issue, keys: [key] });
      continue;
    }
    const missing = valueAt(raw, issue.path) === undefined && meantKeys.has(keyPath(issue.path));
    if (!missing) issues.push(issue);
  }
  return { issues, renamed };
}

/** A copy of `raw` with each misspelt key (by path) renamed to the key it meant. */
function renameKeys(raw: unknown, renamed: Map<string, string>, path: PropertyKey[] = []): unknown {
  if (Array.isArray(raw)) return raw.map((item, i) => renameKeys(item, renamed, [...path, i]));
  if (raw === null || typeof raw !== 'object') return raw;
  return Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [renamed.get(keyPath([...path, key])) ?? key, renameKeys(value, renamed, [...path, key])]),
  );
}

/** The file parsed by js-yaml and accepted by the schema; undefined for anything else. */
function quickLoad<S extends z.ZodType>(text: string, schema: S): { value: z.output<S>; raw: unknown } | undefined {
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { value: parsed.data, raw } : undefined;
}

/** The file parsed by yaml, which knows the line of every node. */
async function precise(text: string): Promise<{
  doc: Document;
  lineCounter: LineCounter;
  lineOf: (path: readonly PropertyKey[]) => number;
  locate: (path: readonly PropertyKey[], pattern: RegExp, occurrence: number) => { line: number; column?: number };
}> {
  const yaml = await (yamlModule ??= loadYaml());
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: readonly PropertyKey[]) => nodeLine(yaml, doc, lineCounter, path);
  const locate = (path: readonly PropertyKey[], pattern: RegExp, occurrence: number) => {
    const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (yaml.isScalar(node) && node.range) {
      const [start, end] = node.range;
      const match = [...text.slice(start, end).matchAll(pattern)][occurrence];
      if (match) {
        const { line, col } = lineCounter.linePos(start + match.index);
        return { line, column: col };
      }
    }
    return { line: lineOf(path) };
  };
  return { doc, lineCounter, lineOf, locate };
}

/** "workshops (item 2).target_groups": keys by name, list items counted from 1 as a reader does. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((key, i) => (typeof key === 'number' ? ` (item ${key + 1})` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** The slug a name most likely meant: "Ängelholm" → "angelholm", "Lilla Edet" → "lilla-edet". */
function slugSuggestion(value: string): string | undefined {
  const slug = slugOf(value);
  return slug !== '' && slug !== value ? slug : undefined;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** Line of the key (in a map) or item (in a list) at `path`; the nearest ancestor's if absent. */
function nodeLine({ isMap, isScalar, isSeq }: YamlModule, doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      const node = pair && isScalar(pair.key) ? pair.key : undefined;
      if (node?.range) return lineAt(node.range[0]);
    } else if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key] as { range?: [number, number, number] } | undefined;
      if (item?.range) return lineAt(item.range[0]);
    }
  }
  const root = doc.contents as { range?: [number, number, number] } | null;
  return root?.range ? lineAt(root.range[0]) : 1;
}
