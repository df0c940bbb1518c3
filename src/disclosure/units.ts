// The adapter between the indicator tree (workshop → municipality → region → nation) and the
// disclosure model: one cell per published number, with every relation of ./relations.ts (the
// indicator folders' relations), the
// gender sums and the child sums at every level. Independent of the engine's method.
import { GROUPS, isCount, type Group } from '../indicators/count.js';
import type { Count, Unit } from '../indicators/types.js';
import { relationHolds, type Cell, type DisclosureModel, type Relation } from './model.js';
import type { PrimaryRules } from './primary.js';
import { isMeritSum, MERIT_STEP, SHARES, UNIT_RELATIONS } from './relations.js';

type Cells = Partial<Record<Group, number>>;

/** Where a cell is: the unit (ids from the top down), the figure's path and the gender group. */
export interface CellKey {
  unit: string[];
  level: Unit['level'];
  path: string;
  group: Group;
}

export interface UnitModel extends DisclosureModel {
  keys: CellKey[];
  rules: PrimaryRules;
  /** Relations of the registry that did not hold on the data and were left out (a bug if any). */
  skipped: string[];
}

/** Visits every Count of a unit's figures with its dotted path, in a fixed order. */
export function forEachCount<C>(figures: unknown, visit: (path: string, count: Count<C>) => void, path = ''): void {
  if (figures === null || typeof figures !== 'object') return;
  if (isCount(figures)) {
    visit(path, figures as Count<C>);
    return;
  }
  for (const [key, child] of Object.entries(figures)) forEachCount(child, visit, path ? `${path}.${key}` : key);
}

/** Hiding weight: zeros and small values are cheap, totals and higher levels are dear. */
function weightOf(value: number, level: Unit['level'], group: Group): number {
  const levelFactor = { workshop: 1, municipality: 1.5, region: 4, nation: 8 }[level];
  return (1 + Math.log2(1 + value)) * levelFactor * (group === 'total' ? 2 : 1);
}

/** The municipality a unit belongs to (itself or its workshop's), as a path of ids; null above. */
function municipalityOf(level: Unit['level'], ids: string[]): string | null {
  if (level === 'municipality') return ids.join('/');
  if (level === 'workshop') return ids.slice(0, -1).join('/');
  return null;
}

/** The model of one or more top units (a nation, or regions) and everything below them. */
export function unitModel(tops: Unit[]): UnitModel {
  const cells: Cell[] = [];
  const keys: CellKey[] = [];
  const relations: Relation[] = [];
  const skipped: string[] = [];
  const shares: Array<[number, number]> = [];
  const genderSplits: number[][] = [];

  /** `partial`: a rule that holds above a municipality only with complete data; left out quietly. */
  const add = (relation: Relation, partial = false) => {
    if (relation.terms.length === 0) return;
    if (relationHolds({ cells, relations }, relation)) relations.push(relation);
    else if (!partial) skipped.push(relation.source);
  };

  const visit = (unit: Unit, ancestors: string[], region: string | null): Map<string, Cells> => {
    const ids = [...ancestors, unit.id];
    const counts = new Map<string, Cells>();
    forEachCount<number>(unit.figures, (path, count) => {
      const own: Cells = {};
      for (const group of GROUPS) {
        const value = count[group];
        if (typeof value !== 'number') continue;
        own[group] = cells.length;
        const merit = isMeritSum(path);
        cells.push({
          value,
          step: merit ? MERIT_STEP : 1,
          isCount: !merit,
          weight: weightOf(value, unit.level, group),
          label: `${ids.join('/')} ${path} ${group}`,
          level: unit.level,
          region,
          municipality: municipalityOf(unit.level, ids),
          isTotal: group === 'total',
        });
        keys.push({ unit: ids, level: unit.level, path, group });
      }
      counts.set(path, own);
      const split = [own.women, own.men, own.unknown].filter((id): id is number => id !== undefined);
      genderSplits.push(split);
      add({ kind: 'eq', source: `gender ${path}`, terms: [[own.total!, 1], ...split.map((id) => [id, -1] as const)] });
    });

    const perGroup = (
      source: string,
      kind: Relation['kind'],
      terms: ReadonlyArray<readonly [Cells | undefined, number]>,
      partial = false,
    ) => {
      if (terms.some(([c]) => c === undefined)) return; // the indicator is not in this unit
      for (const group of GROUPS) {
        const present = terms.filter(([c]) => c![group] !== undefined).map(([c, a]) => [c![group]!, a] as const);
        if (present.length > 0) add({ kind, source: `${source} (${group})`, terms: present }, partial);
      }
    };
    for (const rule of UNIT_RELATIONS) {
      const partial = rule.onlyWithCompleteData === true && unit.level !== 'municipality' && unit.level !== 'workshop';
      perGroup(
        rule.name,
        rule.kind,
        rule.terms.map(([path, a]) => [counts.get(path), a]),
        partial,
      );
    }
    for (const [numerator, denominator] of SHARES) {
      const num = counts.get(numerator);
      const den = counts.get(denominator);
      if (!num || !den) continue;
      for (const group of GROUPS) if (num[group] !== undefined && den[group] !== undefined) shares.push([num[group], den[group]]);
    }

    const children = unit.children.map((child) => visit(child, ids, unit.level === 'nation' ? child.id : region));
    if (children.length > 0) {
      for (const [path, own] of counts) {
        // KAA belongs to the municipality: its workshops have none, so there is no child sum.
        if (!children.some((c) => c.has(path))) continue;
        perGroup(`children ${path}`, 'eq', [[own, 1], ...children.filter((c) => c.has(path)).map((c) => [c.get(path), -1] as const)]);
      }
    }
    return counts;
  };
  for (const top of tops) visit(top, [], top.level === 'nation' ? null : top.level === 'region' ? top.id : null);
  return { cells, relations, keys, rules: { shares, genderSplits }, skipped };
}

/** A copy of the units with every hidden cell set to null (shown ".."), in unitModel's cell order. */
export function applyPattern(tops: Unit[], hidden: Uint8Array): Array<Unit<number | null>> {
  let id = 0;
  const copies = structuredClone(tops) as Array<Unit<number | null>>;
  const visit = (unit: Unit<number | null>) => {
    forEachCount<number | null>(unit.figures, (_path, count) => {
      for (const group of GROUPS) {
        if (typeof count[group] !== 'number') continue;
        if (hidden[id]) count[group] = null;
        id++;
      }
    });
    unit.children.forEach(visit);
  };
  copies.forEach(visit);
  return copies;
}
