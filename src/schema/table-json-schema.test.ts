import { describe, expect, it } from 'vitest';
import { CSV_SPECS } from './csv.js';
import { TABLE_NAMES, tableJsonSchema } from './table-json-schema.js';

type Property = { enum?: string[]; pattern?: string; anyOf?: Property[]; minLength?: number; 'x-aliases'?: string[] };

describe('tableJsonSchema', () => {
  it('has every column of every table, requires the required ones, and names their aliases', () => {
    for (const kind of TABLE_NAMES) {
      const schema = tableJsonSchema(kind) as { properties: Record<string, Property>; required: string[] };
      expect(Object.keys(schema.properties)).toEqual(CSV_SPECS[kind].columns.map((c) => c.name));
      expect(schema.required).toEqual(CSV_SPECS[kind].columns.filter((c) => c.required).map((c) => c.name));
    }
    const participants = tableJsonSchema('participants') as { properties: Record<string, Property> };
    expect(participants.properties.gender!['x-aliases']).toEqual(['kon']);
  });

  it('lists codes with their Swedish spellings and gives the shapes of dates, years, terms and ids', () => {
    const p = (tableJsonSchema('participants') as { properties: Record<string, Property> }).properties;
    expect(p.gender!.enum).toEqual(expect.arrayContaining(['female', 'male', 'kvinna', 'man']));
    expect(p.gender!.minLength).toBe(1);
    const date = new RegExp(p.start_date!.pattern!);
    expect(date.test('2016-01-15')).toBe(true);
    expect(date.test('15/01/2016')).toBe(false);
    // Optional: empty, or a valid value.
    expect(p.end_date!.anyOf!.map((a) => a.pattern ?? (a as { const?: string }).const)).toEqual(['', p.start_date!.pattern]);
    const ids = p.participant_id!.anyOf!.map((a) => new RegExp(a.pattern!));
    expect(ids.some((r) => r.test('P0042'))).toBe(true);
    expect(ids.some((r) => r.test('19990101-2389'))).toBe(true);
    const term = new RegExp((tableJsonSchema('grades') as { properties: Record<string, Property> }).properties.term!.pattern!);
    expect([term.test('ht2016'), term.test('VT2017'), term.test('HT17')]).toEqual([true, true, false]);
  });
});
