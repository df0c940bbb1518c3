import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMAS, configJsonSchema, configJsonSchemaText, type ConfigSchemaName } from './json-schema.js';

const names = Object.keys(CONFIG_SCHEMAS) as ConfigSchemaName[];

describe('published JSON Schema', () => {
  it.each(names)('schema/%s.schema.json is in step with the zod schema (run `npm run gen:docs` after changing config.ts)', (name) => {
    const committed = readFileSync(new URL(`../../schema/${CONFIG_SCHEMAS[name].file}`, import.meta.url), 'utf8');
    expect(committed).toBe(configJsonSchemaText(name));
  });

  it('describes the required project keys of the data contract', () => {
    const schema = configJsonSchema('project') as { required: string[]; properties: Record<string, { pattern?: string }> };
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'esf_case_number', 'owner', 'period', 'regions']));
    expect(schema.properties.esf_case_number?.pattern).toBe('^\\d{4}\\/\\d{5}$');
  });

  it('rejects unknown keys, so a typo in a YAML key is caught', () => {
    const schema = configJsonSchema('municipality') as { additionalProperties: unknown };
    expect(schema.additionalProperties).toBe(false);
  });

  it('gives slugs their pattern', () => {
    const schema = configJsonSchema('region') as { properties: { id: { pattern: string } } };
    expect(new RegExp(schema.properties.id.pattern).test('skane')).toBe(true);
    expect(new RegExp(schema.properties.id.pattern).test('../etc')).toBe(false);
    expect(new RegExp(schema.properties.id.pattern).test('skåne')).toBe(false);
  });
});
