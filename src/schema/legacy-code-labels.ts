// TEMPORARY: the code lists' labels as records, for src/indicators/labels.ts only (the spreadsheet
// export's row labels), which the indicators' copy fragments replace. The words themselves are in
// templates/copy/sv.json under codes.<list>.<code>; these records look them up when read. Delete
// this file, and its re-exports in codes.ts, once nothing imports them.
import { copy } from '../html/copy.js';

/** { code: label } whose values are read from the catalogue's codes.<list>.<code>. */
export function legacyLabels<K extends string>(list: string, codes: readonly K[]): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const code of codes) Object.defineProperty(record, code, { enumerable: true, get: () => copy(`codes.${list}.${code}`) });
  return record;
}

/** Adds a `label` read from the catalogue's codes.<list>.<code> to each entry. */
export function withLegacyLabels<K extends string, T extends object>(list: string, entries: Record<K, T>): Record<K, T & { readonly label: string }> {
  const out = {} as Record<K, T & { readonly label: string }>;
  for (const [code, entry] of Object.entries(entries) as Array<[K, T]>) {
    out[code] = Object.defineProperty({ ...entry }, 'label', { enumerable: true, get: () => copy(`codes.${list}.${code}`) }) as T & { readonly label: string };
  }
  return out;
}
