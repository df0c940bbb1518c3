import { describe, expect, it } from 'vitest';
import type { TableRow } from './document.js';
import { countCells, indicatorNotes, shareCells, withoutZeroCategories } from './tables.js';

const data = (label: string, cells: string[], indent = true): TableRow => ({ kind: 'data', label, cells, indent });
const group = (label: string): TableRow => ({ kind: 'group', label, cells: [], indent: false });

describe('withoutZeroCategories', () => {
  it('drops the zero categories of a breakdown and names each once', () => {
    const rows = [
      { kind: 'total', label: 'Deltagare', cells: ['17', '23', '40'], indent: false } as TableRow,
      group('Per målgrupp'),
      data('Målgrupp 1 (riskzon)', ['0', '0', '0']),
      data('Målgrupp 2 (KAA)', ['9', '11', '20']),
      group('Per åldersgrupp'),
      data('20–24 år', ['0', '0', '0']),
      data('15–19 år', ['..', '..', '35']),
      group('Vipan'),
      data('Målgrupp 1 (riskzon)', ['0', '0', '0']),
      group('KAA och ComUng'),
      data('Arbete', ['1', '2', '3']),
    ];
    const { rows: kept, dropped } = withoutZeroCategories(rows);
    expect(kept.map((r) => r.label)).toEqual([
      'Deltagare',
      'Per målgrupp',
      'Målgrupp 2 (KAA)',
      'Per åldersgrupp',
      '15–19 år',
      'KAA och ComUng',
      'Arbete',
    ]);
    expect(dropped).toEqual(['Målgrupp 1 (riskzon)', '20–24 år']);
  });

  it('keeps zero totals, unindented statements and hidden cells', () => {
    const rows = [
      { kind: 'total', label: 'Personer med avbrott', cells: ['0', '0', '0'], indent: false } as TableRow,
      data('Med fördjupat stöd', ['0', '0', '0'], false),
      data('Folkhögskola', ['..', '..', '..']),
    ];
    expect(withoutZeroCategories(rows)).toEqual({ rows, dropped: [] });
  });
});

describe('unknown gender', () => {
  it('puts Okänt kön before Totalt, so the columns add up, and shows 0 where nobody is unknown', () => {
    expect(countCells({ women: 36, men: 44, unknown: 27, total: 107 }, true)).toEqual(['36', '44', '27', '107']);
    expect(countCells({ women: 3, men: 4, total: 7 }, true)).toEqual(['3', '4', '0', '7']);
    expect(countCells({ women: 36, men: 44, unknown: 27, total: 107 })).toEqual(['36', '44', '107']);
    const contacted = { women: 36, men: 44, unknown: 20, total: 100 };
    const listed = { women: 36, men: 44, unknown: 27, total: 107 };
    expect(shareCells({ numerator: contacted, denominator: listed }, true).map((c) => c.replace(/\s/g, ' '))).toEqual([
      '100 % (36 av 36)',
      '100 % (44 av 44)',
      '74 % (20 av 27)',
      '93 % (100 av 107)',
    ]);
  });
});

describe('indicatorNotes', () => {
  it('states the number, or words it differently when the number is hidden (never "..")', () => {
    expect(indicatorNotes([{ key: 'report.notes.unknownGender', numbers: { n: 258 } }])[0]).toContain('Okänt kön: 258 personer');
    const hidden = indicatorNotes([{ key: 'report.notes.unknownGender', numbers: { n: null } }])[0]!;
    expect(hidden).toContain('hur många visas inte');
    expect(hidden).not.toContain('..');
  });
});
