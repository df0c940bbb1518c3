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
  rows: LpRow[];
}

export type LpOutcome = { status: 'optimal'; value: number; x: Float64Array } | { status: 'unbounded' } | { status: 'infeasible' };

/** Counts the linear programs solved, for the audit's report and the bench. */
export const lpStats = { solved: 0 };

export class LinearProgram {
  private readonly model: ReturnType<Highs['createModel']>;
  private costed: number[] = [];

  constructor(
    private readonly highs: Highs,
    spec: LpSpec,
  ) {
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of spec.rows) {
      // HiGHS refuses a row that names a column twice: merge repeated columns.
      const merged = new Map<number, number>();
      for (const [col, coefficient] of row.entries) merged.set(col, (merged.get(col) ?? 0) + coefficient);
      for (const [col, coefficient] of [...merged].sort((a, b) => a[0] - b[0])) {
        if (coefficient === 0) continue;
        indices.push(col);
        values.push(coefficient);
      }
      starts.push(indices.length);
    }
    const numCols = spec.colLower.length;
    this.model = highs.createModel({
      numCols,
      numRows: spec.rows.length,
      colCost: new Float64Array(numCols),
      colLower: spec.colLower.map((v) => (Number.isFinite(v) ? v : v > 0 ? highs.infinity : -highs.infinity)),
      colUpper: spec.colUpper.map((v) => (Number.isFinite(v) ? v : v > 0 ? highs.infinity : -highs.infinity)),
      rowLower: spec.rows.map((r) => (Number.isFinite(r.lower) ? r.lower : -highs.infinity)),
      rowUpper: spec.rows.map((r) => (Number.isFinite(r.upper) ? r.upper : highs.infinity)),
      matrix: { format: 'csr', numRows: spec.rows.length, numCols, starts, indices, values },
    });
    // Presolve would run again before every solve and discard the previous basis: off, so each
    // solve starts warm from the last one (measured: many times faster for these programs).
    this.model.options.set({ output_flag: false, presolve: 'off' });
  }

  setColBounds(col: number, lower: number, upper: number): void {
    const inf = this.highs.infinity;
    this.model.changeColBounds(col, Number.isFinite(lower) ? lower : -inf, Number.isFinite(upper) ? upper : inf);
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
