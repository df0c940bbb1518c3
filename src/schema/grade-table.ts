// A municipality's grade rows for the figures, in columns. A national run collects millions of
// them (5.5 M on the bench data), and as one object and an id string per row they cost more than
// computing the figures: every one had to survive the young generation, and figures took ~3 s
// longer than validate just to keep them. Here a row is four numbers in typed arrays and each
// participant's id is stored once. The rows read back as GradeRecords (records(), toJSON).
import { GRADES, SUBJECTS, type Grade, type Subject } from './codes.js';
import type { GradeRecord } from './records.js';

const SUBJECT_CODE = new Map<string, number>(SUBJECTS.map((s, i) => [s, i]));
const GRADE_CODE = new Map<string, number>(GRADES.map((g, i) => [g, i]));

/** The term a termOrder stands for: year * 2, +1 for HT (see GradeRecord). */
function termOf(termOrder: number): string {
  return `${termOrder % 2 === 1 ? 'HT' : 'VT'}${Math.floor(termOrder / 2)}`;
}

/** Grade rows as records, whichever form they come in. */
export function gradeRecords(rows: GradeTable | readonly GradeRecord[]): GradeRecord[] {
  return rows instanceof GradeTable ? rows.toJSON() : [...rows];
}

export class GradeTable {
  /** Participant ids, each once, in order of their first row. */
  readonly ids: string[] = [];
  private readonly idIndex = new Map<string, number>();
  private lastId = '';
  private lastIndex = -1;
  length = 0;
  person = new Int32Array(256);
  termOrder = new Int32Array(256);
  subject = new Uint8Array(256);
  grade = new Uint8Array(256);
  line = new Int32Array(256);

  static from(records: readonly GradeRecord[]): GradeTable {
    const table = new GradeTable();
    for (const r of records) table.push(r.line, r.participantId, r.termOrder, r.subject, r.grade);
    return table;
  }

  push(line: number, participantId: string, termOrder: number, subject: Subject, grade: Grade): void {
    if (this.length === this.person.length) this.grow();
    // A participant's rows usually come together: most rows need no map look-up.
    if (participantId !== this.lastId || this.lastIndex < 0) {
      let index = this.idIndex.get(participantId);
      if (index === undefined) {
        index = this.ids.length;
        this.ids.push(participantId);
        this.idIndex.set(participantId, index);
      }
      this.lastId = participantId;
      this.lastIndex = index;
    }
    const row = this.length++;
    this.person[row] = this.lastIndex;
    this.termOrder[row] = termOrder;
    this.subject[row] = SUBJECT_CODE.get(subject)!;
    this.grade[row] = GRADE_CODE.get(grade)!;
    this.line[row] = line;
  }

  subjectAt(row: number): Subject {
    return SUBJECTS[this.subject[row]!]!;
  }

  gradeAt(row: number): Grade {
    return GRADES[this.grade[row]!]!;
  }

  /** The rows as records, in file order. */
  *records(): IterableIterator<GradeRecord> {
    for (let row = 0; row < this.length; row++) {
      const termOrder = this.termOrder[row]!;
      yield {
        line: this.line[row]!,
        participantId: this.ids[this.person[row]!]!,
        term: termOf(termOrder),
        termOrder,
        subject: this.subjectAt(row),
        grade: this.gradeAt(row),
      };
    }
  }

  toJSON(): GradeRecord[] {
    return [...this.records()];
  }

  private grow(): void {
    const size = this.person.length * 2;
    const bigger = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.person = bigger(this.person, (n) => new Int32Array(n));
    this.termOrder = bigger(this.termOrder, (n) => new Int32Array(n));
    this.subject = bigger(this.subject, (n) => new Uint8Array(n));
    this.grade = bigger(this.grade, (n) => new Uint8Array(n));
    this.line = bigger(this.line, (n) => new Int32Array(n));
  }
}
