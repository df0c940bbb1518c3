// Secondary suppression: hides more cells until the attacker (./attack.ts) can neither work out a
// hidden cell nor narrow a hidden small count below N.
//
// The method is the protection LP of Fischetti and Salazar, as used by τ-ARGUS' optimal and
// modular methods, solved cell by cell: to protect cell p upwards by U, find a deviation d of the
// cells with d_p = U such that x + d still satisfies every relation and is non-negative, moving
// only hidden cells and cells we may hide, at the least cost (cost per unit moved: tiny for a
// hidden cell, the cell's weight for a shown one). Every cell the deviation moves is hidden; then
// x + d is a table the attacker cannot tell from the true one, so max(p) ≥ x_p + U. The attacker's
// min is at most x_p (the true table is feasible), so the interval is at least U wide. Hiding
// more cells later only widens the attacker's feasible set, so a protected cell stays protected.
//
// Every solution also witnesses how far the other cells it moves can go; a cell whose witnessed
// range is already wide enough needs no program of its own.
//
// Each program is posed over a part of the table only, every other cell held still: a deviation
// of the part that keeps every relation is a deviation of the whole table, so the guarantee above
// is unchanged, and programs of a few thousand columns replace one over the whole region (or
// nation), whose size grows with every municipality. The parts, nearest first, come from the
// caller (./scopes.ts: the cell's municipality, then it with a few partners); then the cell's
// family of figures; only when none holds a deviation does the program take everything this
// stage may move.
import { neighbourhood } from './components.js';
import { LinearProgram, loadSolver } from './lp.js';
import { isSmall, relationValue, relationsByCell, type DisclosureModel } from './model.js';
import type { Highs } from 'highs';

export interface ProtectOptions {
  /** Shown cells that may be hidden (secondary candidates). Other shown cells stay fixed. */
  candidate: (cell: number) => boolean;
  /** Cost per unit of moving an already hidden cell; small, so that paths through hidden cells win. */
  hiddenMoveCost?: (cell: number) => number;
  /**
   * Cells that take part in relations outside this model (a region's own totals, which the nation
   * sums). A solution that moves one of them may not hold once those relations are added, so
   * witnesses are also kept apart for solutions that avoid them: see ProtectResult.internal.
   */
  exposed?: Uint8Array;
  /**
   * Cells hidden together with a cell (the other genders' figures of the same split, contract §7:
   * when one gender's figure is hidden, the other's is too). They must be movable.
   */
  companions?: (cell: number) => readonly number[];
  /**
   * Parts of the table to look for a deviation in first, nearest first (./scopes.ts); the cell's
   * family of figures and then everything movable follow.
   */
  scopes?: (cell: number) => ReadonlyArray<(cell: number) => boolean>;
  /** Witnessed ranges already known to hold (from an earlier stage): up and down, per cell. */
  initial?: Witnesses;
  /** Called between programs so the event loop can run (Ctrl-C, progress). */
  pause?: () => Promise<void>;
}

/** How far each cell is known to be able to move up and down without the attacker noticing. */
export interface Witnesses {
  up: Float64Array;
  down: Float64Array;
}

export interface ProtectResult {
  /** The cells hidden by this pass, in the order they were hidden. */
  added: number[];
  lps: number;
  /** Witnesses from solutions that moved no exposed cell (valid whatever the exposed cells' relations). */
  internal: Witnesses;
  /** Hidden cells no deviation could protect (the audit will fail on them). */
  unprotected: number[];
}

const HIDDEN_MOVE_COST = 0.01;
const EPS = 1e-7;

/** The width a hidden cell needs: N for a small count, one step otherwise. */
export function requiredWidth(model: DisclosureModel, cell: number, n: number): number {
  const c = model.cells[cell]!;
  return isSmall(c, n) ? n : c.step;
}

export async function protect(model: DisclosureModel, hidden: Uint8Array, n: number, options: ProtectOptions): Promise<ProtectResult> {
  const highs = await loadSolver();
  const cells = model.cells;
  const isMovable = (cell: number) => hidden[cell] === 1 || options.candidate(cell);
  const movable: number[] = [];
  for (let cell = 0; cell < cells.length; cell++) if (isMovable(cell)) movable.push(cell);
  const witness: Witnesses = options.initial
    ? { up: options.initial.up.slice(), down: options.initial.down.slice() }
    : { up: new Float64Array(cells.length), down: new Float64Array(cells.length) };
  const internal: Witnesses = options.initial
    ? { up: options.initial.up.slice(), down: options.initial.down.slice() }
    : { up: new Float64Array(cells.length), down: new Float64Array(cells.length) };
  const added: number[] = [];
  const unprotected: number[] = [];
  let lps = 0;
  if (movable.length === 0) return { added, lps, internal, unprotected };

  const byCell = relationsByCell(model);
  /** Scratch for the programs: each cell's column (−1: not in the program). */
  const columnOf = new Int32Array(cells.length).fill(-1);
  const moveCost = (cell: number) => (hidden[cell] ? (options.hiddenMoveCost?.(cell) ?? HIDDEN_MOVE_COST) : cells[cell]!.weight);
  /** A deviation: the cells it moves and by how much. */
  type Deviation = Array<readonly [cell: number, amount: number]>;

  /** The cheapest deviations that open `target` by `need`, over the given cells; undefined if none. */
  const plan = (target: number, need: number, over: readonly number[]): Deviation[] | undefined => {
    const program = new DeviationProgram(highs, model, byCell, columnOf, over, moveCost);
    try {
      const deviate = (amount: number) => {
        lps++;
        return program.deviate(target, amount);
      };
      const value = cells[target]!.value;
      // Plan A: up by the whole width. Plan B: down to the floor the value allows, up by the rest.
      const a = deviate(need);
      let choice = a ? [a] : undefined;
      if (!a || lossOf([a]) > 0) {
        const down = Math.min(value, need);
        const b1 = down > EPS ? deviate(-down) : undefined;
        const b2 = b1 && need - down > EPS ? deviate(need - down) : undefined;
        const b = b1 && (need - down <= EPS || b2) ? [b1, ...(b2 ? [b2] : [])] : undefined;
        if (b && (!choice || lossOf(b) < lossOf(choice))) choice = b;
      }
      return choice;
    } finally {
      program.dispose();
    }
  };
  /** The cost of hiding what a deviation moves (what the pattern loses), for choosing between two. */
  const lossOf = (deviations: Deviation[]) => {
    const moved = new Set<number>();
    for (const d of deviations) for (const [cell] of d) if (!hidden[cell]) moved.add(cell);
    let loss = 0;
    for (const cell of moved) loss += cells[cell]!.weight;
    return loss;
  };
  const hide = (cell: number) => {
    if (hidden[cell]) return;
    hidden[cell] = 1;
    added.push(cell);
    for (const companion of options.companions?.(cell) ?? []) hide(companion);
  };
  const apply = (deviations: Deviation[]) => {
    for (const d of deviations) {
      let touchesExposed = false;
      for (const [cell] of d) {
        hide(cell);
        if (options.exposed?.[cell]) touchesExposed = true;
      }
      for (const w of touchesExposed ? [witness] : [witness, internal]) {
        for (const [cell, amount] of d) {
          if (amount > w.up[cell]!) w.up[cell] = amount;
          if (-amount > w.down[cell]!) w.down[cell] = -amount;
        }
      }
    }
  };
  // Where a deviation is looked for, nearest first: within each of the caller's scopes, the
  // cell's family of figures (the figures its equalities tie it to); the family everywhere;
  // everything this stage may move. An inequality with less slack than a width binds a deviation
  // like an equality does (raised ≤ measurable at 3 ≤ 4), so it ties figures into a family too;
  // the other inequalities are rows of the program all the same, with the cells outside held still.
  const binding = Uint8Array.from(model.relations, (relation) => (relation.kind === 'eq' || -relationValue(model, relation) < n ? 1 : 0));
  const equalities = (r: number) => binding[r] === 1;
  function* scopesOf(cell: number): Generator<readonly number[]> {
    let last = -1;
    for (const scope of options.scopes?.(cell) ?? []) {
      const near = neighbourhood(model, byCell, cell, (c) => isMovable(c) && scope(c), equalities);
      if (near.length <= last) continue;
      last = near.length;
      yield near;
    }
    const family = neighbourhood(model, byCell, cell, isMovable, equalities);
    if (family.length > last) {
      last = family.length;
      yield family;
    }
    if (movable.length > last) yield movable;
  }
  const protectedEnough = (cell: number) => witness.up[cell]! + witness.down[cell]! >= requiredWidth(model, cell, n) - EPS;

  // Witnesses in bulk, before any program of a single cell: over the whole stage, two programs
  // that push every hidden cell at once (up, then down) by at most its width, moving hidden cells
  // only, so nothing new is hidden. Exposed cells stay still, so these witnesses hold whatever
  // their other relations say. (Measured: repeating this as the pattern grows saves no programs.)
  {
    const scope = movable.filter((cell) => hidden[cell] === 1 && !options.exposed?.[cell]);
    if (!scope.every(protectedEnough)) {
      const program = new DeviationProgram(
        highs,
        model,
        byCell,
        columnOf,
        scope,
        () => 0,
        (cell) => requiredWidth(model, cell, n),
      );
      try {
        for (const sense of ['up', 'down'] as const) {
          lps++;
          const d = program.push(sense);
          if (d) apply([d]);
        }
      } finally {
        program.dispose();
      }
    }
  }

  // Small counts first (they set the pattern's shape), then every other hidden cell, each in
  // cell order; cells hidden on the way join the queue.
  const queue = movable
    .filter((cell) => hidden[cell])
    .sort((a, b) => Number(isSmall(cells[b]!, n)) - Number(isSmall(cells[a]!, n)) || a - b);
  for (let q = 0; q < queue.length; q++) {
    const cell = queue[q]!;
    if (protectedEnough(cell)) continue;
    const need = requiredWidth(model, cell, n);
    const before = added.length;
    let choice: Deviation[] | undefined;
    for (const over of scopesOf(cell)) {
      choice = plan(cell, need, over);
      if (choice) break;
    }
    if (!choice) {
      // No deviation found with the cells this stage may hide: leave it to the audit, which
      // then fails and the command refuses to write (never a silent weak pattern).
      unprotected.push(cell);
      continue;
    }
    apply(choice);
    for (let k = before; k < added.length; k++) queue.push(added[k]!);
    if (options.pause && q % 32 === 0) await options.pause();
  }
  return { added, lps, internal, unprotected };
}

/**
 * The protection program over some cells: columns 2i (up) and 2i+1 (down) for cell i, d = up −
 * down. Rows: every relation that names one of the cells, written for the deviation with every
 * other cell held still: eq → Σ a·d = 0, le → Σ a·d ≤ −Σ a·x.
 */
class DeviationProgram {
  private readonly lp: LinearProgram;
  private readonly column = new Map<number, number>();

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
    over.forEach((cell, i) => {
      const limit = cap?.(cell) ?? Infinity;
      colUpper[2 * i] = limit;
      colUpper[2 * i + 1] = Math.min(limit, cells[cell]!.value);
      colCost[2 * i] = colCost[2 * i + 1] = moveCost(cell);
    });
    this.lp = new LinearProgram(highs, { colLower, colUpper, colCost, rowLower, rowUpper, starts, indices, values });
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
