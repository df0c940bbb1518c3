// Splitting the attacker's system into independent parts: two hidden cells are in one component
// when some relation names both. Each component is a linear program of its own, so the audit and
// the protection solve many small programs instead of one whole-folder one.
import type { DisclosureModel } from './model.js';

/** The components of the hidden cells, each sorted by cell id, the list sorted by first cell. */
export function hiddenComponents(model: DisclosureModel, hidden: Uint8Array): number[][] {
  const parent = new Int32Array(model.cells.length).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
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
