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
import { relationsOf } from './attack.js';
import { LinearProgram, loadSolver, type LpRow } from './lp.js';
import { isSmall, relationsByCell, type DisclosureModel } from './model.js';

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
  const movable: number[] = [];
  for (let cell = 0; cell < cells.length; cell++) if (hidden[cell] || options.candidate(cell)) movable.push(cell);
  const index = new Map(movable.map((cell, i) => [cell, i]));
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

  // Columns 2i (up) and 2i+1 (down) for movable cell i; d = up − down. Rows: every relation that
  // names a movable cell, written for the deviation: eq → Σ a·d = 0, le → Σ a·d ≤ −Σ a·x.
  const byCell = relationsByCell(model);
  const rows: LpRow[] = [];
  for (const r of relationsOf(movable, byCell)) {
    const relation = model.relations[r]!;
    let slack = 0;
    const entries: Array<[number, number]> = [];
    for (const [cell, a] of relation.terms) {
      slack -= a * cells[cell]!.value;
      const i = index.get(cell);
      if (i !== undefined) entries.push([2 * i, a], [2 * i + 1, -a]);
    }
    rows.push({ lower: relation.kind === 'eq' ? 0 : -Infinity, upper: relation.kind === 'eq' ? 0 : Math.max(0, slack), entries });
  }
  const colLower = movable.flatMap(() => [0, 0]);
  const colUpper = movable.flatMap((cell) => [Infinity, cells[cell]!.value]);
  const lp = new LinearProgram(highs, { colLower, colUpper, rows });
  const moveCost = (cell: number) => (hidden[cell] ? (options.hiddenMoveCost?.(cell) ?? HIDDEN_MOVE_COST) : cells[cell]!.weight);
  const setCosts = (cell: number, cost: number) => {
    const i = index.get(cell)!;
    lp.setCost(2 * i, cost);
    lp.setCost(2 * i + 1, cost);
  };
  for (const cell of movable) setCosts(cell, moveCost(cell));

  /** Moves `target` by `amount` (negative: down); the deviation, or undefined when impossible. */
  const deviate = (target: number, amount: number): Float64Array | undefined => {
    const i = index.get(target)!;
    // The target's own cost is left alone: its columns are fixed, so it only shifts the objective,
    // and unchanged costs keep the last basis dual feasible for a fast warm start.
    if (amount > 0) {
      lp.setColBounds(2 * i, amount, amount);
      lp.setColBounds(2 * i + 1, 0, 0);
    } else {
      lp.setColBounds(2 * i, 0, 0);
      lp.setColBounds(2 * i + 1, -amount, -amount);
    }
    lps++;
    const out = lp.solve('min');
    lp.setColBounds(2 * i, 0, Infinity);
    lp.setColBounds(2 * i + 1, 0, cells[target]!.value);
    if (out.status !== 'optimal') return undefined;
    const d = new Float64Array(movable.length);
    for (let k = 0; k < movable.length; k++) d[k] = out.x[2 * k]! - out.x[2 * k + 1]!;
    return d;
  };
  /** The cost of hiding what a deviation moves (what the pattern loses), for choosing between two. */
  const lossOf = (deviations: Float64Array[]) => {
    let loss = 0;
    for (let k = 0; k < movable.length; k++) {
      const cell = movable[k]!;
      if (!hidden[cell] && deviations.some((d) => Math.abs(d[k]!) > EPS)) loss += cells[cell]!.weight;
    }
    return loss;
  };
  const hide = (cell: number) => {
    if (hidden[cell]) return;
    hidden[cell] = 1;
    added.push(cell);
    setCosts(cell, moveCost(cell));
    for (const companion of options.companions?.(cell) ?? []) hide(companion);
  };
  const apply = (deviations: Float64Array[]) => {
    for (const d of deviations) {
      let touchesExposed = false;
      for (let k = 0; k < movable.length; k++) {
        if (Math.abs(d[k]!) <= EPS) continue;
        const cell = movable[k]!;
        hide(cell);
        if (options.exposed?.[cell]) touchesExposed = true;
      }
      for (const w of touchesExposed ? [witness] : [witness, internal]) {
        for (let k = 0; k < movable.length; k++) {
          const cell = movable[k]!;
          if (d[k]! > w.up[cell]!) w.up[cell] = d[k]!;
          if (-d[k]! > w.down[cell]!) w.down[cell] = -d[k]!;
        }
      }
    }
  };
  const protectedEnough = (cell: number) => witness.up[cell]! + witness.down[cell]! >= requiredWidth(model, cell, n) - EPS;

  try {
    // Small counts first (they set the pattern's shape), then every other hidden cell, each in
    // cell order; cells hidden on the way join the queue.
    const queue = movable
      .filter((cell) => hidden[cell])
      .sort((a, b) => Number(isSmall(cells[b]!, n)) - Number(isSmall(cells[a]!, n)) || a - b);
    for (let q = 0; q < queue.length; q++) {
      const cell = queue[q]!;
      if (protectedEnough(cell)) continue;
      const need = requiredWidth(model, cell, n);
      const value = cells[cell]!.value;
      const before = added.length;
      // Plan A: up by the whole width. Plan B: down to the floor the value allows, up by the rest.
      const a = deviate(cell, need);
      let choice = a ? [a] : undefined;
      if (!a || lossOf([a]) > 0) {
        const down = Math.min(value, need);
        const b1 = down > EPS ? deviate(cell, -down) : undefined;
        const b2 = b1 && need - down > EPS ? deviate(cell, need - down) : undefined;
        const b = b1 && (need - down <= EPS || b2) ? [b1, ...(b2 ? [b2] : [])] : undefined;
        if (b && (!choice || lossOf(b) < lossOf(choice))) choice = b;
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
  } finally {
    lp.dispose();
  }
  return { added, lps, internal, unprotected };
}
