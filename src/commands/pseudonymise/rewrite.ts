// Pseudonymising one municipality's tables: every person id becomes its keyed-hash pseudonym, and
// a KAA person's gender that the figures would read from the personnummer is first written into
// kaa_contacts' gender column (added when missing), so no figure changes. Planned on the tables'
// text whatever their format (CSV or a workbook, csv-table.ts and xlsx-table.ts apply the edits),
// so a municipality mixing the two is pseudonymised as one.
import type { Gender } from '../../schema/codes.js';
import { foldKey } from '../../schema/codes.js';
import { CSV_SPECS, type CsvFileKind } from '../../schema/csv.js';
import { FIELD_PARSERS } from '../../validate/fields.js';
import { genderFromPersonalNumber } from '../../indicators/kaa/compute.js';
import { parsePersonId } from '../../validate/fields.js';
import { pseudonymFor } from './pseudonym.js';

/** A table as text: its records, header first, each a list of field values (blank records left out). */
export interface TableGrid {
  kind: CsvFileKind;
  records: string[][];
}

export interface CellEdit {
  record: number;
  field: number;
  value: string;
}

export interface TableEdits {
  cells: CellEdit[];
  /**
   * A gender column added after the last field: the value of each record ('gender' for the
   * header), undefined for a record left alone. Absent when no column is added.
   */
  addedGender?: (string | undefined)[];
}

/** Every pseudonym given out, with the id it stands for: two ids on one pseudonym are refused. */
export type PseudonymLedger = Map<string, string>;
export class PseudonymCollision extends Error {}

interface Parsed extends TableGrid {
  idColumn: number;
}

function columnIndex(kind: CsvFileKind, header: readonly string[], name: string): number {
  const column = CSV_SPECS[kind].columns.find((c) => c.name === name)!;
  const names = new Set([column.name, ...column.aliases].map(foldKey));
  return header.findIndex((h) => names.has(foldKey(h)));
}

function parse(table: TableGrid): Parsed | undefined {
  const idName = CSV_SPECS[table.kind].columns.find((c) => c.type === 'person_id')!.name;
  const idColumn = columnIndex(table.kind, table.records[0] ?? [], idName);
  return idColumn === -1 ? undefined : { ...table, idColumn };
}

const canonical = (raw: string) => parsePersonId(raw.trim()) ?? raw.trim();
const field = (record: readonly string[], index: number) => record[index] ?? '';

/**
 * The KAA persons whose gender the figures take from their personnummer (contract §8's order:
 * participant, then a gender on any of their KAA rows, then the personnummer), by canonical id.
 */
function gendersFromPersonalNumbers(kaa: Parsed, participantIds: ReadonlySet<string>): Map<string, Gender> {
  const genderColumn = columnIndex('kaa_contacts', kaa.records[0]!, 'gender');
  const parseGender = FIELD_PARSERS.gender as (raw: string) => Gender | undefined;
  const withRowGender = new Set<string>();
  const fromPnr = new Map<string, Gender>();
  for (const record of kaa.records.slice(1)) {
    const raw = field(record, kaa.idColumn).trim();
    const id = canonical(raw);
    const rowGender = genderColumn === -1 ? '' : field(record, genderColumn).trim();
    if (rowGender !== '' && parseGender(rowGender) !== undefined) withRowGender.add(id);
    const derived = genderFromPersonalNumber(raw);
    if (derived && !fromPnr.has(id)) fromPnr.set(id, derived);
  }
  for (const id of [...fromPnr.keys()]) if (withRowGender.has(id) || participantIds.has(id)) fromPnr.delete(id);
  return fromPnr;
}

function pseudonymOf(key: Uint8Array, raw: string, ledger: PseudonymLedger): string {
  const pseudonym = pseudonymFor(key, raw);
  const id = canonical(raw);
  const before = ledger.get(pseudonym);
  if (before !== undefined && before !== id && before !== pseudonym) throw new PseudonymCollision(pseudonym);
  ledger.set(pseudonym, id);
  return pseudonym;
}

function planOne(table: Parsed, key: Uint8Array, ledger: PseudonymLedger, genders: Map<string, Gender>): TableEdits {
  const edits: TableEdits = { cells: [] };
  let genderColumn = -1;
  if (table.kind === 'kaa_contacts' && genders.size > 0) {
    genderColumn = columnIndex('kaa_contacts', table.records[0]!, 'gender');
    if (genderColumn === -1) edits.addedGender = ['gender'];
  }
  const added = edits.addedGender;
  table.records.forEach((record, r) => {
    if (r === 0 || table.idColumn >= record.length) return;
    const raw = record[table.idColumn]!;
    // An id that is its pseudonym already (a second run) is not edited: the file stays as it is.
    const pseudonym = raw.trim() === '' ? raw : pseudonymOf(key, raw, ledger);
    if (pseudonym !== raw) edits.cells.push({ record: r, field: table.idColumn, value: pseudonym });
    const gender = genders.get(canonical(raw)) ?? '';
    if (added) added[r] = gender;
    else if (genderColumn !== -1 && gender !== '' && genderColumn < record.length && record[genderColumn]!.trim() === '') {
      edits.cells.push({ record: r, field: genderColumn, value: gender });
    }
  });
  return edits;
}

/** The edits of one municipality's tables (same order); undefined for a table without its id column (left as is). */
export function planPseudonyms(tables: TableGrid[], key: Uint8Array, ledger: PseudonymLedger): (TableEdits | undefined)[] {
  const parsed = tables.map(parse);
  const participants = parsed.find((p) => p?.kind === 'participants');
  const participantIds = new Set(participants?.records.slice(1).map((r) => canonical(field(r, participants.idColumn))) ?? []);
  const kaa = parsed.find((p) => p?.kind === 'kaa_contacts');
  const genders = kaa && kaa.records.length > 0 ? gendersFromPersonalNumbers(kaa, participantIds) : new Map<string, Gender>();
  return parsed.map((table) => (table ? planOne(table, key, ledger, genders) : undefined));
}
