// The attacker of data contract §7: it holds every published figure and knows every relation,
// that counts are non-negative, and rounds to whole steps. For each hidden cell it solves
// min and max of the cell over everything consistent with what is published (one LP each),
// rounds the bounds inward, and so learns the cell's interval.
import { hiddenComponents, neighbourhood } from './components.js';
import { LinearProgram, loadSolver, type LpRow } from './lp.js';
import { NarrowestFirst } from './narrowest-first.js';
import { isSmall, relationsByCell, type DisclosureModel } from './model.js';

export interface Interval {
  /** Bounds rounded inward to the cell's step; upper is Infinity when nothing bounds the cell. */
  lower: number;
  upper: number;
  /**
   * Exact: both bounds were solved for. Otherwise the interval is only known to be at least this
   * wide (from solutions met while solving other cells), which is enough to show that a cell
   * that need not be N wide is not recoverable.
   */
  exact: boolean;
}

export interface AttackResult {
  intervals: Map<number, Interval>;
  /** Hidden cells whose value the attacker works out exactly. */
  recoverable: number[];
  /** Hidden counts from 1 to n−1 left in an interval narrower than n. */
  narrow: number[];
  lps: number;
}

export interface AttackOptions {
  /** Solve both bounds of every hidden cell, not only of the small ones (slower; for tests). */
  exactAll?: boolean;
  /** Called between programs so a long audit can yield to the event loop (Ctrl-C, progress). */
  pause?: () => Promise<void>;
  /**
   * Parts of the table to try a cell in first (./scopes.ts), nearest first. The attacker's program
   * over a part, every cell outside it held at its true value, admits fewer tables than the whole
   * one, so the interval it finds lies inside the true interval: when that is already wide enough,
   * the cell is safe without a program over its whole component. Otherwise the whole one decides.
   */
  scopes?: (cell: number) => ReadonlyArray<(cell: number) => boolean>;
}

/** Components up to this many hidden cells are solved whole; larger ones try scopes first. */
const LOCAL_FROM = 400;

const TOLERANCE = 1e-7;

export function roundInward(min: number, max: number, step: number): [number, number] {
  const lower = Math.ceil(min / step - TOLERANCE) * step + 0; // + 0: no "-0" in reports
  const upper = Number.isFinite(max) ? Math.floor(max / step + TOLERANCE) * step : Infinity;
  return [lower, upper];
}

/**
 * The rows of the attacker's LP over some hidden cells (column of a cell in `column`): every
 * relation among `relationIds` that names one of them, with every other cell (shown, or hidden
 * but held at its true value) moved to the bound.
 */
export function hiddenRows(
  model: DisclosureModel,
  hidden: Uint8Array,
  relationIds: Iterable<number>,
  column: Map<number, number>,
): LpRow[] {
  const rows: LpRow[] = [];
  for (const r of relationIds) {
    const relation = model.relations[r]!;
    let constant = 0;
    const entries: Array<[number, number]> = [];
    for (const [cell, coefficient] of relation.terms) {
      const i = hidden[cell] ? column.get(cell) : undefined;
      if (i !== undefined) entries.push([i, coefficient]);
      else constant += coefficient * model.cells[cell]!.value;
    }
    if (entries.length === 0) continue;
    rows.push({ lower: relation.kind === 'eq' ? -constant : -Infinity, upper: -constant, entries });
  }
  return rows;
}

/** The relations that name any of the cells, in model order. */
export function relationsOf(cells: Iterable<number>, byCell: number[][]): number[] {
  const set = new Set<number>();
  for (const cell of cells) for (const r of byCell[cell]!) set.add(r);
  return [...set].sort((a, b) => a - b);
}

export async function attack(model: DisclosureModel, hidden: Uint8Array, n: number, options: AttackOptions = {}): Promise<AttackResult> {
  const highs = await loadSolver();
  const intervals = new Map<number, Interval>();
  const recoverable: number[] = [];
  const narrow: number[] = [];
  let lps = 0;
  // Per level, the narrowest exact interval of a small cell so far.
  const narrowest = new Map<string, number>();
  const byCell = relationsByCell(model);
  for (const component of hiddenComponents(model, hidden)) {
    const column = new Map(component.map((cell, i) => [cell, i]));
    const rows = hiddenRows(model, hidden, relationsOf(component, byCell), column);
    const lp = new LinearProgram(highs, { colLower: component.map(() => 0), colUpper: component.map(() => Infinity), rows });
    // The widest range seen so far for each cell: the true values, then every solution met.
    const seenMin = component.map((cell) => model.cells[cell]!.value);
    const seenMax = seenMin.slice();
    const meet = (x: Float64Array) => {
      for (let i = 0; i < x.length; i++) {
        if (x[i]! < seenMin[i]!) seenMin[i] = x[i]!;
        if (x[i]! > seenMax[i]!) seenMax[i] = x[i]!;
      }
    };
    try {
      const solve = (i: number, sense: 'min' | 'max'): number => {
        lps++;
        const out = lp.optimize([[i, 1]], sense);
        if (out.status === 'unbounded') return sense === 'max' ? Infinity : -Infinity;
        if (out.status === 'infeasible')
          throw new Error(`attack: the published figures are inconsistent at ${model.cells[component[i]!]!.label}`);
        meet(out.x);
        return out.value;
      };
      // Two programs that push every cell at once (up, then down) give each cell a first range.
      if (component.length > 2) {
        for (const sense of ['max', 'min'] as const) {
          lps++;
          const out = lp.optimize(
            component.map((_, i) => [i, 1] as const),
            sense,
          );
          if (out.status === 'optimal') meet(out.x);
        }
      }
      /** Solves the cell over its scopes, nearest first, until its range is `enough` wide. */
      const localWiden = (cell: number, enough: number) => {
        let last = 0;
        for (const scope of options.scopes?.(cell) ?? []) {
          const part = neighbourhood(model, byCell, cell, (c) => column.has(c) && scope(c));
          if (part.length <= last || part.length >= component.length) continue;
          last = part.length;
          const local = new Map(part.map((c, k) => [c, k]));
          const program = new LinearProgram(highs, {
            colLower: part.map(() => 0),
            colUpper: part.map(() => Infinity),
            rows: hiddenRows(model, hidden, relationsOf(part, byCell), local),
          });
          try {
            for (const sense of ['min', 'max'] as const) {
              lps++;
              const out = program.optimize([[local.get(cell)!, 1]], sense);
              if (out.status === 'unbounded') {
                seenMax[column.get(cell)!] = Infinity;
                continue;
              }
              if (out.status !== 'optimal') continue;
              // A solution over the part is a table of the whole: every cell it sets is witnessed.
              part.forEach((c, k) => {
                const j = column.get(c)!;
                if (out.x[k]! < seenMin[j]!) seenMin[j] = out.x[k]!;
                if (out.x[k]! > seenMax[j]!) seenMax[j] = out.x[k]!;
              });
            }
          } finally {
            program.dispose();
          }
          if (width(column.get(cell)!) >= enough) return;
        }
      };
      const width = (i: number) => {
        const [lower, upper] = roundInward(seenMin[i]!, seenMax[i]!, model.cells[component[i]!]!.step);
        return upper - lower;
      };
      // A cell is solved exactly when its witnessed range does not already show it safe; small
      // cells also when their range might be the narrowest of their level (so the narrowest
      // interval reported is exact). Narrowest first, so the exact ones widen the others.
      const pending = new NarrowestFirst(component.length, width);
      for (let next = pending.next(); next; next = pending.next()) {
        const i = next.index;
        let nextWidth = next.width;
        const cell = component[i]!;
        const c = model.cells[cell]!;
        const small = isSmall(c, n);
        const level = narrowest.get(c.level) ?? Infinity;
        const enough = small ? Math.max(n, level) : c.step;
        if (nextWidth < enough && !options.exactAll && component.length >= LOCAL_FROM) {
          localWiden(cell, enough);
          nextWidth = width(i);
        }
        const known = nextWidth >= enough && !options.exactAll;
        let interval: Interval;
        if (known) {
          const [lower, upper] = roundInward(seenMin[i]!, seenMax[i]!, c.step);
          interval = { lower, upper, exact: false };
        } else {
          const [lower, upper] = roundInward(solve(i, 'min'), solve(i, 'max'), c.step);
          interval = { lower, upper, exact: true };
          if (small) narrowest.set(c.level, Math.min(level, upper - lower));
          if (options.pause && lps % 64 < 2) await options.pause();
        }
        intervals.set(cell, interval);
        if (interval.upper - interval.lower < c.step) recoverable.push(cell);
        else if (small && interval.upper - interval.lower < n) narrow.push(cell);
      }
    } finally {
      lp.dispose();
    }
  }
  recoverable.sort((a, b) => a - b);
  narrow.sort((a, b) => a - b);
  return { intervals, recoverable, narrow, lps };
}
