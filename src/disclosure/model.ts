// The disclosure model (data contract §7): what an attacker knows about a set of published tables,
// independent of which indicators they hold. Cells are non-negative numbers (counts, or sums of
// merit points); relations are the linear facts that hold between them by definition.

/** One published figure. */
export interface Cell {
  /** The figure's true value (a non-negative multiple of `step`). */
  value: number;
  /**
   * The granularity the attacker may round bounds to: 1 for counts, 2.5 for sums of merit points.
   * Only counts (`isCount`) are subject to the small-count rule.
   */
  step: number;
  isCount: boolean;
  /** The cost of hiding this cell (information loss); larger for totals and higher levels. */
  weight: number;
  /** A readable name for reports and tests, e.g. "skane/bromolla outcomes.work total". */
  label: string;
  /** Where the cell is published: a level name and the region it belongs to (null: the nation). */
  level: string;
  region: string | null;
  /**
   * The municipality whose tables hold the cell (its own or one of its workshops'); null above.
   * Protection looks for a deviation inside it first (protect.ts).
   */
  municipality?: string | null;
  /** The total of a women / men / total split: counted separately in the audit's totals. */
  isTotal: boolean;
}

/** Σ coefficient · cell = 0 ('eq') or ≤ 0 ('le'). Every relation is homogeneous. */
export interface Relation {
  kind: 'eq' | 'le';
  terms: ReadonlyArray<readonly [cell: number, coefficient: number]>;
  /** Where the relation comes from, for debugging and tests ("gender", "children", a registry name). */
  source: string;
}

export interface DisclosureModel {
  cells: Cell[];
  relations: Relation[];
}

/** The value of Σ coefficient · cell at the true values (0 for a relation that holds as an equality). */
export function relationValue(model: DisclosureModel, relation: Relation): number {
  let sum = 0;
  for (const [cell, coefficient] of relation.terms) sum += coefficient * model.cells[cell]!.value;
  return sum;
}

/** Whether a relation holds at the true values (a guard: a relation that does not hold is a bug). */
export function relationHolds(model: DisclosureModel, relation: Relation, tolerance = 1e-6): boolean {
  const v = relationValue(model, relation);
  return relation.kind === 'eq' ? Math.abs(v) <= tolerance : v <= tolerance;
}

/** A count from 1 to n−1: what the primary rule hides and the interval rule protects. */
export function isSmall(cell: Cell, n: number): boolean {
  return cell.isCount && cell.value > 0 && cell.value < n;
}

/** For every cell, the relations it takes part in (indices into model.relations). */
export function relationsByCell(model: DisclosureModel): number[][] {
  const out: number[][] = model.cells.map(() => []);
  model.relations.forEach((relation, r) => {
    for (const [cell] of relation.terms) out[cell]!.push(r);
  });
  return out;
}
