// `plugin-report pseudonymise`: replaces every person id of the four tables with a keyed-hash
// pseudonym before the data reaches Git (a data repository keeps every version forever). The same
// key gives the same pseudonyms, so a later export can be merged.
import { Command } from 'commander';
import { z } from 'zod';
import type { Outcome } from '../../errors.js';
import { DEFAULTS, OPTION_HELP, dataOption, parseOptions } from '../options.js';

const Options = z.strictObject({
  data: dataOption,
  keyFile: z.string({ message: '--key-file FILE is required' }).min(1),
  newKey: z.boolean().default(false),
  out: z.string().min(1).optional(),
});

export function pseudonymiseCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('pseudonymise')
    .description("Replace every person id (personnummer or not) in the data folder's tables with a keyed-hash pseudonym.")
    .option('--data <dir>', OPTION_HELP.data, DEFAULTS.data)
    .option('--key-file <file>', 'the secret key (outside the data folder); the same key gives the same pseudonyms')
    .option('--new-key', 'create the key file first (32 random bytes, mode 0600); an existing file is never overwritten', false)
    .option('--out <dir>', 'write a pseudonymised copy of the whole data folder here (new or empty) instead of rewriting in place')
    .addHelpText(
      'after',
      `
Examples:
  $ plugin-report pseudonymise --data data --key-file ~/plugin-report.key --new-key   first time: create the key
  $ plugin-report pseudonymise --data data --key-file ~/plugin-report.key             later exports, same pseudonyms
  $ plugin-report pseudonymise --data fixtures --key-file /tmp/k.key --new-key --out /tmp/pseudonymised

Each id becomes "p-" and 16 hex digits of HMAC-SHA-256(key, id); every form of one personnummer
gives one pseudonym. A KAA person's gender read from the personnummer is first written into
kaa_contacts' gender column, so no figure changes. A CSV file keeps every other byte; a workbook
(.xlsx) every other cell's value and type.

Exit codes: 0 done, 1 a table cannot be read or rewritten (nothing changed), 2 usage or key-file error.`,
    )
    .action(async (raw: unknown) => {
      const options = parseOptions(Options, raw);
      const { openDataFolder } = await import('../../validate/data-folder.js');
      const { loadKey } = await import('./key-file.js');
      const { pseudonymiseFolder } = await import('./run.js');
      const data = openDataFolder(options.data);
      const key = loadKey(options.keyFile, { data: options.data, out: options.out }, options.newKey);
      const result = await pseudonymiseFolder(data, key, options.out);
      const where = options.out === undefined ? 'in place' : `into ${options.out}`;
      process.stdout.write(`Pseudonymised ${result.pseudonyms} person ids in ${result.files.length} files ${where}.\n`);
      setOutcome('ok');
    });
}
