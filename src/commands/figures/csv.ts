// The CSV export for pipelines: one tidy table `level,id,indicator,group,value,key`, RFC 4180,
// UTF-8 without BOM, `.` decimals, English ids (excel-csv.ts is the one for people).
// A share is two rows, `<path>.numerator` and `<path>.denominator`; a hidden cell is `..`. The
// socio-economic estimate's figures follow each unit's, as `economics.<path>` rows of group `total`.
import { GROUPS } from '../../indicators/count.js';
import type { Count, Unit } from '../../indicators/types.js';
import { figureEntries, figureKey, neutralise, unitPath, walkUnits, type Cell } from './rows.js';
import { economicsEntries } from '../../economics/index.js';
import type { Estimates } from './economics.js';

const HEADER = ['level', 'id', 'indicator', 'group', 'value', 'key'];

function field(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(fields: string[]): string {
  return fields.map(field).join(',') + '\r\n';
}

export function figuresCsv(top: Unit<Cell>[], estimates: Estimates = new Map()): string {
  let out = line(HEADER);
  const countRows = (level: string, id: string, indicator: string, count: Count<Cell>) => {
    for (const group of GROUPS) {
      if (!(group in count)) continue;
      const v = count[group];
      out += line([level, id, indicator, group, v === null || v === undefined ? '..' : String(v), figureKey(id, indicator)]);
    }
  };
  for (const root of top) {
    for (const { unit, ancestors } of walkUnits(root)) {
      const id = unitPath(unit, ancestors);
      for (const entry of figureEntries(unit.figures)) {
        if (entry.kind === 'count') countRows(unit.level, id, entry.path, entry.count);
        else {
          countRows(unit.level, id, `${entry.path}.numerator`, entry.ratio.numerator);
          countRows(unit.level, id, `${entry.path}.denominator`, entry.ratio.denominator);
        }
      }
      // The estimate's figures are of the whole unit: group "total" only; hidden is "..".
      const estimate = estimates.get(unit);
      for (const e of estimate ? economicsEntries(estimate) : []) {
        const path = `economics.${e.path}`;
        out += line([unit.level, id, path, 'total', e.value === null ? '..' : String(e.value), figureKey(id, path)]);
      }
    }
  }
  return out;
}
