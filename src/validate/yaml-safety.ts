// YAML from an untrusted data folder is data, nothing more (SECURITY.md):
// - only the core schema's tags (str, int, float, bool, null, map, seq): `!!js/function`,
//   `!!binary` or a custom `!tag` is an error, not a string that slips through;
// - aliases are expanded at most MAX_ALIAS_COUNT times (yaml's own guard against the "billion
//   laughs"), and hitting the limit is a finding (exit 1), not an internal error.
// js-yaml (the fast path in config.ts) has no alias limit, so a file with anchors always takes the
// precise path through yaml, which has one.
import type { Document, LineCounter } from 'yaml';
import type { FindingCollector } from './collector.js';
import { RULE } from './rules.js';
import { quote } from '../util/quote.js';

type YamlModule = typeof import('yaml');

/** Expanded aliases allowed per document: plenty for a configuration that reuses a list. */
export const MAX_ALIAS_COUNT = 100;

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** An anchor (`&name`) where YAML allows one: at a line's start or after a space, ':', '-', '[', '{' or ','. */
const ANCHOR = /(?:^|[\s:\-[{,])&[^\s,[\]{}]/m;

/** Whether the text may hold an anchor (a false alarm only costs the slower parse). */
export function hasAnchors(text: string): boolean {
  return text.includes('&') && ANCHOR.test(text);
}

async function yamlModule(): Promise<YamlModule> {
  const loaded = (await import('yaml')) as YamlModule & { default?: YamlModule };
  return loaded.default ?? loaded;
}

/** Reports every tag outside the core schema; true when there is none. */
export async function checkYamlTags(doc: Document, lineCounter: LineCounter, file: string, findings: FindingCollector): Promise<boolean> {
  const { visit } = await yamlModule();
  let ok = true;
  visit(doc, {
    Node(_key, node) {
      const tag = (node as { tag?: string }).tag;
      if (tag === undefined || CORE_TAGS.has(tag)) return;
      ok = false;
      const range = (node as { range?: [number, number, number] }).range;
      findings.raise(
        RULE.config.yamlTag,
        file,
        { tag: quote(tag.replace('tag:yaml.org,2002:', '!!'), 60) },
        { line: range ? lineCounter.linePos(range[0]).line : 1 },
      );
    },
  });
  return ok;
}

/** The document as plain data, with aliases expanded at most MAX_ALIAS_COUNT times. */
export function toPlainData(doc: Document, file: string, findings: FindingCollector): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    findings.raise(RULE.config.yamlAliases, file, { limit: MAX_ALIAS_COUNT });
    return { ok: false };
  }
}
