// Pseudonymising one municipality's tables: every person id becomes its keyed-hash pseudonym, and
// a KAA person's gender that the figures would read from the personnummer is first written into
// kaa_contacts.csv's gender column (added when missing), so no figure changes.
import type { Gender } from '../../schema/codes.js';
import { foldKey } from '../../schema/codes.js';
import { CSV_SPECS, type CsvFileKind } from '../../schema/csv.js';
import { FIELD_PARSERS } from '../../validate/fields.js';
import { genderFromPersonalNumber } from '../../indicators/kaa/compute.js';
import { parsePersonId } from '../../validate/fields.js';
import { type CsvRecord, csvRecords, delimiterOf, fieldValue } from './csv-fields.js';
import { pseudonymFor } from './pseudonym.js';

export interface TableText {
  kind: CsvFileKind;
  /** The file's bytes as latin1 (csv-fields.ts). */
  text: string;
  encoding: 'utf-8' | 'latin1';
}

interface Parsed extends TableText {
  records: CsvRecord[];
  idColumn: number;
}

/** Every pseudonym given out, with the id it stands for: two ids on one pseudonym are refused. */
export type PseudonymLedger = Map<string, string>;

export class PseudonymCollision extends Error {}

function columnIndex(kind: CsvFileKind, header: string[], name: string): number {
  const spec = CSV_SPECS[kind];
  const column = spec.columns.find((c) => c.name === name)!;
  const names = new Set([column.name, ...column.aliases].map(foldKey));
  return header.findIndex((h) => names.has(foldKey(h)));
}

function parse(table: TableText): Parsed | undefined {
  const records = csvRecords(table.text);
  const header = records[0]?.fields.map((f) => fieldValue(table.text, f, table.encoding)) ?? [];
  const idName = CSV_SPECS[table.kind].columns.find((c) => c.type === 'person_id')!.name;
  const idColumn = columnIndex(table.kind, header, idName);
  return idColumn === -1 ? undefined : { ...table, records, idColumn };
}

const canonical = (raw: string) => parsePersonId(raw.trim()) ?? raw.trim();

/**
 * The KAA persons whose gender the figures take from their personnummer (contract §8's order:
 * participant, then a gender on any of their KAA rows, then the personnummer), by canonical id.
 */
function gendersFromPersonalNumbers(kaa: Parsed, participantIds: ReadonlySet<string>): Map<string, Gender> {
  const header = kaa.records[0]!.fields.map((f) => fieldValue(kaa.text, f, kaa.encoding));
  const genderColumn = columnIndex('kaa_contacts', header, 'gender');
  const parseGender = FIELD_PARSERS.gender as (raw: string) => Gender | undefined;
  const withRowGender = new Set<string>();
  const fromPnr = new Map<string, Gender>();
  for (const record of kaa.records.slice(1)) {
    const raw = fieldValue(kaa.text, record.fields[kaa.idColumn], kaa.encoding).trim();
    const id = canonical(raw);
    const rowGender = genderColumn === -1 ? '' : fieldValue(kaa.text, record.fields[genderColumn], kaa.encoding).trim();
    if (rowGender !== '' && parseGender(rowGender) !== undefined) withRowGender.add(id);
    const derived = genderFromPersonalNumber(raw);
    if (derived && !fromPnr.has(id)) fromPnr.set(id, derived);
  }
  for (const id of [...fromPnr.keys()]) if (withRowGender.has(id) || participantIds.has(id)) fromPnr.delete(id);
  return fromPnr;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  const sorted = edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

function pseudonymOf(key: Uint8Array, raw: string, ledger: PseudonymLedger): string {
  const pseudonym = pseudonymFor(key, raw);
  const id = canonical(raw);
  const before = ledger.get(pseudonym);
  if (before !== undefined && before !== id && before !== pseudonym) throw new PseudonymCollision(pseudonym);
  ledger.set(pseudonym, id);
  return pseudonym;
}

function rewriteOne(table: Parsed, key: Uint8Array, ledger: PseudonymLedger, genders: Map<string, Gender>): string {
  const edits: Edit[] = [];
  let genderColumn = -1;
  let addGender = false;
  if (table.kind === 'kaa_contacts' && genders.size > 0) {
    const header = table.records[0]!.fields.map((f) => fieldValue(table.text, f, table.encoding));
    genderColumn = columnIndex('kaa_contacts', header, 'gender');
    addGender = genderColumn === -1;
    if (addGender) edits.push({ start: table.records[0]!.end, end: table.records[0]!.end, text: `${delimiterOf(table.text)}gender` });
  }
  for (const record of table.records.slice(1)) {
    const span = record.fields[table.idColumn];
    if (!span) continue;
    const raw = fieldValue(table.text, span, table.encoding);
    if (raw.trim() !== '') edits.push({ start: span.start, end: span.end, text: pseudonymOf(key, raw, ledger) });
    if (genderColumn === -1 && !addGender) continue;
    const gender = genders.get(canonical(raw)) ?? '';
    if (addGender) edits.push({ start: record.end, end: record.end, text: `${delimiterOf(table.text)}${gender}` });
    else {
      const cell = record.fields[genderColumn];
      if (gender !== '' && cell && fieldValue(table.text, cell, table.encoding).trim() === '') edits.push({ ...cell, text: gender });
    }
  }
  return applyEdits(table.text, edits);
}

/** One municipality's tables, rewritten (same order); a table without its id column is left as is. */
export function pseudonymiseTables(tables: TableText[], key: Uint8Array, ledger: PseudonymLedger): string[] {
  const parsed = tables.map(parse);
  const participants = parsed.find((p) => p?.kind === 'participants');
  const participantIds = new Set(
    participants?.records
      .slice(1)
      .map((r) => canonical(fieldValue(participants.text, r.fields[participants.idColumn], participants.encoding))) ?? [],
  );
  const kaa = parsed.find((p) => p?.kind === 'kaa_contacts');
  const genders = kaa && kaa.records.length > 0 ? gendersFromPersonalNumbers(kaa, participantIds) : new Map<string, Gender>();
  return parsed.map((table, i) => (table ? rewriteOne(table, key, ledger, genders) : tables[i]!.text));
}
