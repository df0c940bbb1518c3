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

/** Ids, each stored once, by index in order of first use; a run of rows of one id needs no look-up. */
export class IdColumn {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private lastId = '';
  private lastIndex = -1;

  indexOf(id: string): number {
    if (id === this.lastId && this.lastIndex >= 0) return this.lastIndex;
    let index = this.index.get(id);
    if (index === undefined) {
      index = this.ids.length;
      this.ids.push(id);
      this.index.set(id, index);
    }
    this.lastId = id;
    this.lastIndex = index;
    return index;
  }
}

/** A typed array twice the size, with the same contents at the start. */
export function grown<A extends Int32Array | Uint8Array>(a: A): A {
  const bigger = new (a.constructor as new (n: number) => A)(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** Grade rows as records, whichever form they come in. */
export function gradeRecords(rows: GradeTable | readonly GradeRecord[]): GradeRecord[] {
  return rows instanceof GradeTable ? rows.toJSON() : [...rows];
}

export class GradeTable {
  private readonly people = new IdColumn();
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

  /** Participant ids, each once, in order of their first row. */
  get ids(): readonly string[] {
    return this.people.ids;
  }

  push(line: number, participantId: string, termOrder: number, subject: Subject, grade: Grade): void {
    if (this.length === this.person.length) this.grow();
    const row = this.length++;
    this.person[row] = this.people.indexOf(participantId);
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
    this.person = grown(this.person);
    this.termOrder = grown(this.termOrder);
    this.subject = grown(this.subject);
    this.grade = grown(this.grade);
    this.line = grown(this.line);
  }
}
