// `plugin-report schema NAME`: prints the JSON Schema of a YAML config file or of a table row, for
// editors and CI; `schema --format datapackage --data DIR` the Frictionless Data Package of DIR.
import { Command } from 'commander';
import { z } from 'zod';
import { UserError } from '../../errors.js';
import { CONFIG_SCHEMAS, configJsonSchemaText, type ConfigSchemaName } from '../../schema/json-schema.js';
import { TABLE_NAMES, tableJsonSchema } from '../../schema/table-json-schema.js';
import type { CsvFileKind } from '../../schema/csv.js';
import type { Outcome } from '../../errors.js';
import { writeDataPackage } from './data-package-command.js';

const configNames = Object.keys(CONFIG_SCHEMAS) as ConfigSchemaName[];
const names = [...configNames, ...TABLE_NAMES] as [string, ...string[]];
const Args = z.object({ name: z.enum(names) });
const FORMATS = ['json-schema', 'datapackage'] as const;

interface Options {
  format: string;
  data?: string;
  out?: string;
}

function printJsonSchema(name: string | undefined): void {
  if (name === undefined) throw new UserError('InvalidOption', `Name a schema: one of ${names.join(', ')}.`);
  const parsed = Args.safeParse({ name });
  if (!parsed.success) {
    throw new UserError('InvalidOption', `Unknown schema "${name}": expected one of ${names.join(', ')}.`);
  }
  const wanted = parsed.data.name;
  process.stdout.write(
    configNames.includes(wanted as ConfigSchemaName)
      ? configJsonSchemaText(wanted as ConfigSchemaName)
      : `${JSON.stringify(tableJsonSchema(wanted as CsvFileKind), null, 2)}\n`,
  );
}

export function schemaCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('schema')
    .description(
      'Print the JSON Schema of a configuration file (project, region, municipality) or of a table row (participants, grades, dropouts, kaa_contacts); ' +
        'with --format datapackage, write the Frictionless Data Package (datapackage.json) of the table files in a data folder.',
    )
    .argument('[name]', `one of: ${names.join(', ')} (not with --format datapackage)`)
    .option('--format <format>', `${FORMATS.join(' or ')}`, 'json-schema')
    .option('--data <dir>', 'data folder whose table files the datapackage describes (default: ./data)')
    .option('--out <file>', 'write the datapackage here instead of standard output (resource paths are relative to it)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ plugin-report schema municipality > municipality.schema.json\n  $ plugin-report schema participants > participants.row.schema.json\n' +
        '  $ plugin-report schema --format datapackage --data fixtures > fixtures/datapackage.json',
    )
    .action(async (name: string | undefined, options: Options) => {
      if (options.format === 'datapackage') {
        if (name !== undefined) throw new UserError('InvalidOption', `--format datapackage takes no schema name (got "${name}").`);
        await writeDataPackage(options.data, options.out);
      } else if (options.format === 'json-schema') {
        if (options.data !== undefined || options.out !== undefined) {
          throw new UserError('InvalidOption', '--data and --out go with --format datapackage.');
        }
        printJsonSchema(name);
      } else {
        throw new UserError('InvalidOption', `Unknown --format "${options.format}": expected ${FORMATS.join(' or ')}.`);
      }
      setOutcome('ok');
    });
}
