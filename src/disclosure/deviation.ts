// The protection program of ./protect.ts over some cells. Programs are kept on a shelf
// (./shelf.ts) and used again for the next cell over the same part: only the costs are brought up
// to date (a cell hidden since costs less to move) and the target's bounds set.
import type { Highs } from 'highs';
import { LinearProgram } from './lp.js';
import type { DisclosureModel } from './model.js';

const EPS = 1e-7;

/**
 * The protection program over some cells: columns 2i (up) and 2i+1 (down) for cell i, d = up −
 * down. Rows: every relation that names one of the cells, written for the deviation with every
 * other cell held still: eq → Σ a·d = 0, le → Σ a·d ≤ −Σ a·x.
 */
export class DeviationProgram {
  private readonly lp: LinearProgram;
  private readonly column = new Map<number, number>();
  /** The cost per unit each cell's columns carry now. */
  private readonly cost: Float64Array;

  constructor(
    highs: Highs,
    private readonly model: DisclosureModel,
    byCell: readonly number[][],
    columnOf: Int32Array,
    private readonly over: readonly number[],
    moveCost: (cell: number) => number,
    /** The most each cell may move either way (a push, below); by default up is unbounded. */
    cap?: (cell: number) => number,
  ) {
    over.forEach((cell, i) => {
      this.column.set(cell, i);
      columnOf[cell] = i;
    });
    const cells = model.cells;
    const seen = new Set<number>();
    const relationIds: number[] = [];
    for (const cell of over) {
      for (const r of byCell[cell]!) {
        if (seen.has(r)) continue;
        seen.add(r);
        relationIds.push(r);
      }
    }
    relationIds.sort((a, b) => a - b);
    // Compressed rows built straight away: these programs are built by the thousand, and one small
    // array per coefficient cost more than solving them. A relation names each cell once, so no
    // row names a column twice.
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    const rowLower: number[] = [];
    const rowUpper: number[] = [];
    for (const r of relationIds) {
      const relation = model.relations[r]!;
      let slack = 0;
      for (const [cell, a] of relation.terms) {
        slack -= a * cells[cell]!.value;
        const i = columnOf[cell]!;
        if (i < 0) continue;
        indices.push(2 * i, 2 * i + 1);
        values.push(a, -a);
      }
      starts.push(indices.length);
      rowLower.push(relation.kind === 'eq' ? 0 : -Infinity);
      rowUpper.push(relation.kind === 'eq' ? 0 : Math.max(0, slack));
    }
    for (const cell of over) columnOf[cell] = -1;
    const colLower = new Float64Array(2 * over.length);
    const colUpper = new Float64Array(2 * over.length);
    const colCost = new Float64Array(2 * over.length);
    this.cost = Float64Array.from(over, moveCost);
    over.forEach((cell, i) => {
      const limit = cap?.(cell) ?? Infinity;
      colUpper[2 * i] = limit;
      colUpper[2 * i + 1] = Math.min(limit, cells[cell]!.value);
      colCost[2 * i] = colCost[2 * i + 1] = this.cost[i]!;
    });
    this.lp = new LinearProgram(highs, { colLower, colUpper, colCost, rowLower, rowUpper, starts, indices, values });
  }

  /**
   * Brings every cell's cost up to date (cells hidden since the program was built cost less) and
   * forgets the last basis: the next solve is the one a program just built would make.
   */
  reprice(moveCost: (cell: number) => number): void {
    this.lp.restart();
    this.over.forEach((cell, i) => {
      const cost = moveCost(cell);
      if (cost === this.cost[i]) return;
      this.cost[i] = cost;
      this.lp.setCost(2 * i, cost);
      this.lp.setCost(2 * i + 1, cost);
    });
  }

  /** Moves `target` by `amount` (negative: down); the cells moved, or undefined when impossible. */
  deviate(target: number, amount: number): Array<readonly [number, number]> | undefined {
    const i = this.column.get(target)!;
    // The target's own cost is left alone: its columns are fixed, so it only shifts the objective,
    // and unchanged costs keep the last basis dual feasible for a fast warm start.
    if (amount > 0) {
      this.lp.setColBounds(2 * i, amount, amount);
      this.lp.setColBounds(2 * i + 1, 0, 0);
    } else {
      this.lp.setColBounds(2 * i, 0, 0);
      this.lp.setColBounds(2 * i + 1, -amount, -amount);
    }
    const out = this.lp.solve('min');
    this.lp.setColBounds(2 * i, 0, Infinity);
    this.lp.setColBounds(2 * i + 1, 0, this.model.cells[target]!.value);
    if (out.status !== 'optimal') return undefined;
    return this.moved(out.x);
  }

  /** Every cell pushed up (or down) at once, as far as the caps allow; the cells moved. */
  push(sense: 'up' | 'down'): Array<readonly [number, number]> | undefined {
    const costs: Array<[number, number]> = [];
    this.over.forEach((_, i) => costs.push([2 * i, 1], [2 * i + 1, -1]));
    const out = this.lp.optimize(costs, sense === 'up' ? 'max' : 'min');
    if (out.status !== 'optimal') return undefined;
    return this.moved(out.x);
  }

  private moved(x: Float64Array): Array<readonly [number, number]> {
    const moved: Array<readonly [number, number]> = [];
    this.over.forEach((cell, k) => {
      const d = x[2 * k]! - x[2 * k + 1]!;
      if (Math.abs(d) > EPS) moved.push([cell, d]);
    });
    return moved;
  }

  dispose(): void {
    this.lp.dispose();
  }
}
