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
import { neighbourhood, neighbourhoods } from './components.js';
import { DeviationProgram } from './deviation.js';
import { loadSolver } from './lp.js';
import { isSmall, relationValue, relationsByCell, type DisclosureModel } from './model.js';
import { Shelf } from './shelf.js';

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

  const programs = new Shelf<DeviationProgram>(12);
  /** The cheapest deviations that open `target` by `need`, over the given cells; undefined if none. */
  const plan = (target: number, need: number, over: readonly number[]): Deviation[] | undefined => {
    const program = programs.get(over, () => new DeviationProgram(highs, model, byCell, columnOf, over, moveCost));
    program.reprice(moveCost);
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
  // What may move is fixed for the whole pass (a cell is hidden only if it was movable), so every
  // cell's family is one piece of one graph, found once.
  const familyOf = neighbourhoods(model, byCell, isMovable, equalities);
  function* scopesOf(cell: number): Generator<readonly number[]> {
    let last = -1;
    for (const scope of options.scopes?.(cell) ?? []) {
      const near = neighbourhood(model, byCell, cell, (c) => isMovable(c) && scope(c), equalities);
      if (near.length <= last) continue;
      last = near.length;
      yield near;
    }
    const family = familyOf(cell);
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
  try {
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
  } finally {
    programs.dispose();
  }
  return { added, lps, internal, unprotected };
}
