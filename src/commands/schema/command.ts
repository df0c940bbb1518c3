// `plugin-report schema NAME`: prints the JSON Schema of a YAML config file, for editors and CI.
import { Command } from 'commander';
import { z } from 'zod';
import { UserError } from '../../errors.js';
import { CONFIG_SCHEMAS, configJsonSchemaText, type ConfigSchemaName } from '../../schema/json-schema.js';
import type { Outcome } from '../outcome.js';

const names = Object.keys(CONFIG_SCHEMAS) as [ConfigSchemaName, ...ConfigSchemaName[]];
const Args = z.object({ name: z.enum(names) });

export function schemaCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('schema')
    .description('Print the JSON Schema of a configuration file (project, region or municipality).')
    .argument('<name>', `one of: ${names.join(', ')}`)
    .addHelpText('after', '\nExample:\n  $ plugin-report schema municipality > municipality.schema.json')
    .action((name: string) => {
      const parsed = Args.safeParse({ name });
      if (!parsed.success) {
        throw new UserError('InvalidOption', `Unknown schema "${name}": expected one of ${names.join(', ')}.`);
      }
      process.stdout.write(configJsonSchemaText(parsed.data.name));
      setOutcome('ok');
    });
}
