// The CSV for a Swedish Excel (`figures --format excel-csv`): what a coordinator double-clicks.
// Excel picks the encoding from a byte-order mark (without one it reads Windows-1252 and garbles
// å, ä, ö), splits on the list separator of the region's settings (`;` in Sweden, where `,` is
// the decimal sign) and reads numbers with a decimal comma. So: UTF-8 with a BOM, `;`, decimal
// commas, Swedish headings, the units' names, and the key that joins with the JSON last. The
// tidy `--format csv` stays for pipelines.
import { copy } from '../../html/copy.js';
import type { Unit } from '../../indicators/types.js';
import type { Cell } from './rows.js';
import type { Estimates } from './economics.js';
import { HIDDEN, VALUE_COLUMNS, groupHeading, wideRows, type WideKind, type WideValue } from './wide-rows.js';

const BOM = '\uFEFF';
const SEPARATOR = ';';
/** Name columns: every row has all three, empty above its own level. */
const NAME_LEVELS = ['region', 'municipality', 'workshop'] as const;

function field(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number as a Swedish Excel reads it: decimal comma, no thousands separator, shares in per cent. */
export function swedishNumber(value: WideValue, kind: WideKind): string {
  if (value === null) return '';
  if (value === HIDDEN) return HIDDEN;
  // Shares as per cent with one decimal (92,2), so the column reads without a cell format;
  // attempts per person and merit sums keep their own decimals.
  const shown = kind === 'share' ? Math.round(value * 1000) / 10 : kind === 'decimal' ? Math.round(value * 10) / 10 : value;
  return String(shown).replace('.', ',');
}

export function figuresExcelCsv(top: Unit<Cell>[], estimates: Estimates = new Map()): string {
  const header = [
    copy('export.levelColumn'),
    ...NAME_LEVELS.map((level) => copy(`export.level.${level}`)),
    copy('export.indicator'),
    ...VALUE_COLUMNS.map(groupHeading),
    copy('export.key'),
  ];
  const lines = [header];
  for (const row of wideRows(top, estimates)) {
    // The names below the nation, one column per level, in order; the nation's own row has none.
    const names = NAME_LEVELS.map((_, i) => row.names[i] ?? '');
    const label = row.kind === 'share' ? copy('export.sharePercent', { label: row.label }) : row.label;
    lines.push([
      copy(`export.level.${row.level}`),
      ...(row.level === 'nation' ? ['', '', ''] : names),
      label,
      ...row.values.map((value) => swedishNumber(value, row.kind)),
      row.key,
    ]);
  }
  return BOM + lines.map((fields) => fields.map(field).join(SEPARATOR)).join('\r\n') + '\r\n';
}
