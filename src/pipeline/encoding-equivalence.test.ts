// The same data written the ways Swedish exports write it must read to the same records.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MunicipalityData } from '../schema/municipality-data.js';
import { validateDataset } from '../validate/dataset.js';
import { recordsOf as rowsOf } from '../schema/row-table.js';

const base = join(import.meta.dirname, '../../fixtures/broken/valid');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Files = Record<string, Buffer>;

async function recordsOf(files: Files) {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-report-eq-'));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'alpha/ett', name), bytes);
  const seen: MunicipalityData[] = [];
  const result = await validateDataset(dir, {}, (data) => seen.push(data));
  expect(result.errors).toEqual([]);
  expect(seen).toHaveLength(1);
  return seen[0]!;
}

const withoutLines = (data: MunicipalityData) => JSON.parse(JSON.stringify(data, (key, value) => (key === 'line' ? undefined : value)));

// [English header row, Swedish header row, rows]: rows use values both forms accept.
const TABLES = {
  'participants.csv': [
    'participant_id,workshop,target_group,gender,birth_year,start_date,end_date,exit_outcome,intensive_support',
    'Deltagar-id,Verkstad,Målgrupp,Kön,Födelseår,Startdatum,Slutdatum,Utfall,Fördjupat stöd',
    [
      ['P001', 'verkstad', '1', 'kvinna', '2000', '2016-01-15', '2017-06-15', 'national_programme', 'ja'],
      ['811218-9876', 'verkstad', '2', 'man', '1998', '2016-02-01', '', '', 'nej'],
      ['P003', 'nyanlanda', '3', 'K', '1999', '2016-08-20', '2018-06-10', 'employment', ''],
    ],
  ],
  'dropouts.csv': [
    'participant_id,date,reason,returned_date',
    'Deltagar_id,Datum,Orsak,Återkomst datum',
    [
      ['P001', '2016-10-01', 'hälsa', '2016-11-01'],
      ['P003', '2017-03-01', 'flytt', ''],
    ],
  ],
  'kaa_contacts.csv': [
    'person_id,contact_date,channel,result',
    'KAA-id,Kontaktdatum,Kontaktsätt,Resultat',
    [
      ['8112189876', '2016-01-20', 'telefon', 'nådd'],
      ['K100', '2016-02-03', 'hembesök', 'ej nådd'],
    ],
  ],
  'grades.csv': [
    'participant_id,term,subject,grade',
    'Deltagar_id,Termin,Ämne,Betyg',
    [
      ['P001', 'HT2016', 'SV', 'C'],
      ['P001', 'vt2017', 'sv', 'b'],
    ],
  ],
} as const;

function write(options: {
  swedish: boolean;
  sep: string;
  nl: string;
  encoding: 'utf8' | 'cp1252' | 'bom';
  quoteNewlines?: boolean;
}): Files {
  const files: Files = {};
  for (const [name, [english, swedish, rows]] of Object.entries(TABLES)) {
    const header = (options.swedish ? swedish : english).split(',');
    const lines = [header, ...rows].map((row, r) =>
      row
        .map((value, c) => {
          // A quoted value with a line break inside (trimmed away when read) in the first data row.
          if (options.quoteNewlines && r === 1 && c === 1) return `"${value}${options.nl}"`;
          return options.quoteNewlines && value.includes(options.sep) ? `"${value}"` : value;
        })
        .join(options.sep),
    );
    const text = lines.join(options.nl) + options.nl;
    files[name] =
      options.encoding === 'cp1252'
        ? Buffer.from(text, 'latin1') // å ä ö Å Ä Ö are the same bytes in Latin-1 and Windows-1252
        : options.encoding === 'bom'
          ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
          : Buffer.from(text, 'utf8');
  }
  return files;
}

describe('equivalent encodings, delimiters, line ends and headers', () => {
  it('reads the same records from every variant as from the plain UTF-8 comma file', async () => {
    const reference = await recordsOf(write({ swedish: false, sep: ',', nl: '\n', encoding: 'utf8' }));
    expect(reference.participants.map((p) => p.id)).toEqual(['P001', '811218-9876', 'P003']);
    expect(reference.participants[0]).toMatchObject({
      gender: 'female',
      intensiveSupport: true,
      exitOutcome: 'national_programme',
      line: 2,
    });
    expect(reference.dropouts?.map((d) => d.reason)).toEqual(['health', 'moved']);
    expect(rowsOf(reference.kaaContacts ?? []).map((k) => [k.personId, k.channel, k.result])).toEqual([
      ['811218-9876', 'phone', 'reached'],
      ['K100', 'home_visit', 'not_reached'],
    ]);
    expect(rowsOf(reference.grades ?? []).map((g) => [g.term, g.subject, g.grade, g.termOrder])).toEqual([
      ['HT2016', 'SV', 'C', 4033],
      ['VT2017', 'SV', 'B', 4034],
    ]);

    const variants = {
      'Windows-1252, semicolon, CRLF, Swedish headers': write({ swedish: true, sep: ';', nl: '\r\n', encoding: 'cp1252' }),
      'UTF-8 with BOM, Swedish headers': write({ swedish: true, sep: ',', nl: '\n', encoding: 'bom' }),
      'tab-separated UTF-8, CRLF': write({ swedish: false, sep: '\t', nl: '\r\n', encoding: 'utf8' }),
      'quoted fields with newlines (LF)': write({ swedish: false, sep: ',', nl: '\n', encoding: 'utf8', quoteNewlines: true }),
      'quoted fields with newlines, Windows-1252, semicolon, CRLF': write({
        swedish: true,
        sep: ';',
        nl: '\r\n',
        encoding: 'cp1252',
        quoteNewlines: true,
      }),
    };
    for (const [label, files] of Object.entries(variants)) {
      const data = await recordsOf(files);
      expect(withoutLines(data), label).toEqual(withoutLines(reference));
    }
  });

  it('places records after a quoted newline on the lines where they start', async () => {
    const data = await recordsOf(write({ swedish: false, sep: ',', nl: '\r\n', encoding: 'utf8', quoteNewlines: true }));
    expect(data.participants.map((p) => p.line)).toEqual([2, 4, 5]);
  });
});
