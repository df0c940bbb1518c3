// The spreadsheet export: a reading guide (Läsanvisning: the layout, the key, the disclosure
// threshold and what ".." and an empty cell mean, the source, the data's date and the indicator
// definitions), then one sheet per level (Nation, Region, Kommun, Verkstad) with Swedish headings;
// the rows of wide-rows.ts, columns Kvinnor / Män / Totalt / Okänt kön and the key (Nyckel) that
// joins with the JSON. Hidden cells are "..". exceljs is imported lazily by the caller's first
// use, so `validate` never loads it.
import { copy } from '../../html/copy.js';
import { disclosureStatement } from '../../html/disclosure.js';
import { INDICATOR_DEFINITIONS } from '../../indicators/definitions.js';
import type { Level, Unit } from '../../indicators/types.js';
import { neutralise, type Cell } from './rows.js';
import type { Estimates } from './economics.js';
import { VALUE_COLUMNS, groupHeading, wideRows, type WideKind } from './wide-rows.js';

/** A sheet per level; its name and the columns naming the unit's ancestors are copy (export.*). */
const SHEETS: Array<{ level: Level; ancestors: Level[] }> = [
  { level: 'nation', ancestors: [] },
  { level: 'region', ancestors: ['region'] },
  { level: 'municipality', ancestors: ['region', 'municipality'] },
  { level: 'workshop', ancestors: ['region', 'municipality', 'workshop'] },
];
const levelName = (level: Level): string => copy(`export.level.${level}`);
const NUMBER_FORMATS: Record<WideKind, string | undefined> = { count: undefined, decimal: '0.0', share: '0%' };

/** What the reading guide says about where the figures come from. */
export interface ExportSource {
  /** The project's name and ESF case number, from project.yaml. */
  project: string;
  caseNumber: string;
  /** "plugin-report <version>". */
  generator: string;
  /** The latest date in the data (YYYY-MM-DD): never the clock, so the export is reproducible. */
  dataDate?: string;
}

/** `minCount`: the run's disclosure threshold N (0 or 1: off), which the reading guide states. */
export async function figuresXlsx(
  top: Unit<Cell>[],
  minCount: number,
  source?: ExportSource,
  estimates: Estimates = new Map(),
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plugin-report';
  // Fixed dates keep the workbook's metadata reproducible from run to run.
  workbook.created = workbook.modified = new Date(Date.UTC(2019, 0, 1));
  readingGuide(workbook.addWorksheet(copy('export.readingGuide.sheet')), minCount, source);

  const rows = [...wideRows(top, estimates)];
  for (const sheet of SHEETS) {
    const ofLevel = rows.filter((row) => row.level === sheet.level);
    if (ofLevel.length === 0) continue;
    const ws = workbook.addWorksheet(levelName(sheet.level), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
      ...sheet.ancestors.map((level) => ({ header: levelName(level), width: 22 })),
      { header: copy('export.indicator'), width: 58 },
      ...VALUE_COLUMNS.map((g) => ({ header: groupHeading(g), width: 11 })),
      { header: copy('export.key'), width: 48 },
    ];
    ws.getRow(1).font = { bold: true };
    const firstValue = sheet.ancestors.length + 2;
    for (const wide of ofLevel) {
      const names = wide.names.slice(wide.names.length - sheet.ancestors.length);
      const row = ws.addRow([...names, wide.label, ...wide.values, wide.key]);
      const numFmt = NUMBER_FORMATS[wide.kind];
      if (numFmt) VALUE_COLUMNS.forEach((_, i) => void (row.getCell(firstValue + i).numFmt = numFmt));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The first sheet: how to read the others, where they come from, and what each indicator means. */
function readingGuide(ws: import('exceljs').Worksheet, minCount: number, source: ExportSource | undefined): void {
  ws.columns = [{ width: 110 }];
  ws.addRow([copy('export.readingGuide.title')]).font = { bold: true, size: 13 };
  const paragraph = (text: string, bold = false) => {
    ws.addRow([]);
    const row = ws.addRow([text]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (bold) row.font = { bold: true };
  };
  for (const text of [
    copy('export.readingGuide.layout'),
    copy('export.readingGuide.key'),
    ...disclosureStatement(minCount),
    copy('export.readingGuide.emptyShare'),
    copy('export.readingGuide.emptyGroup'),
  ]) {
    paragraph(text);
  }
  if (source) {
    // The project's name and case number come from project.yaml: untrusted, so neutralised too.
    paragraph(
      neutralise(
        copy('export.readingGuide.source', { project: source.project, caseNumber: source.caseNumber, generator: source.generator }),
      ),
    );
    if (source.dataDate) paragraph(copy('export.readingGuide.dataDate', { date: source.dataDate }));
  }
  ws.addRow([]);
  ws.addRow([copy('export.readingGuide.definitions')]).font = { bold: true, size: 13 };
  for (const definition of INDICATOR_DEFINITIONS) {
    paragraph(definition.title.sv, true);
    const text = ws.addRow([definition.text.sv]);
    text.alignment = { wrapText: true, vertical: 'top' };
  }
}
