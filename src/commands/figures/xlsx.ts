// The spreadsheet export: a reading guide (Läsanvisning: the layout, the disclosure threshold and
// what ".." means), then one sheet per level (Nation, Region, Kommun, Verkstad) with Swedish
// headings; one row per unit and indicator, columns Kvinnor / Män / Totalt / Okänt kön. A share
// gets three rows: numerator, denominator and the share itself (as a percentage). Hidden cells
// are "..". exceljs is imported lazily by the caller's first use, so `validate` never loads it.
import { copy } from '../../html/copy.js';
import { disclosureStatement } from '../../html/disclosure.js';
import type { GROUPS } from '../../indicators/count.js';
import { figureLabel } from '../../indicators/labels.js';
import { isDecimalFigure } from '../../indicators/registry.js';
import { shareOf } from '../../indicators/share.js';
import type { Count, Level, Unit } from '../../indicators/types.js';
import { figureEntries, neutralise, walkUnits, type Cell } from './rows.js';

/** A sheet per level; its name and the columns naming the unit's ancestors are copy (export.*). */
const SHEETS: Array<{ level: Level; ancestors: Level[] }> = [
  { level: 'nation', ancestors: [] },
  { level: 'region', ancestors: ['region'] },
  { level: 'municipality', ancestors: ['region', 'municipality'] },
  { level: 'workshop', ancestors: ['region', 'municipality', 'workshop'] },
];
const levelName = (level: Level): string => copy(`export.level.${level}`);
const groupHeading = (group: (typeof GROUPS)[number]): string =>
  group === 'unknown' ? copy('export.unknownGender') : copy(`common.${group}`);
const VALUE_COLUMNS = ['women', 'men', 'total', 'unknown'] as const;
const HIDDEN = '..';

/** `minCount`: the run's disclosure threshold N (0 or 1: off), which the reading guide states. */
export async function figuresXlsx(top: Unit<Cell>[], minCount: number): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plugin-report';
  // Fixed dates keep the workbook's metadata reproducible from run to run.
  workbook.created = workbook.modified = new Date(Date.UTC(2019, 0, 1));
  readingGuide(workbook.addWorksheet(copy('export.readingGuide.sheet')), minCount);

  const units = top.flatMap((root) => [...walkUnits(root)]);
  for (const sheet of SHEETS) {
    const rows = units.filter(({ unit }) => unit.level === sheet.level);
    if (rows.length === 0) continue;
    const ws = workbook.addWorksheet(levelName(sheet.level), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
      ...sheet.ancestors.map((level) => ({ header: levelName(level), width: 22 })),
      { header: copy('export.indicator'), width: 58 },
      ...VALUE_COLUMNS.map((g) => ({ header: groupHeading(g), width: 11 })),
    ];
    ws.getRow(1).font = { bold: true };

    for (const { unit, ancestors } of rows) {
      const names = [...ancestors.filter((a) => a.level !== 'nation'), unit].map((u) => neutralise(u.name));
      const add = (label: string, count: Count<Cell> | Record<string, number | null | undefined>, numFmt?: string) => {
        const values = VALUE_COLUMNS.map((g) => {
          if (!(g in count)) return null;
          const v = (count as Record<string, Cell | undefined>)[g];
          return v === null || v === undefined ? HIDDEN : v;
        });
        const row = ws.addRow([...names.slice(names.length - sheet.ancestors.length), neutralise(label), ...values]);
        if (numFmt) {
          VALUE_COLUMNS.forEach((_, i) => {
            row.getCell(sheet.ancestors.length + 2 + i).numFmt = numFmt;
          });
        }
        return row;
      };
      for (const entry of figureEntries(unit.figures)) {
        const label = figureLabel(entry.path);
        if (entry.kind === 'count') {
          add(label, entry.count, isDecimalFigure(entry.path) ? '0.0' : undefined);
          continue;
        }
        add(copy('export.numerator', { label }), entry.ratio.numerator);
        add(copy('export.denominator', { label }), entry.ratio.denominator);
        // A share of nothing (denominator 0) is left empty; a hidden share is "..".
        const shares: Record<string, number | null | undefined> = {};
        const empty: number[] = [];
        VALUE_COLUMNS.forEach((g, i) => {
          if (!(g in entry.ratio.denominator)) return;
          const share = shareOf(entry.ratio, g);
          shares[g] = share.value;
          if (share.denominator === 0) empty.push(i);
        });
        const row = add(label, shares, isDecimalFigure(entry.path) ? '0.0' : '0%');
        for (const i of empty) row.getCell(sheet.ancestors.length + 2 + i).value = null;
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The first sheet: how to read the others, and how the figures are protected (or that they are not). */
function readingGuide(ws: import('exceljs').Worksheet, minCount: number): void {
  ws.columns = [{ width: 110 }];
  ws.addRow([copy('export.readingGuide.title')]).font = { bold: true, size: 13 };
  const paragraphs = [copy('export.readingGuide.layout'), ...disclosureStatement(minCount), copy('export.readingGuide.emptyShare')];
  for (const text of paragraphs) {
    ws.addRow([]);
    const row = ws.addRow([text]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}
