// The last few linear programs built, by the cells they are over. The parts programs are posed over
// (a municipality's figures, the same with partners, a family) repeat from cell to cell, and
// building a program can cost as much as solving it: a program found here is used again. The
// least recently used one is disposed of when a new one does not fit (each holds solver memory).
export class Shelf<P extends { dispose(): void }> {
  private readonly kept = new Map<string, { cells: readonly number[]; program: P }>();

  constructor(private readonly capacity: number) {}

  /** The program over exactly these cells (sorted ids), built by `build` when not on the shelf. */
  get(cells: readonly number[], build: () => P): P {
    const key = keyOf(cells);
    const found = this.kept.get(key);
    if (found) {
      this.kept.delete(key);
      if (sameCells(found.cells, cells)) {
        this.kept.set(key, found);
        return found.program;
      }
      found.program.dispose();
    }
    const program = build();
    this.kept.set(key, { cells, program });
    if (this.kept.size > this.capacity) {
      const [oldest, evicted] = this.kept.entries().next().value!;
      evicted.program.dispose();
      this.kept.delete(oldest);
    }
    return program;
  }

  dispose(): void {
    for (const { program } of this.kept.values()) program.dispose();
    this.kept.clear();
  }
}

/** A short key for a list of cells (FNV-1a over the ids); the list itself is compared on a hit. */
function keyOf(cells: readonly number[]): string {
  let hash = 0x811c9dc5;
  for (const cell of cells) hash = Math.imul(hash ^ cell, 0x01000193);
  return `${cells.length}:${cells[0]}:${hash >>> 0}`;
}

function sameCells(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
