// What the dataset rules need to know about a municipality's participants, packed: canonical id →
// slot, and per slot the line, start date (as yyyymmdd), target group and whether the person
// occurs in kaa_contacts.csv. Typed arrays keep this at a few dozen bytes per participant, so a
// validate run without a consumer stays small even for a million rows.

export class ParticipantIndex {
  private readonly slots = new Map<string, number>();
  private lines = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private groups = new Uint8Array(1024);
  private flags = new Uint8Array(1024);
  size = 0;

  /** Slot of an id, or -1. */
  find(id: string): number {
    return this.slots.get(id) ?? -1;
  }

  /**
   * Adds a participant; returns its slot, or −(slot + 1) of the first occurrence when the id is
   * already there. `start` is 0 and `group` 0 when the row's own values were invalid.
   */
  add(id: string, line: number, start: number, group: number, valid: boolean): number {
    const existing = this.slots.get(id);
    if (existing !== undefined) return -(existing + 1);
    if (this.size === this.lines.length) this.grow();
    const slot = this.size++;
    // A long id may be a slice of a whole decoded chunk; copying it keeps the chunk collectable.
    this.slots.set(id.length >= 13 ? (' ' + id).slice(1) : id, slot);
    this.lines[slot] = line;
    this.starts[slot] = start;
    this.groups[slot] = group;
    this.flags[slot] = valid ? VALID : 0;
    return slot;
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

  private grow(): void {
    const n = this.lines.length * 2;
    const lines = new Int32Array(n);
    lines.set(this.lines);
    this.lines = lines;
    const starts = new Int32Array(n);
    starts.set(this.starts);
    this.starts = starts;
    const groups = new Uint8Array(n);
    groups.set(this.groups);
    this.groups = groups;
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.flags = flags;
  }
}

const VALID = 1;
const IN_KAA = 2;

/** yyyymmdd of an ISO date that has already been checked, for cheap comparisons. */
export function dateNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}
