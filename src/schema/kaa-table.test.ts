import { describe, expect, it } from 'vitest';
import { KaaTable } from './kaa-table.js';
import { recordsOf } from './row-table.js';
import type { KaaContactRecord } from './records.js';

describe('KaaTable', () => {
  const rows: KaaContactRecord[] = [
    { line: 2, personId: '811218-9876', contactDate: '2016-01-20', channel: 'phone', result: 'reached' },
    { line: 3, personId: 'K100', contactDate: '2016-02-03', channel: 'home_visit', result: 'not_reached', gender: 'female' },
    { line: 4, personId: '811218-9876', contactDate: '2017-12-31', channel: 'sms', result: 'declined', gender: 'male' },
  ];

  it('gives back the records it was filled with, in file order, an absent gender absent', () => {
    expect(KaaTable.from(rows).toJSON()).toEqual(rows);
    expect(JSON.parse(JSON.stringify(KaaTable.from(rows)))).toEqual(rows);
    expect(recordsOf(rows)).toEqual(rows);
    expect(KaaTable.from(rows).toJSON()[0]).not.toHaveProperty('gender');
  });

  it('keeps each person id once and grows past its first arrays', () => {
    const many = Array.from(
      { length: 700 },
      (_, i): KaaContactRecord => ({ line: i + 2, personId: `K${i % 9}`, contactDate: '2018-06-01', channel: 'letter', result: 'reached' }),
    );
    const table = KaaTable.from(many);
    expect(table.ids).toHaveLength(9);
    expect(table.toJSON()).toEqual(many);
  });
});
