// Where protection looks for a deviation first (./protect.ts), so that a region of 30
// municipalities costs programs of a few hundred cells instead of one of twenty thousand:
//   1. the cell's own municipality (its figures and its workshops'): a swap between workshops;
//   2. that municipality with a few partners of the same region and the region's own figures: the
//      swap between municipalities of τ-ARGUS' hypercube method, posed as a program.
// protect.ts then widens to the cell's whole family of figures and, last, to everything; the
// audit (attack.ts) to the cell's whole component.
// Partners are the municipalities whose figure of the same path is already hidden (moving it
// costs nothing new), then the largest (room to move).
import type { Cell } from './model.js';
import type { CellKey } from './units.js';

export type Scope = (cell: number) => boolean;

export function partnerScopes(
  cells: readonly Cell[],
  keys: readonly CellKey[],
  hidden: Uint8Array,
  partners: readonly number[] = [3, 10],
): (cell: number) => Scope[] {
  /** The municipalities of each region (a municipality's id path starts with its region's). */
  const municipalities = new Map<string | null, string[]>();
  for (const c of cells) {
    if (!c.municipality) continue;
    const list = municipalities.get(c.region) ?? municipalities.set(c.region, []).get(c.region)!;
    if (list[list.length - 1] !== c.municipality && !list.includes(c.municipality)) list.push(c.municipality);
  }
  /** The municipality-level total of each path, per municipality. */
  const totalOf = new Map<string, number>();
  cells.forEach((c, id) => {
    const key = keys[id]!;
    if (c.level === 'municipality' && key.group === 'total') totalOf.set(`${c.municipality}|${key.path}`, id);
  });
  return (cell) => {
    const c = cells[cell]!;
    const home = c.municipality ?? null;
    const path = keys[cell]!.path;
    const ranked = (c.region === null ? [...municipalities.values()].flat() : (municipalities.get(c.region) ?? []))
      .filter((m) => m !== home)
      .map((m) => {
        const id = totalOf.get(`${m}|${path}`);
        return { m, hidden: id === undefined ? 0 : hidden[id]!, value: id === undefined ? 0 : cells[id]!.value };
      })
      .sort((a, b) => b.hidden - a.hidden || b.value - a.value || (a.m < b.m ? -1 : 1))
      .map(({ m }) => m);
    const scopes: Scope[] = [];
    // A municipality's own figures are pinned by the region's sum: only a workshop can swap at home.
    if (home && c.level !== 'municipality') scopes.push((other) => cells[other]!.municipality === home);
    for (const count of partners) {
      const chosen = new Set(ranked.slice(0, count));
      if (home) chosen.add(home);
      scopes.push((other) => {
        const o = cells[other]!;
        if (o.municipality) return chosen.has(o.municipality);
        return o.level !== 'region' || c.region === null || o.region === c.region;
      });
    }
    return scopes;
  };
}
