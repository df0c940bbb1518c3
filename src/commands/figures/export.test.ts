import { describe, expect, it } from 'vitest';
import { computeMunicipality, aggregate } from '../../indicators/index.js';
import { suppressedUnit } from '../../disclosure/test-helpers/suppressed.js';
import { data, municipalityConfig, participant } from '../../indicators/test-helpers/make.js';
import { figuresCsv } from './csv.js';
import { figuresXlsx, type ExportSource } from './xlsx.js';
import { neutralise, unitPath, walkUnits } from './rows.js';

const municipality = computeMunicipality(
  data([participant('a'), participant('b', { gender: 'male', workshop: 'w2' })], {
    kaaContacts: [{ line: 2, personId: 'k', contactDate: '2017-01-01', channel: 'sms', result: 'reached' }],
  }),
  { ...municipalityConfig('m1', ['w1', 'w2']), name: '=HYPERLINK("http://x")' },
);
const region = aggregate('region', 'r1', '+Region, "quoted"', [municipality]);

describe('neutralise', () => {
  it('prefixes text starting with = + - @ tab or CR with an apostrophe', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ['Malmö', '..', '1-2', 'a=b']) expect(neutralise(s)).toBe(s);
  });
});

describe('CSV', () => {
  const csv = figuresCsv([region]);
  it('is one tidy table with ids made unique by path', () => {
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('level,id,indicator,group,value,key');
    expect(lines).toContain('region,r1,participants.persons,total,2,r1#participants.persons');
    expect(lines).toContain('workshop,r1/m1/w2,participants.persons,men,1,r1/m1/w2#participants.persons');
    // Shares: numerator and denominator rows; unknown gender only where it occurs.
    expect(lines).toContain('municipality,r1/m1,kaa.contactRate.numerator,unknown,1,r1/m1#kaa.contactRate.numerator');
    expect(lines).toContain('municipality,r1/m1,kaa.contactRate.denominator,total,1,r1/m1#kaa.contactRate.denominator');
    expect(lines.filter((l) => l.includes(',unknown,')).every((l) => l.includes(',kaa.'))).toBe(true);
    // No data (no dropouts.csv) → no rows, not zeros.
    expect(lines.some((l) => l.includes('dropouts.'))).toBe(false);
  });
  it('shows hidden cells as ..', async () => {
    expect(figuresCsv([await suppressedUnit(region, 3)]).split('\r\n')).toContain(
      'region,r1,participants.persons,total,..,r1#participants.persons',
    );
  });
  it('unitPath leaves the nation out', () => {
    const nation = aggregate('nation', 'nation', 'Riket', [region]);
    const paths = [...walkUnits(nation)].map(({ unit, ancestors }) => unitPath(unit, ancestors));
    expect(paths).toEqual(['nation', 'r1', 'r1/m1', 'r1/m1/w1', 'r1/m1/w2']);
  });
});

describe('XLSX', () => {
  it('neutralises names that look like formulas and writes percentages', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await figuresXlsx([region], 0)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Läsanvisning', 'Region', 'Kommun', 'Verkstad']);
    const kommun = wb.getWorksheet('Kommun')!;
    const row = kommun.getRow(2).values as unknown[];
    expect(row[1]).toBe('\'+Region, "quoted"');
    expect(row[2]).toBe('\'=HYPERLINK("http://x")');
    let rate: unknown[] | undefined;
    kommun.eachRow((r) => {
      if ((r.values as unknown[])[3] === 'Kontaktgrad') rate = r.values as unknown[];
    });
    // 0 women and 0 men listed: a share of nothing is empty; 1 of 1 unknown and in total.
    expect(rate?.slice(4, 8)).toEqual([undefined, undefined, 1, 1]);
    expect(kommun.getRow(1).values).toEqual([
      undefined,
      'Region',
      'Kommun',
      'Indikator',
      'Kvinnor',
      'Män',
      'Totalt',
      'Okänt kön',
      'Nyckel',
    ]);
    expect(rate?.[8]).toBe('r1/m1#kaa.contactRate');
  });

  /** The reading guide's text, one string per non-empty row. */
  async function guide(minCount: number, source?: ExportSource): Promise<string[]> {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await figuresXlsx([region], minCount, source)) as unknown as ArrayBuffer);
    const rows: string[] = [];
    wb.worksheets[0]!.eachRow((r) => void rows.push(String((r.values as unknown[])[1])));
    return rows;
  }

  it('opens with a reading guide that states the threshold and what ".." means', async () => {
    const rows = await guide(5);
    expect(rows[0]).toBe('Läsanvisning');
    expect(rows).toContain(
      'Röjandekontroll med gränsen 5: antal från 1 till 4 visas inte, och inte heller andelar vars täljare eller nämnare är från 1 till 4.',
    );
    expect(rows.some((r) => r.startsWith('Tecknet ”..” betyder att uppgiften döljs för att skydda enskilda personer.'))).toBe(true);
    expect(rows.some((r) => r.includes('Även andra uppgifter kan vara dolda'))).toBe(true);
    expect(rows.join(' ')).not.toContain('inte publiceras');
  });

  it('says the figures are unprotected and not for publication when disclosure control is off', async () => {
    for (const off of [0, 1]) {
      const rows = (await guide(off)).join(' ');
      expect(rows).toContain('utan röjandekontroll');
      expect(rows).toContain('får inte publiceras');
      expect(rows).not.toContain('gränsen');
    }
  });

  it('names the source, the date the data reaches, the key and every indicator definition', async () => {
    const rows = await guide(5, {
      project: 'Plug In 2.0',
      caseNumber: '2015/00665',
      generator: 'plugin-report 9.9.9',
      dataDate: '2018-10-31',
    });
    expect(rows).toContain('Källa: kommunernas dataexporter i Plug In 2.0 (ESF-ärende 2015/00665), beräknade med plugin-report 9.9.9.');
    expect(rows).toContain('Uppgifterna gäller till och med 2018-10-31, det senaste datumet i underlaget.');
    expect(rows.some((r) => r.startsWith('Kolumnen Nyckel') && r.includes('skane/bromolla#kaa.listed'))).toBe(true);
    expect(rows.some((r) => r.startsWith('En tom cell i kolumnen Okänt kön'))).toBe(true);
    const definitions = rows.slice(rows.indexOf('Definitioner'));
    expect(definitions).toContain('Meritvärde');
    expect(definitions.at(-2)).toBe('Röjandekontroll');
  });
});
