import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { BOOLEAN_VALUES } from './codes.js';
import { CSV_SPECS } from './csv.js';
import { type TableFile, dataPackage } from './data-package.js';
import { FIELD_TYPES } from './fields.js';

// The official Frictionless profiles (draft-04), vendored: see test/fixtures/frictionless/README.md.
const profile = (name: string) => JSON.parse(readFileSync(`test/fixtures/frictionless/${name}.json`, 'utf8')) as object;
// Not strict: the profiles carry their own keywords (propertyOrder, context, examples).
// A CommonJS module: its class is both the module and its `default`, which TypeScript sees.
const ajv = new AjvDraft04.default({ strict: false, validateFormats: false, allErrors: true });
const validPackage = ajv.compile(profile('tabular-data-package'));
const validTableSchema = ajv.compile(profile('table-schema'));

const FILES: TableFile[] = [
  { path: 'skane/lund/participants.csv', kind: 'participants', format: 'csv', delimiter: ';', encoding: 'windows-1252' },
  { path: 'skane/lund/grades.csv', kind: 'grades', format: 'csv', delimiter: ',', encoding: 'utf-8' },
  { path: 'skane/lund/dropouts.xlsx', kind: 'dropouts', format: 'xlsx' },
  { path: 'skane/lund/kaa_contacts.csv', kind: 'kaa_contacts', format: 'csv', delimiter: '\t', encoding: 'utf-8' },
  { path: 'skane/malmo/grades.csv', kind: 'grades', format: 'csv', delimiter: ',', encoding: 'utf-8' },
];

interface Field {
  name: string;
  type: string;
  constraints: { required?: boolean; enum?: string[] };
  trueValues?: string[];
  falseValues?: string[];
}
interface Resource {
  name: string;
  path: string;
  format: string;
  encoding?: string;
  dialect?: { delimiter: string };
  schema: {
    fields: Field[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
const resources = () => (dataPackage(FILES) as { resources: Resource[] }).resources;
const fieldsOf = (index: number) => new Map(resources()[index]!.schema.fields.map((f) => [f.name, f]));

describe('dataPackage', () => {
  it('is a Tabular Data Package by the official Frictionless JSON Schemas', () => {
    const descriptor = dataPackage(FILES);
    expect(validPackage(descriptor), JSON.stringify(validPackage.errors)).toBe(true);
    for (const resource of resources()) expect(validTableSchema(resource.schema), JSON.stringify(validTableSchema.errors)).toBe(true);
  });

  it('fails that check when a field has a type Table Schema does not know (the check can fail)', () => {
    const descriptor = dataPackage(FILES) as { resources: Resource[] };
    descriptor.resources[0]!.schema.fields[0]!.type = 'personnummer';
    expect(validPackage(descriptor)).toBe(false);
    expect(validTableSchema(descriptor.resources[0]!.schema)).toBe(false);
  });

  it('has one resource per file, with its path, format and the delimiter and encoding found in it', () => {
    expect(resources().map((r) => [r.name, r.path, r.format, r.dialect?.delimiter, r.encoding])).toEqual([
      ['skane/lund/participants', 'skane/lund/participants.csv', 'csv', ';', 'windows-1252'],
      ['skane/lund/grades', 'skane/lund/grades.csv', 'csv', ',', 'utf-8'],
      ['skane/lund/dropouts', 'skane/lund/dropouts.xlsx', 'xlsx', undefined, undefined],
      ['skane/lund/kaa_contacts', 'skane/lund/kaa_contacts.csv', 'csv', '\t', 'utf-8'],
      ['skane/malmo/grades', 'skane/malmo/grades.csv', 'csv', ',', 'utf-8'],
    ]);
  });

  it("has every column of the validator's spec, required where the spec requires it", () => {
    for (const [index, file] of FILES.entries()) {
      const fields = resources()[index]!.schema.fields;
      expect(fields.map((f) => [f.name, f.constraints.required === true])).toEqual(
        CSV_SPECS[file.kind].columns.map((c) => [c.name, c.required]),
      );
    }
  });

  it("lists the validator's codes with their Swedish aliases, and booleans as true and false values", () => {
    const participants = fieldsOf(0);
    const gender = FIELD_TYPES.gender;
    expect(participants.get('gender')!.constraints.enum).toEqual([...new Set([...gender.codes, ...Object.keys(gender.aliases)])]);
    expect(participants.get('gender')!.constraints.enum).toEqual(expect.arrayContaining(['female', 'male', 'kvinna', 'man']));
    expect(participants.get('target_group')!.constraints.enum).toEqual(['1', '2', '3']);
    expect(participants.get('intensive_support')).toMatchObject({
      type: 'boolean',
      trueValues: Object.keys(BOOLEAN_VALUES).filter((k) => BOOLEAN_VALUES[k]),
      falseValues: Object.keys(BOOLEAN_VALUES).filter((k) => !BOOLEAN_VALUES[k]),
    });
    expect(participants.get('intensive_support')!.trueValues).toContain('ja');
    expect(participants.get('start_date')!.type).toBe('date');
    expect(participants.get('birth_year')!.type).toBe('year');
  });

  it('keys: participants by id, grades by id, term and subject; grades and dropouts refer to their own folder’s participants', () => {
    const [participants, grades, dropouts, kaa, malmoGrades] = resources();
    expect(participants!.schema.primaryKey).toEqual(['participant_id']);
    expect(grades!.schema.primaryKey).toEqual(['participant_id', 'term', 'subject']);
    const toLund = [{ fields: ['participant_id'], reference: { resource: 'skane/lund/participants', fields: ['participant_id'] } }];
    expect(grades!.schema.foreignKeys).toEqual(toLund);
    expect(dropouts!.schema.foreignKeys).toEqual(toLund);
    // A young person on the KAA list need not be a participant.
    expect(kaa!.schema.foreignKeys).toBeUndefined();
    // No participants file in Malmö's folder here: no key to another municipality's.
    expect(malmoGrades!.schema.foreignKeys).toBeUndefined();
  });
});

describe('dataPackage paths', () => {
  it('takes resource paths from the descriptor’s folder and keeps names and keys on data-folder paths', () => {
    const descriptor = dataPackage(FILES.slice(0, 2), (path) => `../data/${path}`) as { resources: Resource[] };
    expect(descriptor.resources.map((r) => [r.name, r.path])).toEqual([
      ['skane/lund/participants', '../data/skane/lund/participants.csv'],
      ['skane/lund/grades', '../data/skane/lund/grades.csv'],
    ]);
    expect(descriptor.resources[1]!.schema.foreignKeys![0]!.reference.resource).toBe('skane/lund/participants');
  });
});
