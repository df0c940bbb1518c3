// A thin layer over HiGHS (the `highs` package: the HiGHS solver compiled to WebAssembly). One
// persistent model per linear program; only the objective and a few bounds change between solves,
// so HiGHS starts each solve from the previous basis.
import highsModule, { type Highs } from 'highs';

// The package's types describe a CommonJS module, but Node's ESM import resolves its ES build,
// whose default export is the loader itself: accept both shapes.
type Loader = () => Promise<Highs>;
const loadHighs: Loader = (highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader);

let loading: Promise<Highs> | undefined;

/** The solver, loaded once per process (about 0.1 s). */
export function loadSolver(): Promise<Highs> {
  return (loading ??= loadHighs());
}

export interface LpRow {
  lower: number;
  upper: number;
  /** Column index and coefficient. */
  entries: ReadonlyArray<readonly [number, number]>;
}

export interface LpSpec {
  colLower: number[];
  colUpper: number[];
  /** The starting objective (zero when absent); setCost and optimize change it later. */
  colCost?: number[];
  rows: LpRow[];
}

/** A program given directly in compressed sparse rows (the form HiGHS takes), for programs built in bulk. */
export interface CsrSpec {
  colLower: ArrayLike<number>;
  colUpper: ArrayLike<number>;
  colCost: ArrayLike<number>;
  rowLower: ArrayLike<number>;
  rowUpper: ArrayLike<number>;
  /** Row r's entries are indices/values[starts[r] .. starts[r+1]); no column twice in a row. */
  starts: ArrayLike<number>;
  indices: ArrayLike<number>;
  values: ArrayLike<number>;
}

export type LpOutcome = { status: 'optimal'; value: number; x: Float64Array } | { status: 'unbounded' } | { status: 'infeasible' };

/** Counts the linear programs solved, for the audit's report and the bench. */
export const lpStats = { solved: 0 };

export class LinearProgram {
  private readonly model: ReturnType<Highs['createModel']>;
  private costed: number[] = [];

  constructor(
    private readonly highs: Highs,
    spec: LpSpec | CsrSpec,
  ) {
    if ('starts' in spec) {
      this.model = this.create(spec);
      return;
    }
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of spec.rows) {
      // HiGHS refuses a row that names a column twice: repeated columns are merged (sorted first,
      // so repeats are neighbours).
      const entries = [...row.entries].sort((a, b) => a[0] - b[0]);
      for (let k = 0; k < entries.length; ) {
        const col = entries[k]![0];
        let coefficient = 0;
        for (; k < entries.length && entries[k]![0] === col; k++) coefficient += entries[k]![1];
        if (coefficient === 0) continue;
        indices.push(col);
        values.push(coefficient);
      }
      starts.push(indices.length);
    }
    this.model = this.create({
      colLower: spec.colLower,
      colUpper: spec.colUpper,
      colCost: spec.colCost ?? new Float64Array(spec.colLower.length),
      rowLower: spec.rows.map((r) => r.lower),
      rowUpper: spec.rows.map((r) => r.upper),
      starts,
      indices,
      values,
    });
  }

  private create(spec: CsrSpec): ReturnType<Highs['createModel']> {
    const inf = this.highs.infinity;
    const finite = (values: ArrayLike<number>) => Float64Array.from(values, (v) => (Number.isFinite(v) ? v : v > 0 ? inf : -inf));
    const numCols = spec.colLower.length;
    const numRows = spec.rowLower.length;
    const model = this.highs.createModel({
      numCols,
      numRows,
      colCost: Float64Array.from(spec.colCost),
      colLower: finite(spec.colLower),
      colUpper: finite(spec.colUpper),
      rowLower: finite(spec.rowLower),
      rowUpper: finite(spec.rowUpper),
      matrix: {
        format: 'csr',
        numRows,
        numCols,
        starts: Array.from(spec.starts),
        indices: Array.from(spec.indices),
        values: Array.from(spec.values),
      },
    });
    // Presolve would run again before every solve and discard the previous basis: off, so each
    // solve starts warm from the last one (measured: many times faster for these programs).
    model.options.set({ output_flag: false, presolve: 'off' });
    return model;
  }

  setColBounds(col: number, lower: number, upper: number): void {
    const inf = this.highs.infinity;
    this.model.changeColBounds(col, Number.isFinite(lower) ? lower : -inf, Number.isFinite(upper) ? upper : inf);
  }

  /**
   * Forgets the last basis, so the next solve starts cold, as in a program just built (for the
   * protection programs, whose solutions move few cells, that start is near the optimum already).
   */
  restart(): void {
    this.model.setLogicalBasis();
  }

  /** Sets one column's cost, leaving the rest of the objective as it is. */
  setCost(col: number, cost: number): void {
    this.model.changeColCost(col, cost);
  }

  /** Minimises (or maximises) Σ cost · x; `costs` replaces the previous objective entirely. */
  optimize(costs: ReadonlyArray<readonly [number, number]>, sense: 'min' | 'max'): LpOutcome {
    for (const col of this.costed) this.model.changeColCost(col, 0);
    this.costed = [];
    for (const [col, cost] of costs) {
      this.model.changeColCost(col, cost);
      this.costed.push(col);
    }
    return this.solve(sense);
  }

  /** Solves with the objective as it stands. */
  solve(sense: 'min' | 'max'): LpOutcome {
    const { objectiveSense, modelStatus } = this.highs.constants;
    this.model.changeObjectiveSense(sense === 'min' ? objectiveSense.minimize : objectiveSense.maximize);
    this.model.run();
    lpStats.solved++;
    const status = this.model.getModelStatus();
    if (status === modelStatus.optimal)
      return { status: 'optimal', value: this.model.getObjectiveValue(), x: this.model.getSolution().colValue };
    if (status === modelStatus.unbounded) return { status: 'unbounded' };
    if (status === modelStatus.infeasible) return { status: 'infeasible' };
    if (status === modelStatus.unboundedOrInfeasible) {
      // The true values are always feasible for the attacker's programs, so this means unbounded;
      // the protection programs (which may be infeasible) never have unbounded objectives.
      return sense === 'max' ? { status: 'unbounded' } : { status: 'infeasible' };
    }
    throw new Error(`LP solver ended with model status ${status}`);
  }

  dispose(): void {
    this.model.dispose();
  }
}
