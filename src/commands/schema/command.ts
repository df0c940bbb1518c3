// `plugin-report schema NAME`: prints the JSON Schema of a YAML config file, for editors and CI.
import { Command } from 'commander';
import { z } from 'zod';
import { UserError } from '../../errors.js';
import { CONFIG_SCHEMAS, configJsonSchemaText, type ConfigSchemaName } from '../../schema/json-schema.js';
import { TABLE_NAMES, tableJsonSchema } from '../../schema/table-json-schema.js';
import type { CsvFileKind } from '../../schema/csv.js';
import type { Outcome } from '../../errors.js';

const configNames = Object.keys(CONFIG_SCHEMAS) as ConfigSchemaName[];
const names = [...configNames, ...TABLE_NAMES] as [string, ...string[]];
const Args = z.object({ name: z.enum(names) });

export function schemaCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('schema')
    .description(
      'Print the JSON Schema of a configuration file (project, region, municipality) or of a table row (participants, grades, dropouts, kaa_contacts).',
    )
    .argument('<name>', `one of: ${names.join(', ')}`)
    .addHelpText(
      'after',
      '\nExamples:\n  $ plugin-report schema municipality > municipality.schema.json\n  $ plugin-report schema participants > participants.row.schema.json',
    )
    .action((name: string) => {
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
      setOutcome('ok');
    });
}
