// Where the personnummer-leak properties (src/validate/pnr-leak.test.ts, test/e2e/pnr-leak.test.ts)
// plant a number in a copy of fixtures/broken/valid: each place is printed by some finding or
// document, or refused by every command, so a leak anywhere would show.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The municipality of fixtures/broken/valid the number goes into. */
const MUNICIPALITY = 'alpha/ett';

export const PLANT_PLACES = [
  'participant_id',
  'grades id',
  'workshop',
  /** An extra column (a warning): every row gets its empty field, so the data stays valid. */
  'header',
  /** The municipality's name, a valid YAML file: printed in documents and chart labels. */
  'name',
  /** The name and an unknown key with the same value: the YAML is invalid and its findings quote both. */
  'name and unknown key',
  'yaml workshop id',
  'quote',
  'narrative',
] as const;

export type PlantPlace = (typeof PLANT_PLACES)[number];

/** Writes `id` at `place` into the data folder `dir` (a copy of fixtures/broken/valid). */
export function plantPersonnummer(dir: string, place: PlantPlace, id: string): void {
  const q = `"${id}"`; // quoted, so that a separator such as ',' or a tab stays inside its field
  const y = JSON.stringify(id); // a YAML double-quoted string
  const changes: Record<PlantPlace, [file: string, change: (text: string) => string]> = {
    participant_id: ['participants.csv', (t) => t.replace('P002,', `${q},`)],
    'grades id': ['grades.csv', (t) => t.replace(/\nP001,/, `\n${q},`)],
    workshop: ['participants.csv', (t) => t.replace('P002,verkstad,', `P002,${q},`)],
    header: [
      'participants.csv',
      (t) =>
        t
          .split('\n')
          .map((line, i) => (i === 0 ? `${line},${q}` : line === '' ? line : `${line},`))
          .join('\n'),
    ],
    name: ['municipality.yaml', (t) => t.replace('name: Ett', `name: ${y}`)],
    'name and unknown key': ['municipality.yaml', (t) => t.replace('name: Ett', `name: ${y}\nextra: ${y}`)],
    'yaml workshop id': ['municipality.yaml', (t) => t.replace('id: verkstad', `id: ${y}`)],
    quote: ['municipality.yaml', (t) => `${t}quotes:\n  - text: ${y}\n    role: elev\n`],
    narrative: ['municipality.yaml', (t) => `${t}narrative:\n  what_we_did: ${JSON.stringify(`Ring **${id}** i dag.`)}\n`],
  };
  const [file, change] = changes[place];
  const path = join(dir, MUNICIPALITY, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
