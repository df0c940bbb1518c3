// A municipality's KAA contact rows for the figures, in columns, for the reason GradeTable gives:
// a million contact records (with their id and date strings) cost figures more to keep than to
// count. A row is a few numbers in typed arrays and each person's id is stored once
// (row-table.ts). The rows read back as KaaContactRecords.
import { GENDERS, KAA_CHANNELS, KAA_RESULTS, type Gender, type KaaChannel, type KaaResult } from './codes.js';
import { dateNumber } from './csv.js';
import type { KaaContactRecord } from './records.js';
import { RowTable, codeIndex, grown } from './row-table.js';

const CHANNEL = codeIndex(KAA_CHANNELS);
const RESULT = codeIndex(KAA_RESULTS);
const GENDER = codeIndex(GENDERS);
const NO_GENDER = 255;

export class KaaTable extends RowTable<KaaContactRecord> {
  /** YYYYMMDD */
  date = new Int32Array(256);
  channel = new Uint8Array(256);
  result = new Uint8Array(256);
  gender = new Uint8Array(256);

  static from(records: readonly KaaContactRecord[]): KaaTable {
    const table = new KaaTable();
    for (const r of records) table.push(r.line, r.personId, r.contactDate, r.channel, r.result, r.gender);
    return table;
  }

  push(line: number, personId: string, contactDate: string, channel: KaaChannel, result: KaaResult, gender: Gender | undefined): void {
    const row = this.addRow(line, personId);
    this.date[row] = dateNumber(contactDate);
    this.channel[row] = CHANNEL.get(channel)!;
    this.result[row] = RESULT.get(result)!;
    this.gender[row] = gender === undefined ? NO_GENDER : GENDER.get(gender)!;
  }

  resultAt(row: number): KaaResult {
    return KAA_RESULTS[this.result[row]!]!;
  }

  genderAt(row: number): Gender | undefined {
    const code = this.gender[row]!;
    return code === NO_GENDER ? undefined : GENDERS[code];
  }

  recordAt(row: number): KaaContactRecord {
    const d = String(this.date[row]!);
    const record: KaaContactRecord = {
      line: this.line[row]!,
      personId: this.ids[this.person[row]!]!,
      contactDate: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
      channel: KAA_CHANNELS[this.channel[row]!]!,
      result: this.resultAt(row),
    };
    const gender = this.genderAt(row);
    if (gender !== undefined) record.gender = gender;
    return record;
  }

  protected growColumns(): void {
    this.date = grown(this.date);
    this.channel = grown(this.channel);
    this.result = grown(this.result);
    this.gender = grown(this.gender);
  }
}
