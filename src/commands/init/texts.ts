// The Swedish words of what `init` writes (templates/init/sv.json): the tables' Swedish headers,
// the sheet name and the YAML files' comments. The report questions themselves come from the
// documents' copy catalogue, so a scaffold asks exactly what the report prints.
import { readFileSync } from 'node:fs';
import type { CsvFileKind } from '../../schema/csv.js';
import { packagePath } from '../../util/package-root.js';

export interface InitTexts {
  headers: Record<CsvFileKind, Record<string, string>>;
  yaml: Record<string, string>;
  sheet: string;
}

let loaded: InitTexts | undefined;

export function initTexts(): InitTexts {
  loaded ??= JSON.parse(readFileSync(packagePath('templates', 'init', 'sv.json'), 'utf8')) as InitTexts;
  return loaded;
}

/** A YAML comment text with its {placeholders} filled in. */
export function yamlText(key: string, values: Record<string, string> = {}): string {
  const text = initTexts().yaml[key];
  if (text === undefined) throw new Error(`templates/init/sv.json has no yaml.${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** The guide for coordinators, copied as it is. */
export function guideText(): string {
  return readFileSync(packagePath('templates', 'init', 'LÄS-MIG.md'), 'utf8');
}
