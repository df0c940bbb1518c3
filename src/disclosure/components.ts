// Splitting the attacker's system into independent parts: two hidden cells are in one component
// when some relation names both. Each component is a linear program of its own, so the audit and
// the protection solve many small programs instead of one whole-folder one.
import type { DisclosureModel } from './model.js';

/** The components of the hidden cells, each sorted by cell id, the list sorted by first cell. */
export function hiddenComponents(model: DisclosureModel, hidden: Uint8Array): number[][] {
  const { parent, find } = disjointSets(model.cells.length);
  for (const relation of model.relations) {
    let first = -1;
    for (const [cell] of relation.terms) {
      if (!hidden[cell]) continue;
      if (first < 0) first = find(cell);
      else {
        const root = find(cell);
        // The smaller id becomes the root, so the grouping does not depend on relation order.
        if (root !== first) {
          if (root < first) {
            parent[first] = root;
            first = root;
          } else parent[root] = first;
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (let cell = 0; cell < model.cells.length; cell++) {
    if (!hidden[cell]) continue;
    const root = find(cell);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    group.push(cell);
  }
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

/**
 * The cells reachable from `seed` (the seed included) along the relations `follow` admits (by
 * index), stepping only onto cells that `through` admits; sorted by id. A program over such a
 * part, with every cell outside it held at its true value, is a restriction of the program over
 * everything: a solution of the small one is a solution of the large one (see protect.ts).
 */
export function neighbourhood(
  model: DisclosureModel,
  byCell: readonly (readonly number[])[],
  seed: number,
  through: (cell: number) => boolean,
  follow: (relation: number) => boolean = () => true,
): number[] {
  const seen = new Uint8Array(model.cells.length);
  seen[seed] = 1;
  const found = [seed];
  for (let k = 0; k < found.length; k++) {
    for (const r of byCell[found[k]!]!) {
      if (!follow(r)) continue;
      for (const [other] of model.relations[r]!.terms) {
        if (seen[other] || !through(other)) continue;
        seen[other] = 1;
        found.push(other);
      }
    }
  }
  return found.sort((a, b) => a - b);
}

/**
 * neighbourhood() of every cell at once, for a `through` and `follow` that do not change: the
 * parts are the connected pieces of one graph, found in one pass instead of one walk per cell.
 * (A relation joins every cell of it that `through` admits.)
 */
export function neighbourhoods(
  model: DisclosureModel,
  byCell: readonly (readonly number[])[],
  through: (cell: number) => boolean,
  follow: (relation: number) => boolean,
): (seed: number) => readonly number[] {
  const { parent, find } = disjointSets(model.cells.length);
  model.relations.forEach((relation, r) => {
    if (!follow(r)) return;
    let first = -1;
    for (const [cell] of relation.terms) {
      if (!through(cell)) continue;
      if (first < 0) first = find(cell);
      else {
        const root = find(cell);
        if (root !== first) parent[root] = first;
      }
    }
  });
  const parts = new Map<number, number[]>();
  for (let cell = 0; cell < model.cells.length; cell++) {
    if (!through(cell)) continue;
    const root = find(cell);
    const part = parts.get(root);
    if (part) part.push(cell);
    else parts.set(root, [cell]);
  }
  // Built in id order, so each part is sorted as neighbourhood()'s is.
  return (seed) => (through(seed) ? parts.get(find(seed))! : neighbourhood(model, byCell, seed, through, follow));
}

/** Disjoint sets over 0..size-1: `parent` to join two roots, `find` with path halving. */
function disjointSets(size: number): { parent: Int32Array; find: (i: number) => number } {
  const parent = new Int32Array(size).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return { parent, find };
}
