// A municipality's KAA contact rows for the figures, in columns, for the reason GradeTable gives:
// a million contact records (with their id and date strings) cost figures more to keep than to
// count. A row is a few numbers in typed arrays and each person's id is stored once. The rows read
// back as KaaContactRecords (records(), toJSON).
import { GENDERS, KAA_CHANNELS, KAA_RESULTS, type Gender, type KaaChannel, type KaaResult } from './codes.js';
import { IdColumn, grown } from './grade-table.js';
import type { KaaContactRecord } from './records.js';

const codes = <T extends string>(values: readonly T[]) => new Map<string, number>(values.map((v, i) => [v, i]));
const CHANNEL = codes(KAA_CHANNELS);
const RESULT = codes(KAA_RESULTS);
const GENDER = codes(GENDERS);
const NO_GENDER = 255;

/** Contact rows as records, whichever form they come in. */
export function kaaRecords(rows: KaaTable | readonly KaaContactRecord[]): KaaContactRecord[] {
  return rows instanceof KaaTable ? rows.toJSON() : [...rows];
}

export class KaaTable {
  private readonly people = new IdColumn();
  length = 0;
  person = new Int32Array(256);
  /** YYYYMMDD */
  date = new Int32Array(256);
  channel = new Uint8Array(256);
  result = new Uint8Array(256);
  gender = new Uint8Array(256);
  line = new Int32Array(256);

  static from(records: readonly KaaContactRecord[]): KaaTable {
    const table = new KaaTable();
    for (const r of records) table.push(r.line, r.personId, r.contactDate, r.channel, r.result, r.gender);
    return table;
  }

  /** Person ids, each once, in order of their first row. */
  get ids(): readonly string[] {
    return this.people.ids;
  }

  push(line: number, personId: string, contactDate: string, channel: KaaChannel, result: KaaResult, gender: Gender | undefined): void {
    if (this.length === this.person.length) this.grow();
    const row = this.length++;
    this.person[row] = this.people.indexOf(personId);
    this.date[row] = Number(contactDate.slice(0, 4) + contactDate.slice(5, 7) + contactDate.slice(8, 10));
    this.channel[row] = CHANNEL.get(channel)!;
    this.result[row] = RESULT.get(result)!;
    this.gender[row] = gender === undefined ? NO_GENDER : GENDER.get(gender)!;
    this.line[row] = line;
  }

  resultAt(row: number): KaaResult {
    return KAA_RESULTS[this.result[row]!]!;
  }

  genderAt(row: number): Gender | undefined {
    const code = this.gender[row]!;
    return code === NO_GENDER ? undefined : GENDERS[code];
  }

  /** The rows as records, in file order. */
  *records(): IterableIterator<KaaContactRecord> {
    for (let row = 0; row < this.length; row++) {
      const d = String(this.date[row]!);
      const record: KaaContactRecord = {
        line: this.line[row]!,
        personId: this.people.ids[this.person[row]!]!,
        contactDate: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
        channel: KAA_CHANNELS[this.channel[row]!]!,
        result: this.resultAt(row),
      };
      const gender = this.genderAt(row);
      if (gender !== undefined) record.gender = gender;
      yield record;
    }
  }

  toJSON(): KaaContactRecord[] {
    return [...this.records()];
  }

  private grow(): void {
    this.person = grown(this.person);
    this.date = grown(this.date);
    this.channel = grown(this.channel);
    this.result = grown(this.result);
    this.gender = grown(this.gender);
    this.line = grown(this.line);
  }
}
