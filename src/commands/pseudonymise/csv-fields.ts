// Where each field of a CSV text lies, so one column can be rewritten and every other byte kept.
// The text is the file's bytes read as latin1 (one char per byte): the delimiters, quotes and line
// breaks are ASCII in UTF-8 and windows-1252 alike, so positions are byte positions and
// Buffer.from(text, 'latin1') gives the file back unchanged.
import { detectDelimiter } from '../../ingest/reader.js';

export interface FieldSpan {
  /** Start and end of the field as written, quotes included. */
  start: number;
  end: number;
}

export interface CsvRecord {
  fields: FieldSpan[];
  /** Where the record's line break starts (or the text ends). */
  end: number;
}

const UTF8_BOM = '\xEF\xBB\xBF';

/** The text's records, header first; blank lines are left out (and left alone). */
export function csvRecords(text: string): CsvRecord[] {
  let pos = text.startsWith(UTF8_BOM) ? UTF8_BOM.length : 0;
  const delimiter = delimiterOf(text);
  const records: CsvRecord[] = [];
  while (pos < text.length) {
    const fields: FieldSpan[] = [];
    for (;;) {
      const start = pos;
      if (text[pos] === '"') {
        pos++;
        while (pos < text.length && !(text[pos] === '"' && text[pos + 1] !== '"')) pos += text[pos] === '"' ? 2 : 1;
        pos++; // the closing quote
      }
      while (pos < text.length && text[pos] !== delimiter && text[pos] !== '\n' && text[pos] !== '\r') pos++;
      fields.push({ start, end: pos });
      if (text[pos] !== delimiter) break;
      pos++;
    }
    const end = pos;
    if (text[pos] === '\r') pos++;
    if (text[pos] === '\n') pos++;
    if (!(fields.length === 1 && fields[0]!.start === fields[0]!.end)) records.push({ fields, end });
    if (end === text.length) break;
  }
  return records;
}

/** A field's value: quotes removed, doubled quotes undone, decoded from the file's encoding. */
export function fieldValue(text: string, span: FieldSpan | undefined, encoding: 'utf-8' | 'latin1'): string {
  if (!span) return '';
  let raw = text.slice(span.start, span.end);
  const quoted = /^\s*"([\s\S]*)"\s*$/.exec(raw);
  if (quoted) raw = quoted[1]!.replaceAll('""', '"');
  return encoding === 'utf-8' ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
}

/** The delimiter the records were split on (for a column added at the end of each record). */
export function delimiterOf(text: string): string {
  const body = text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  const headerEnd = body.search(/[\r\n]/);
  return detectDelimiter(headerEnd === -1 ? body : body.slice(0, headerEnd));
}
