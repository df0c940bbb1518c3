// What GradeTable and KaaTable share: rows kept in typed-array columns rather than as one object
// each (see grade-table.ts for why), every row belonging to a person whose id is stored once, and
// the rows read back as records for tests and JSON.

/** A typed array twice the size, with the same contents at the start. */
export function grown<A extends Int32Array | Uint8Array>(a: A): A {
  const bigger = new (a.constructor as new (n: number) => A)(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** Each value's index in `values`: the code a column stores for it. */
export function codeIndex<T extends string>(values: readonly T[]): Map<string, number> {
  return new Map<string, number>(values.map((v, i) => [v, i]));
}

/** Ids, each stored once, by index in order of first use; a run of rows of one id needs no look-up. */
class IdColumn {
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

export abstract class RowTable<R> {
  private readonly people = new IdColumn();
  length = 0;
  /** Index into `ids` of each row's person. */
  person = new Int32Array(256);
  line = new Int32Array(256);

  /** Person ids, each once, in order of their first row. */
  get ids(): readonly string[] {
    return this.people.ids;
  }

  /** The row `record` reads back as. */
  abstract recordAt(row: number): R;

  /** The rows as records, in file order. */
  *records(): IterableIterator<R> {
    for (let row = 0; row < this.length; row++) yield this.recordAt(row);
  }

  toJSON(): R[] {
    return [...this.records()];
  }

  /** A new row of `id`'s, read on `line`; the subclass fills in its own columns at the index returned. */
  protected addRow(line: number, id: string): number {
    if (this.length === this.person.length) {
      this.person = grown(this.person);
      this.line = grown(this.line);
      this.growColumns();
    }
    const row = this.length++;
    this.person[row] = this.people.indexOf(id);
    this.line[row] = line;
    return row;
  }

  /** Doubles the subclass's own columns (with grown), as addRow does person and line. */
  protected abstract growColumns(): void;
}

/** Rows as records, whichever form they come in. */
export function recordsOf<R>(rows: RowTable<R> | readonly R[]): R[] {
  return rows instanceof RowTable ? rows.toJSON() : [...rows];
}
