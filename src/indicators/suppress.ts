// Disclosure control (contract §7), applied in ONE place so reports and exports never disagree.
//
// 1. Primary: every cell (count, or a merit-value sum) from 1 to n−1 is hidden (null, shown "..").
// 2. Shares: a share whose denominator is from 1 to n−1 is hidden: its numerator cell is hidden
//    (the merit-value sums count as shares of `measurable`: their mean would reveal a small group).
// 3. Gender: when women's, men's or unknown's figure of a cell is hidden, all three are hidden, so
//    total − other cannot reveal it.
// 4. Complementary: wherever figures add up — total = women + men (+ unknown); participants = sum
//    by target group = sum by age band; exited = missing + sum by outcome; dropouts = sum by
//    reason; participants = remaining + dropouts − returned; measurable = raised + kept + lowered;
//    a share's numerator/denominator and the count it repeats; a municipality = sum of its
//    workshops, a region = sum of its municipalities, the nation = sum of its regions — a hidden
//    figure must not be the only unknown of the equation: when it is, the smallest shown part
//    (preferring a non-zero one) is hidden too, and rules 3–4 repeat until nothing changes.
// The shares (rule 2) and the sums inside a unit (rule 4) are those each indicator declares in its
// folder (./<name>/relations.ts), collected by the registry.
import { GROUPS, isCount, type Group } from './count.js';
import { allRelations } from './registry.js';
import type { Count, Ratio, Unit } from './types.js';

type Cells = Partial<Record<Group, number>>;

class CellTable {
  readonly counts: Count<number | null>[] = [];
  readonly keys: Group[] = [];
  readonly values: number[] = [];
  hidden = new Uint8Array(1024);

  add(count: Count<number | null>, key: Group): number {
    const id = this.values.length;
    this.counts.push(count);
    this.keys.push(key);
    this.values.push(count[key] as number);
    if (id >= this.hidden.length) {
      const grown = new Uint8Array(this.hidden.length * 2);
      grown.set(this.hidden);
      this.hidden = grown;
    }
    return id;
  }

  /** Hides a cell; returns whether it was shown before. */
  hide(id: number): boolean {
    if (this.hidden[id]) return false;
    this.hidden[id] = 1;
    this.counts[id]![this.keys[id]!] = null;
    return true;
  }
}

/** A linear relation between cells: anchor = ± parts. Hiding prefers parts over the anchor. */
interface Relation {
  anchor: number;
  parts: number[];
}

/** Every Count of a unit's figures by dotted path ("dropouts.rate.numerator"), with its cell ids. */
function registerCounts(figures: unknown, table: CellTable): Map<string, Cells> {
  const out = new Map<string, Cells>();
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    if (isCount(node)) {
      const cells: Cells = {};
      for (const g of GROUPS) if (typeof (node as Count<unknown>)[g] === 'number') cells[g] = table.add(node as Count<number | null>, g);
      out.set(path, cells);
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(figures, '');
  return out;
}

/** Equations inside one unit (per gender group), written as anchor path and part paths. */
const UNIT_EQUATIONS: Array<[string, string[]]> = allRelations().sums.map((sum) => [sum.total, [...sum.parts, ...(sum.minus ?? [])]]);

/** Cells that are shares' numerators, with their denominator (rule 2). */
const SHARE_NUMERATORS: Array<[string, string]> = allRelations().shares.map((share) => [share.numerator, share.denominator]);

/** Disclosure control, in one place for reports and exports alike: see data contract §7. n <= 1 = off. */
export function suppressUnit(unit: Unit, n: number): Unit<number | null> {
  const copy = structuredClone(unit) as Unit<number | null>;
  if (!(n > 1)) return copy;

  const table = new CellTable();
  const relations: Relation[] = [];
  const triples: number[][] = [];
  const secret = (v: number) => v > 0 && v < n;

  const visit = (node: Unit<number | null>): Map<string, Cells> => {
    const counts = registerCounts(node.figures, table);
    const childCounts = node.children.map(visit);
    const value = (id: number) => table.values[id]!;

    for (const cells of counts.values()) {
      // Rule 1.
      for (const g of GROUPS) if (cells[g] !== undefined && secret(value(cells[g]))) table.hide(cells[g]);
      const components = [cells.women, cells.men, cells.unknown].filter((id): id is number => id !== undefined);
      triples.push(components);
      relations.push({ anchor: cells.total!, parts: components });
    }
    // Rule 2.
    for (const [numeratorPath, denominatorPath] of SHARE_NUMERATORS) {
      const num = counts.get(numeratorPath);
      const den = counts.get(denominatorPath);
      if (!num || !den) continue;
      for (const g of GROUPS) {
        if (num[g] !== undefined && den[g] !== undefined && secret(value(den[g]))) table.hide(num[g]);
      }
    }
    // Rule 4 inside the unit, per group; only equations that hold (guards against shape changes).
    const addRelation = (anchorCells: Cells | undefined, partCells: (Cells | undefined)[]) => {
      if (!anchorCells) return;
      for (const g of GROUPS) {
        const anchor = anchorCells[g];
        if (anchor === undefined) continue;
        const parts = partCells.map((c) => c?.[g]).filter((id): id is number => id !== undefined);
        if (parts.length > 0) relations.push({ anchor, parts });
      }
    };
    for (const [anchorPath, partPaths] of UNIT_EQUATIONS) {
      if (partPaths.every((p) => counts.has(p)))
        addRelation(
          counts.get(anchorPath),
          partPaths.map((p) => counts.get(p)),
        );
    }
    // Rule 4 across levels: the unit = sum of its children, where the numbers say so.
    if (childCounts.length > 0) {
      for (const [path, cells] of counts) {
        for (const g of GROUPS) {
          const anchor = cells[g];
          if (anchor === undefined) continue;
          const parts = childCounts.map((c) => c.get(path)?.[g]).filter((id): id is number => id !== undefined);
          const sum = parts.reduce((s, id) => s + value(id), 0);
          if (parts.length > 0 && sum === value(anchor)) relations.push({ anchor, parts });
        }
      }
    }
    return counts;
  };
  visit(copy);

  const hidden = (id: number) => table.hidden[id] === 1;
  for (let changed = true; changed; ) {
    changed = false;
    // Rule 3.
    for (const components of triples) {
      if (components.some(hidden)) for (const id of components) changed = table.hide(id) || changed;
    }
    // Rule 4.
    for (const { anchor, parts } of relations) {
      let hiddenCount = hidden(anchor) ? 1 : 0;
      for (const id of parts) if (hidden(id)) hiddenCount++;
      if (hiddenCount !== 1) continue;
      const victim = smallestShown(parts, table) ?? (hidden(anchor) ? undefined : anchor);
      if (victim !== undefined) changed = table.hide(victim) || changed;
    }
  }
  return copy;
}

/** The shown part with the smallest positive value, else a shown zero, else undefined. */
function smallestShown(parts: number[], table: CellTable): number | undefined {
  let best: number | undefined;
  let zero: number | undefined;
  for (const id of parts) {
    if (table.hidden[id]) continue;
    const v = table.values[id]!;
    if (v === 0) zero ??= id;
    else if (best === undefined || v < table.values[best]!) best = id;
  }
  return best ?? zero;
}

/** A share as every output shows it: hidden (null) when either side is hidden or nothing to divide. */
export interface Share {
  numerator: number | null;
  denominator: number | null;
  /** numerator / denominator, in 0..1 for every share but attempts per person; null when not shown. */
  value: number | null;
}

export function shareOf(ratio: Ratio<number | null> | Ratio<number>, group: Group = 'total'): Share {
  const numerator = ratio.numerator[group] ?? null;
  const denominator = ratio.denominator[group] ?? null;
  const value = numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
  return { numerator, denominator, value };
}
