// The published JSON Schema of the YAML configuration, generated from the zod schemas so the two
// can never drift apart: schema/*.schema.json are written by `npm run gen:docs` and compared with
// this output by src/schema/json-schema.test.ts.
import { z } from 'zod';
import { MunicipalityConfig, ProjectConfig, RegionConfig } from './config.js';

export const CONFIG_SCHEMAS = {
  project: { file: 'project.schema.json', yaml: 'project.yaml', schema: ProjectConfig },
  region: { file: 'region.schema.json', yaml: '<region>/region.yaml', schema: RegionConfig },
  municipality: { file: 'municipality.schema.json', yaml: '<region>/<municipality>/municipality.yaml', schema: MunicipalityConfig },
} as const;

export type ConfigSchemaName = keyof typeof CONFIG_SCHEMAS;

/** JSON Schema (draft 2020-12) of what may be written in the YAML file: the input side of the zod schema. */
export function configJsonSchema(name: ConfigSchemaName): Record<string, unknown> {
  const { schema, yaml } = CONFIG_SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: json.$schema,
    $id: `https://plugin-report.invalid/schema/${CONFIG_SCHEMAS[name].file}`,
    title: `plugin-report ${yaml}`,
    ...json,
  };
}

/** The file text as committed under schema/ (stable key order, trailing newline). */
export function configJsonSchemaText(name: ConfigSchemaName): string {
  return JSON.stringify(configJsonSchema(name), null, 2) + '\n';
}
