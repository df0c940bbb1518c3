import { describe, expect, it } from 'vitest';
import { aggregate, computeMunicipality } from '../../indicators/index.js';
import { data, municipalityConfig, participant } from '../../indicators/test-helpers/make.js';
import { figuresExcelCsv, swedishNumber } from './excel-csv.js';

// Three persons on the KAA list, two contacted (a share of 66,7 %), four attempts (1,3 per person).
const contact = (line: number, personId: string, result: 'reached' | 'not_reached' | 'declined') => ({
  line,
  personId,
  contactDate: '2017-03-01',
  channel: 'sms' as const,
  result,
});
const municipality = computeMunicipality(
  data([participant('a'), participant('b', { gender: 'male' })], {
    kaaContacts: [
      contact(2, 'k1', 'reached'),
      contact(3, 'k2', 'not_reached'),
      contact(4, 'k2', 'declined'),
      contact(5, 'k3', 'not_reached'),
    ],
  }),
  { ...municipalityConfig('bromolla', ['w1']), name: 'Bromölla' },
);
const region = aggregate('region', 'skane', 'Skåne; södra', [municipality]);
const nation = aggregate('nation', 'nation', 'Riket', [region]);

/** The file as Excel splits it: BOM gone, lines at CRLF, fields at `;` (no field here has a quote inside). */
function cells(csv: string): string[][] {
  return csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      line
        .match(/("([^"]|"")*"|[^;]*)(;|$)/g)!
        .filter((f) => f !== '')
        .map((f) => f.replace(/;$/, '')),
    );
}

describe('the CSV for a Swedish Excel', () => {
  const csv = figuresExcelCsv([nation]);
  const rows = cells(csv);
  const row = (key: string) => rows.find((r) => r.at(-1) === key);

  it('starts with a BOM and has Swedish headings separated by semicolons', () => {
    expect(csv.startsWith('\uFEFFNivå;Region;Kommun;Verkstad;Indikator;Kvinnor;Män;Totalt;Okänt kön;Nyckel\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('names every unit beside its key, with the names of the levels above', () => {
    expect(row('nation#participants.persons')).toEqual([
      'Nation',
      '',
      '',
      '',
      'Deltagare',
      '1',
      '1',
      '2',
      '',
      'nation#participants.persons',
    ]);
    // A name with the separator in it is quoted, so it stays one column.
    expect(row('skane/bromolla#participants.persons')!.slice(0, 3)).toEqual(['Kommun', '"Skåne; södra"', 'Bromölla']);
    expect(row('skane/bromolla/w1#participants.persons')![0]).toBe('Verkstad');
  });

  it('writes shares as per cent and other decimals with a decimal comma', () => {
    expect(row('skane/bromolla#kaa.contactRate')!.slice(4, 8)).toEqual(['Kontaktgrad (%)', '', '', '66,7']);
    expect(row('skane/bromolla#kaa.contactRate.numerator')!.slice(7, 8)).toEqual(['2']);
    expect(row('skane/bromolla#kaa.attemptsPerPerson')!.slice(4, 8)).toEqual(['Kontaktförsök per person', '', '', '1,3']);
  });

  it('prints hidden figures as .. and nothing for an empty cell', () => {
    expect(swedishNumber('..', 'count')).toBe('..');
    expect(swedishNumber(null, 'share')).toBe('');
    expect(swedishNumber(17.5, 'decimal')).toBe('17,5');
    expect(swedishNumber(0.925, 'share')).toBe('92,5');
    expect(swedishNumber(1234, 'count')).toBe('1234');
  });
});
