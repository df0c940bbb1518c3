// The export rows people read (the xlsx sheets and the Excel CSV): one row per unit and figure,
// columns women / men / total / unknown gender, Swedish labels, the unit's names beside its key.
// A share is three rows, numerator, denominator and the share itself, as in the reports' tables.
import { copy } from '../../html/copy.js';
import { figureLabel } from '../../indicators/labels.js';
import { isDecimalFigure } from '../../indicators/registry.js';
import { shareOf } from '../../indicators/share.js';
import type { Count, Level, Unit } from '../../indicators/types.js';
import { figureEntries, figureKey, neutralise, unitPath, walkUnits, type Cell } from './rows.js';
import { economicsEntries } from '../../economics/index.js';
import type { Estimates } from './economics.js';

export const VALUE_COLUMNS = ['women', 'men', 'total', 'unknown'] as const;
export const HIDDEN = '..';

/** A value column's Swedish heading: Kvinnor, Män, Totalt, Okänt kön. */
export const groupHeading = (group: (typeof VALUE_COLUMNS)[number]): string =>
  group === 'unknown' ? copy('export.unknownGender') : copy(`common.${group}`);

/** A value cell: a number, HIDDEN by disclosure control, null for an empty cell (no such group, or a share of nothing). */
export type WideValue = number | typeof HIDDEN | null;

/**
 * How a row's numbers read: a whole count, a figure with decimals (merit sums, attempts per
 * person), or a share in 0..1 (a spreadsheet formats it as a percentage).
 */
export type WideKind = 'count' | 'decimal' | 'share';

export interface WideRow {
  level: Level;
  /** Names of the unit's ancestors below the nation and of the unit itself, neutralised. */
  names: string[];
  /** The figure's Swedish label, neutralised. */
  label: string;
  values: WideValue[];
  kind: WideKind;
  /** Joins with the JSON export: "<unit path>#<figure path>" (see figureKey). */
  key: string;
}

function valuesOf(count: Count<Cell> | Record<string, Cell | undefined>): WideValue[] {
  return VALUE_COLUMNS.map((group) => {
    if (!(group in count)) return null;
    const value = (count as Record<string, Cell | undefined>)[group];
    return value === null || value === undefined ? HIDDEN : value;
  });
}

/** Every unit of the trees (parents first) with its rows, in the order of the JSON. */
export function* wideRows(top: Unit<Cell>[], estimates: Estimates = new Map()): Generator<WideRow> {
  for (const root of top) {
    for (const { unit, ancestors } of walkUnits(root)) {
      const path = unitPath(unit, ancestors);
      const names = [...ancestors.filter((a) => a.level !== 'nation'), unit].map((u) => neutralise(u.name));
      const row = (figurePath: string, label: string, values: WideValue[], kind: WideKind): WideRow => ({
        level: unit.level,
        names,
        label: neutralise(label),
        values,
        kind,
        key: figureKey(path, figurePath),
      });
      for (const entry of figureEntries(unit.figures)) {
        const label = figureLabel(entry.path);
        const decimal = isDecimalFigure(entry.path);
        if (entry.kind === 'count') {
          yield row(entry.path, label, valuesOf(entry.count), decimal ? 'decimal' : 'count');
          continue;
        }
        yield row(`${entry.path}.numerator`, copy('export.numerator', { label }), valuesOf(entry.ratio.numerator), 'count');
        yield row(`${entry.path}.denominator`, copy('export.denominator', { label }), valuesOf(entry.ratio.denominator), 'count');
        // A share of nothing (denominator 0) is left empty; a hidden share is "..".
        const shares = VALUE_COLUMNS.map((group): WideValue => {
          if (!(group in entry.ratio.denominator)) return null;
          const share = shareOf(entry.ratio, group);
          if (share.denominator === 0) return null;
          return share.value === null ? HIDDEN : share.value;
        });
        yield row(entry.path, label, shares, decimal ? 'decimal' : 'share');
      }
      // The socio-economic estimate (whole kronor, persons, a ratio): of the whole unit, so in Totalt only.
      const estimate = estimates.get(unit);
      for (const e of estimate ? economicsEntries(estimate) : []) {
        const values: WideValue[] = [null, null, e.value === null ? HIDDEN : e.value, null];
        yield row(`economics.${e.path}`, e.label, values, e.kind === 'ratio' ? 'decimal' : 'count');
      }
    }
  }
}
