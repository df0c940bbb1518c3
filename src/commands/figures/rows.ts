// Walks a Unit tree into flat entries (one per count or ratio), the common ground of the CSV and
// spreadsheet exports. Sections without data (null) yield no entries.
import { maskPersonalNumbers } from '../../util/pnr.js';
import { isCount } from '../../indicators/count.js';
import type { Count, Ratio, Unit } from '../../indicators/types.js';

export type Cell = number | null;

export type FigureEntry = { kind: 'count'; path: string; count: Count<Cell> } | { kind: 'ratio'; path: string; ratio: Ratio<Cell> };

export function figureEntries(figures: unknown, prefix = ''): FigureEntry[] {
  const out: FigureEntry[] = [];
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    if (isCount(node)) {
      out.push({ kind: 'count', path, count: node as Count<Cell> });
    } else if ('numerator' in node && 'denominator' in node) {
      out.push({ kind: 'ratio', path, ratio: node as Ratio<Cell> });
    } else {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(figures, prefix);
  return out;
}

/** Every unit of a tree, parents before children, with the ids of its ancestors. */
export function* walkUnits(unit: Unit<Cell>, ancestors: Unit<Cell>[] = []): Generator<{ unit: Unit<Cell>; ancestors: Unit<Cell>[] }> {
  yield { unit, ancestors };
  for (const child of unit.children) yield* walkUnits(child, [...ancestors, unit]);
}

/** A unit's id made unique in the tree: workshop ids repeat across municipalities ("skane/lund/vipan"). */
export function unitPath(unit: Unit<Cell>, ancestors: Unit<Cell>[]): string {
  return [...ancestors.filter((a) => a.level !== 'nation'), unit].map((u) => u.id).join('/');
}

/**
 * The stable key of a figure of a unit: the unit's path below the nation (ids joined by "/", the
 * nation is "nation") and the figure's path in the JSON's `figures`, joined by "#". For example
 * "skane/bromolla#kaa.listed" or, for a share's numerator, "skane#grades.raisedOrKept.numerator".
 */
export function figureKey(path: string, figurePath: string): string {
  return `${path}#${figurePath}`;
}

/**
 * Every text cell of the CSV and xlsx exports. Spreadsheet formula injection: a cell starting with
 * =, +, -, @, tab or CR is neutralised with a leading apostrophe, so Excel and LibreOffice show it
 * as text instead of running it. Names come from untrusted YAML: a personnummer is masked (§9).
 */
export function neutralise(raw: string): string {
  const text = maskPersonalNumbers(raw);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
