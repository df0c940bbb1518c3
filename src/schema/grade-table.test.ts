import { describe, expect, it } from 'vitest';
import { GradeTable } from './grade-table.js';
import { recordsOf } from './row-table.js';
import type { GradeRecord } from './records.js';

const record = (
  line: number,
  participantId: string,
  term: string,
  subject: GradeRecord['subject'],
  grade: GradeRecord['grade'],
): GradeRecord => ({
  line,
  participantId,
  term,
  termOrder: Number(term.slice(2)) * 2 + (term.startsWith('HT') ? 1 : 0),
  subject,
  grade,
});

describe('GradeTable', () => {
  const rows = [
    record(2, 'P001', 'HT2016', 'SV', 'C'),
    record(3, 'P001', 'HT2016', 'ML', '-'),
    record(4, '811218-9876', 'VT2017', 'SVA', 'A'),
    record(5, 'P001', 'VT2017', 'EN', 'F'),
  ];

  it('gives back the records it was filled with, in file order', () => {
    expect(GradeTable.from(rows).toJSON()).toEqual(rows);
    expect(JSON.parse(JSON.stringify({ grades: GradeTable.from(rows) }))).toEqual({ grades: rows });
    expect(recordsOf(rows)).toEqual(rows);
  });

  it('keeps each participant id once, whether or not their rows come together', () => {
    const table = GradeTable.from(rows);
    expect(table.ids).toEqual(['P001', '811218-9876']);
    expect([...table.person.subarray(0, table.length)]).toEqual([0, 0, 1, 0]);
  });

  it('grows past its first arrays', () => {
    const many = Array.from({ length: 1000 }, (_, i) => record(i + 2, `P${i % 7}`, i % 2 ? 'HT2016' : 'VT2017', 'MA', 'B'));
    expect(GradeTable.from(many).toJSON()).toEqual(many);
  });
});
