// End-to-end: the BUILT CLI pseudonymises a data folder whose ids are personnummer (Kronoberg's,
// in two forms, in UTF-8 with commas and windows-1252 with semicolons, plus KAA persons known only
// by their personnummer). Afterwards it holds none, validates, and gives the same figures.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { looksLikePersonalNumber, personnummerShape } from '../../src/util/pnr.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
const REGION = 'kronoberg';

// The national JSON of the fixtures is over 1 MB since it carries the socio-economic estimates
// (issue 16): above spawnSync's default maxBuffer, which kills the child (status null).
const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' } });

/** A valid personnummer (Luhn check digit) of January 1990, distinct for n < 2800, as YYMMDD-NNNN. */
function personnummer(n: number, lastButOne: number): string {
  const day = String(1 + Math.floor(n / 100)).padStart(2, '0');
  const nine = `9001${day}${String(n % 100).padStart(2, '0')}${lastButOne}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
}

/** Every id of the region's tables replaced by a personnummer: the participants' form with '-', the others' 12 digits. */
function withPersonnummer(data: string): void {
  let next = 0;
  const ids = new Map<string, string>();
  for (const municipality of readdirSync(join(data, REGION), { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const folder = join(data, REGION, municipality.name);
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.csv'))
      .sort((a) => (a === 'participants.csv' ? -1 : 1))) {
      const text = readFileSync(join(folder, file), 'latin1');
      const delimiter = text.split('\n')[0]!.includes(';') ? ';' : ',';
      const lines = text.split('\n').map((line, i) => {
        if (i === 0 || line === '') return line;
        const [id, ...rest] = line.split(delimiter);
        if (!ids.has(id!)) ids.set(id!, personnummer(next++, next % 10));
        const pnr = ids.get(id!)!;
        const form = file === 'participants.csv' ? pnr : `19${pnr.replace('-', '')}`;
        return [form, ...rest].join(delimiter);
      });
      if (file === 'kaa_contacts.csv') {
        // Persons on the KAA list only: the figures take their gender from the personnummer.
        lines.splice(1, 0, `${personnummer(2700, 8)},2016-05-01,phone,reached`, `${personnummer(2701, 7)},2016-05-02,letter,not_reached`);
      }
      writeFileSync(join(folder, file), lines.join('\n'), 'latin1');
    }
  }
}

const csvTexts = (data: string) =>
  readdirSync(join(data, REGION), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .map((f) => readFileSync(join(data, REGION, f), 'latin1'));

/** Whether any field of a table is a personnummer (scanned field by field: a text scan would take a pseudonym's hex digits next to a year for one). */
const holdsPersonnummer = (text: string) =>
  text.split(/\r?\n/).some((line) => line.split(/[,;\t]/).some((field) => looksLikePersonalNumber(field) ?? personnummerShape(field)));

const figures = (data: string) => {
  const result = run(['figures', '--national', '--data', data, '--format', 'json', '--suppress', '0']);
  expect(result.status).toBe(0);
  return result.stdout;
};

let work: string;
let data: string;
let before: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pseudonymise-e2e-'));
  data = join(work, 'data');
  cpSync(join(ROOT, 'fixtures'), data, { recursive: true });
  withPersonnummer(data);
  expect(csvTexts(data).filter(holdsPersonnummer).length).toBe(6);
  before = figures(data);
});

describe('pseudonymise', () => {
  it('refuses a key inside the data folder and changes nothing (exit 2)', () => {
    const texts = csvTexts(data);
    const result = run(['pseudonymise', '--data', data, '--key-file', join(data, 'k.key'), '--new-key']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/inside/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(csvTexts(data)).toEqual(texts);
  });

  it('into --out and in place give the same files, with no personnummer left, valid data and the same figures', () => {
    const key = join(work, 'pseudonym.key');
    const out = join(work, 'out');
    expect(run(['pseudonymise', '--data', data, '--key-file', key, '--new-key', '--out', out]).status).toBe(0);
    const inPlace = run(['pseudonymise', '--data', data, '--key-file', key]);
    expect(inPlace.stdout).toMatch(/in place/);
    expect(inPlace.status).toBe(0);
    expect(csvTexts(out)).toEqual(csvTexts(data));
    expect(csvTexts(data).filter(holdsPersonnummer)).toEqual([]);
    // The windows-1252 header of Växjö's participants is kept byte for byte.
    expect(readFileSync(join(data, REGION, 'vaxjo', 'participants.csv'), 'latin1')).toMatch(/^Deltagar-ID;Verkstad;M\xE5lgrupp;K\xF6n;/);
    expect(readFileSync(join(data, REGION, 'ljungby', 'kaa_contacts.csv'), 'latin1')).toMatch(
      /^person_id,contact_date,channel,result,gender\n/,
    );
    const validation = run(['validate', '--data', data]);
    expect(validation.stdout).toMatch(/ 0 errors/);
    expect(validation.status).toBe(0);
    expect(figures(data)).toBe(before);
  });
});
