// A part of a model: the cells one stage may see (one region's), and the relations among them
// only. Cells that also take part in relations outside the part are "exposed".
import type { DisclosureModel, Relation } from './model.js';

export interface SubModel {
  model: DisclosureModel;
  /** Global cell id of each local cell. */
  global: number[];
  /** Local cells that take part in relations outside the part (1 = exposed). */
  exposed: Uint8Array;
}

export function subModel(model: DisclosureModel, include: (cell: number) => boolean): SubModel {
  const global: number[] = [];
  const local = new Int32Array(model.cells.length).fill(-1);
  model.cells.forEach((_, id) => {
    if (include(id)) {
      local[id] = global.length;
      global.push(id);
    }
  });
  const relations: Relation[] = [];
  const exposed = new Uint8Array(global.length);
  for (const relation of model.relations) {
    const inside = relation.terms.filter(([cell]) => local[cell]! >= 0);
    if (inside.length === 0) continue;
    if (inside.length < relation.terms.length) {
      for (const [cell] of inside) exposed[local[cell]!] = 1;
      continue;
    }
    relations.push({ ...relation, terms: relation.terms.map(([cell, a]) => [local[cell]!, a] as const) });
  }
  return { model: { cells: global.map((id) => model.cells[id]!), relations }, global, exposed };
}
