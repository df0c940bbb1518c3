// What the dataset rules need to know about a municipality's participants, packed: canonical id →
// slot, and per slot the line, start date (as yyyymmdd), target group and whether the person
// occurs in kaa_contacts.csv. Typed arrays keep this at a few dozen bytes per participant, so a
// validate run without a consumer stays small even for a million rows.

export class ParticipantIndex {
  // An open-addressing hash table of our own instead of a Map: with a million fresh id strings a
  // Map spends most of validate's time growing and rehashing; this one rehashes from stored
  // hashes in typed arrays. table holds slot + 1 (0 = empty).
  private table = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  // The ids themselves, as ASCII bytes in one growing buffer (valid ids are ASCII: pseudonyms by
  // their pattern, personnummer in canonical form): a million ids cost ~10 MB here instead of a
  // million heap strings for the garbage collector to trace.
  private arena = new Uint8Array(1 << 14);
  private offsets = new Int32Array(1025);
  private hashes = new Int32Array(1024);
  private lines = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private groups = new Uint8Array(1024);
  private flags = new Uint8Array(1024);
  size = 0;

  /** Slot of an id, or -1. */
  find(id: string): number {
    const h = hashOf(id);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const entry = this.table[i]!;
      if (entry === 0) return -1;
      if (this.hashes[entry - 1] === h && this.equals(entry - 1, id)) return entry - 1;
    }
  }

  /**
   * Adds a participant; returns its slot, or −(slot + 1) of the first occurrence when the id is
   * already there. `start` is 0 and `group` 0 when the row's own values were invalid.
   */
  add(id: string, line: number, start: number, group: number, valid: boolean): number {
    const h = hashOf(id);
    let i = h & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const entry = this.table[i]!;
      if (entry === 0) break;
      if (this.hashes[entry - 1] === h && this.equals(entry - 1, id)) return -entry;
    }
    if (this.size === this.lines.length) this.growColumns();
    const slot = this.size++;
    this.table[i] = slot + 1;
    this.store(slot, id);
    this.hashes[slot] = h;
    this.lines[slot] = line;
    this.starts[slot] = start;
    this.groups[slot] = group;
    this.flags[slot] = valid ? VALID : 0;
    if (this.size * 2 > this.mask) this.growTable();
    return slot;
  }

  /** The id of a slot, as stored (canonical form). */
  id(slot: number): string {
    return String.fromCharCode(...this.arena.subarray(this.offsets[slot]!, this.offsets[slot + 1]!));
  }

  private equals(slot: number, id: string): boolean {
    const start = this.offsets[slot]!;
    if (this.offsets[slot + 1]! - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.arena[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private store(slot: number, id: string): void {
    const start = this.offsets[slot]!;
    if (start + id.length > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, start + id.length));
      bigger.set(this.arena);
      this.arena = bigger;
    }
    for (let i = 0; i < id.length; i++) this.arena[start + i] = id.charCodeAt(i);
    this.offsets[slot + 1] = start + id.length;
  }

  line(slot: number): number {
    return this.lines[slot]!;
  }
  start(slot: number): number {
    return this.starts[slot]!;
  }
  group(slot: number): number {
    return this.groups[slot]!;
  }
  /** Whether the participant's own row passed the row rules (its record exists). */
  valid(slot: number): boolean {
    return (this.flags[slot]! & VALID) !== 0;
  }
  markInKaa(slot: number): void {
    this.flags[slot] = this.flags[slot]! | IN_KAA;
  }
  inKaa(slot: number): boolean {
    return (this.flags[slot]! & IN_KAA) !== 0;
  }

  private growTable(): void {
    const capacity = (this.mask + 1) * 2;
    const table = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let slot = 0; slot < this.size; slot++) {
      let i = this.hashes[slot]! & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = slot + 1;
    }
    this.table = table;
    this.mask = mask;
  }

  private growColumns(): void {
    const n = this.lines.length * 2;
    const grow = <A extends Int32Array | Uint8Array>(old: A, make: (n: number) => A): A => {
      const bigger = make(n);
      bigger.set(old);
      return bigger;
    };
    this.hashes = grow(this.hashes, (k) => new Int32Array(k));
    const offsets = new Int32Array(n + 1);
    offsets.set(this.offsets);
    this.offsets = offsets;
    this.lines = grow(this.lines, (k) => new Int32Array(k));
    this.starts = grow(this.starts, (k) => new Int32Array(k));
    this.groups = grow(this.groups, (k) => new Uint8Array(k));
    this.flags = grow(this.flags, (k) => new Uint8Array(k));
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const VALID = 1;
const IN_KAA = 2;
