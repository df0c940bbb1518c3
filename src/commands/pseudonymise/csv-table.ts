// A CSV table for pseudonymising: its records as text for the plan (rewrite.ts), and the plan's
// edits written back into the bytes, every other byte kept (BOM, delimiter, quotes, line breaks).
import { type CsvRecord, csvRecords, delimiterOf, fieldValue } from './csv-fields.js';
import type { TableEdits } from './rewrite.js';

export interface CsvText {
  /** The file's bytes as latin1 (csv-fields.ts). */
  text: string;
  encoding: 'utf-8' | 'latin1';
}

export interface CsvTable {
  records: string[][];
  /** The text with the edits made. */
  apply(edits: TableEdits): string;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

function splice(text: string, edits: Splice[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

export function csvTable({ text, encoding }: CsvText): CsvTable {
  const records: CsvRecord[] = csvRecords(text);
  return {
    records: records.map((r) => r.fields.map((f) => fieldValue(text, f, encoding))),
    apply(edits) {
      // Pseudonyms and gender codes are ASCII without delimiters or quotes: written as they are.
      const splices: Splice[] = edits.cells.map(({ record, field, value }) => ({ ...records[record]!.fields[field]!, text: value }));
      edits.addedGender?.forEach((value, r) => {
        if (value !== undefined) splices.push({ start: records[r]!.end, end: records[r]!.end, text: `${delimiterOf(text)}${value}` });
      });
      return splice(text, splices);
    },
  };
}
