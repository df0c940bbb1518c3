// Every word a document prints comes from one catalogue, templates/copy/sv.json: nested by
// document and section ("brochure.cover.subtitle"), with {name} placeholders filled in by
// `copy(key, values)`. Code holds keys, never Swedish words, so rewording a sentence is an edit of
// the catalogue, and an English edition is a second catalogue (copy/en.json) with the same keys.
//
// Parts of the catalogue may live beside the code they describe (an indicator's definition text
// and labels, src/indicators/<name>/copy.sv.json): `loadCatalogue` merges such fragments into the
// catalogue and refuses a key that two sources both define, so a fragment can never silently
// reword another's text.
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/package-root.js';

/** The catalogue flattened: "common.women" → "Kvinnor". */
export type Catalogue = Readonly<Record<string, string>>;

/** A nested part of a catalogue, as written in JSON: strings, or objects of them. */
export interface CopyTree {
  [key: string]: string | CopyTree;
}

/** A piece of the catalogue kept elsewhere, merged at the root; `source` names it in errors. */
export interface CopyFragment {
  source: string;
  copy: CopyTree;
}

/** The language of the documents; the catalogue is templates/copy/<language>.json. */
export const COPY_LANGUAGE = 'sv';

/** templates/copy/sv.json of the package. */
export const CATALOGUE_FILE = packagePath('templates', 'copy', `${COPY_LANGUAGE}.json`);

/**
 * Fragments merged into the package's catalogue. The indicators' own copy
 * (src/indicators/<name>/copy.sv.json, listed by their registry) goes here when it lands.
 */
export const COPY_FRAGMENTS: readonly CopyFragment[] = [];

/** Flattens a nested catalogue to dotted keys; `source` names it in errors. */
export function flattenCopy(tree: CopyTree, source: string, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.assign(flat, flattenCopy(value, source, path));
    else throw new Error(`${source}: "${path}" must be a string or an object of strings`);
  }
  return flat;
}

/**
 * The catalogue and its fragments as one flat catalogue. Throws when two sources define the same
 * key, or when one defines a key another uses as a section ("a.b" beside "a.b.c").
 */
export function mergeCopy(parts: readonly CopyFragment[]): Catalogue {
  const merged: Record<string, string> = {};
  const sourceOf = new Map<string, string>();
  const sections = new Map<string, string>();
  for (const part of parts) {
    for (const [key, text] of Object.entries(flattenCopy(part.copy, part.source))) {
      const clash = sourceOf.get(key) ?? sections.get(key);
      if (clash !== undefined) throw new Error(`copy key "${key}" is defined by both ${clash} and ${part.source}`);
      const segments = key.split('.');
      for (let i = 1; i < segments.length; i++) {
        const section = segments.slice(0, i).join('.');
        const owner = sourceOf.get(section);
        if (owner !== undefined) throw new Error(`copy key "${key}" of ${part.source} is inside "${section}", a text of ${owner}`);
        if (!sections.has(section)) sections.set(section, part.source);
      }
      merged[key] = text;
      sourceOf.set(key, part.source);
    }
  }
  return merged;
}

/** Reads a catalogue file (nested JSON) and merges the fragments into it. */
export function loadCatalogue(file: string = CATALOGUE_FILE, fragments: readonly CopyFragment[] = COPY_FRAGMENTS): Catalogue {
  const tree = JSON.parse(readFileSync(file, 'utf8')) as CopyTree;
  return mergeCopy([{ source: file, copy: tree }, ...fragments]);
}

let active: Catalogue | undefined;

/** The catalogue the documents print with: the package's, read once. */
export function catalogue(): Catalogue {
  active ??= loadCatalogue();
  return active;
}

/**
 * Prints the documents with another catalogue until the returned function is called (the
 * pseudo-locale test; an English edition). Undefined goes back to the package's catalogue.
 */
export function useCatalogue(replacement: Catalogue | undefined): () => void {
  const previous = active;
  active = replacement;
  return () => {
    active = previous;
  };
}

export type CopyValues = Readonly<Record<string, string | number>>;

/** Fills the {name} placeholders of a text; a placeholder without a value stays as it is. */
export function fillPlaceholders(text: string, values: CopyValues): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The text of `key` with its placeholders filled; a key the catalogue lacks throws. */
export function copy(key: string, values: CopyValues = {}): string {
  const text = catalogue()[key];
  if (text === undefined) throw new Error(`missing copy "${key}" in templates/copy/${COPY_LANGUAGE}.json`);
  return fillPlaceholders(text, values);
}
