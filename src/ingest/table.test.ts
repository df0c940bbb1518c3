import { describe, expect, it } from 'vitest';
import { CSV_SPECS } from '../schema/csv.js';
import { FindingCollector } from '../validate/collector.js';
import { readTable, cell } from './table.js';

// The real collector: ingest's problems, as validation turns them into findings.
class Problems extends FindingCollector {}

async function table(text: string, kind: keyof typeof CSV_SPECS = 'grades') {
  const findings = new Problems();
  const rows: Array<{ values: string[]; line: number }> = [];
  const result = await readTable(Buffer.from(text), `x/${kind}.csv`, CSV_SPECS[kind], findings, (layout) => (fields, line) => {
    rows.push({ values: Array.from(layout.index, (col) => cell(fields, col)), line });
  });
  return { result, rows, findings };
}

describe('readTable', () => {
  it('matches headers case-insensitively, with Swedish aliases and any column order', async () => {
    const { rows, findings, result } = await table('Betyg; Ämne ;TERMIN;Deltagar-ID\nC;SV;HT2016;P1\n');
    expect(findings.errors).toEqual([]);
    expect(findings.warnings).toEqual([]);
    expect(rows).toEqual([{ values: ['P1', 'HT2016', 'SV', 'C'], line: 2 }]);
    expect(result.usable).toBe(true);
  });

  it('folds å/ä/ö and spaces in participants headers (Kön, Födelseår, Målgrupp, Fördjupat stöd)', async () => {
    const header = 'Deltagar_id,Verkstad,Målgrupp,Kön,Födelseår,Startdatum,Slutdatum,Utfall,Fördjupat stöd';
    const { findings, result } = await table(`${header}\nP1,v,1,k,2000,2016-01-01,,,ja\n`, 'participants');
    expect(findings.errors).toEqual([]);
    expect(findings.warnings).toEqual([]);
    expect(Array.from(result.layout!.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('warns about an unknown column with its number and name, and ignores it', async () => {
    const { findings, rows } = await table('participant_id,term,subject,grade,lärare\nP1,HT2016,SV,C,Anna\n');
    expect(findings.warnings).toMatchObject([{ rule: 'csv.unknown-column', line: 1, column: 5, columnName: 'lärare' }]);
    expect(rows).toHaveLength(1);
  });

  it('reports all missing required columns as ONE error and validates no row', async () => {
    const { findings, rows, result } = await table('participant_id,grade\nP1,C\nP2,D\n');
    expect(findings.errors).toHaveLength(1);
    expect(findings.errors[0]).toMatchObject({ rule: 'csv.missing-column', line: 1 });
    expect(findings.errors[0]!.message).toContain('"term", "subject"');
    expect(rows).toEqual([]);
    expect(result.rows).toBe(2);
    expect(result.usable).toBe(false);
  });

  it('reports a duplicate column (name and alias) as an error', async () => {
    const { findings } = await table('participant_id,term,subject,grade,betyg\nP1,HT2016,SV,C,C\n');
    expect(findings.errors).toMatchObject([{ rule: 'csv.duplicate-column', column: 5 }]);
  });

  it('skips rows that are blank or only delimiters; checks the field count', async () => {
    const { findings, rows } = await table('participant_id;term;subject;grade\n;;;\nP1;HT2016;SV\nP2;HT2016;SV;C;;\nP3;HT2016;SV;C;x\n');
    expect(rows.map((r) => r.line)).toEqual([4]);
    expect(findings.errors.map((f) => [f.rule, f.line])).toEqual([
      ['csv.field-count', 3],
      ['csv.field-count', 5],
    ]);
  });

  it('trims values', async () => {
    const { rows } = await table('participant_id,term,subject,grade\n  P1 , HT2016 ,SV , C\n');
    expect(rows[0]!.values).toEqual(['P1', 'HT2016', 'SV', 'C']);
  });

  it('reports an empty file', async () => {
    const { findings } = await table('');
    expect(findings.errors).toMatchObject([{ rule: 'csv.empty-file' }]);
  });
});
