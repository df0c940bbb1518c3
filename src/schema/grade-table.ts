// A municipality's grade rows for the figures, in columns. A national run collects millions of
// them (5.5 M on the bench data), and as one object and an id string per row they cost more than
// computing the figures: every one had to survive the young generation, and figures took ~3 s
// longer than validate just to keep them. Here a row is a few numbers in typed arrays and each
// participant's id is stored once (row-table.ts). The rows read back as GradeRecords.
import { GRADES, SUBJECTS, type Grade, type Subject } from './codes.js';
import type { GradeRecord } from './records.js';
import { RowTable, codeIndex, grown } from './row-table.js';

const SUBJECT_CODE = codeIndex(SUBJECTS);
const GRADE_CODE = codeIndex(GRADES);

/** The term a termOrder stands for: year * 2, +1 for HT (see GradeRecord). */
function termOf(termOrder: number): string {
  return `${termOrder % 2 === 1 ? 'HT' : 'VT'}${Math.floor(termOrder / 2)}`;
}

export class GradeTable extends RowTable<GradeRecord> {
  termOrder = new Int32Array(256);
  subject = new Uint8Array(256);
  grade = new Uint8Array(256);

  static from(records: readonly GradeRecord[]): GradeTable {
    const table = new GradeTable();
    for (const r of records) table.push(r.line, r.participantId, r.termOrder, r.subject, r.grade);
    return table;
  }

  push(line: number, participantId: string, termOrder: number, subject: Subject, grade: Grade): void {
    const row = this.addRow(line, participantId);
    this.termOrder[row] = termOrder;
    this.subject[row] = SUBJECT_CODE.get(subject)!;
    this.grade[row] = GRADE_CODE.get(grade)!;
  }

  subjectAt(row: number): Subject {
    return SUBJECTS[this.subject[row]!]!;
  }

  gradeAt(row: number): Grade {
    return GRADES[this.grade[row]!]!;
  }

  recordAt(row: number): GradeRecord {
    const termOrder = this.termOrder[row]!;
    return {
      line: this.line[row]!,
      participantId: this.ids[this.person[row]!]!,
      term: termOf(termOrder),
      termOrder,
      subject: this.subjectAt(row),
      grade: this.gradeAt(row),
    };
  }

  protected growColumns(): void {
    this.termOrder = grown(this.termOrder);
    this.subject = grown(this.subject);
    this.grade = grown(this.grade);
  }
}
