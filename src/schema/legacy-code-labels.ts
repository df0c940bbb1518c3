// TEMPORARY: the code lists' labels as records, for src/indicators/labels.ts only (the spreadsheet
// export's row labels), which the indicators' copy fragments replace. The words themselves are in
// templates/copy/sv.json under codes.<list>.<code>; these records read them from there when read.
// schema/ sits below html/ (dependency-cruiser: schema-is-the-bottom), so this reads the file
// itself instead of asking src/html/copy.ts. Delete this file, and its re-exports in codes.ts,
// once nothing imports them.
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/package-root.js';

let codes: Record<string, Record<string, string>> | undefined;

function codeLabel(list: string, code: string): string {
  codes ??= (
    JSON.parse(readFileSync(packagePath('templates', 'copy', 'sv.json'), 'utf8')) as { codes: Record<string, Record<string, string>> }
  ).codes;
  const text = codes[list]?.[code];
  if (text === undefined) throw new Error(`missing copy "codes.${list}.${code}" in templates/copy/sv.json`);
  return text;
}

/** { code: label } whose values are read from the catalogue's codes.<list>.<code>. */
export function legacyLabels<K extends string>(list: string, codeList: readonly K[]): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const code of codeList) Object.defineProperty(record, code, { enumerable: true, get: () => codeLabel(list, code) });
  return record;
}

/** Adds a `label` read from the catalogue's codes.<list>.<code> to each entry. */
export function withLegacyLabels<K extends string, T extends object>(
  list: string,
  entries: Record<K, T>,
): Record<K, T & { readonly label: string }> {
  const out = {} as Record<K, T & { readonly label: string }>;
  for (const [code, entry] of Object.entries(entries) as Array<[K, T]>) {
    out[code] = Object.defineProperty({ ...entry }, 'label', { enumerable: true, get: () => codeLabel(list, code) }) as T & {
      readonly label: string;
    };
  }
  return out;
}
