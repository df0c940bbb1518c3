// `plugin-report brochures`: one PDF brochure per municipality, out/<region>/broschyr-<id>.pdf.
// Parses the options; the work (src/commands/brochures/run.ts) is loaded only when the command runs.
import { Command } from 'commander';
import { z } from 'zod';
import {
  DEFAULTS,
  OPTION_HELP,
  colorsFor,
  concurrencyOption,
  defaultConcurrency,
  dataOption,
  outOption,
  parseOptions,
  slugOption,
  suppressOption,
  cacheDirOption,
  timeoutOption,
} from '../options.js';
import type { Outcome } from '../../errors.js';
import { maskPersonalNumbers } from '../../util/pnr.js';

const BrochuresOptions = z
  .strictObject({
    region: slugOption('--region').optional(),
    all: z.boolean().default(false),
    municipality: slugOption('--municipality').optional(),
    data: dataOption,
    out: outOption,
    concurrency: concurrencyOption(32).optional(),
    suppress: suppressOption,
    cacheDir: cacheDirOption,
    timeout: timeoutOption,
    quiet: z.boolean().default(false),
  })
  .refine(
    (o) => (o.all ? o.region === undefined && o.municipality === undefined : o.region !== undefined || o.municipality !== undefined),
    {
      message: 'give --region ID, --municipality ID or --all (and --all alone)',
    },
  );

export function brochuresCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('brochures')
    .description(
      'Print one PDF brochure per municipality (key figures, what was done, results, quotes) to <out>/<region>/broschyr-<municipality>.pdf.',
    )
    .option('--region <id>', 'the region whose municipalities get brochures')
    .option('--all', 'brochures for every municipality of every region')
    .option('--municipality <id>', 'only this municipality (its region is found when --region is not given)')
    .option('--data <dir>', OPTION_HELP.data, DEFAULTS.data)
    .option('--out <dir>', OPTION_HELP.out, DEFAULTS.out)
    .option('--concurrency <n>', `brochures printed at once in the one browser (default: ${defaultConcurrency()}, from the core count)`)
    .option('--suppress <n>', OPTION_HELP.suppress)
    .option('--cache-dir <dir>', OPTION_HELP.cacheDir)
    .option('--timeout <seconds>', `give up on one brochure after this many seconds (default: ${DEFAULTS.timeout})`)
    .option('--quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Examples:
  $ plugin-report brochures --region skane --data fixtures
  $ plugin-report brochures --municipality bromolla --data fixtures --out out
  $ plugin-report brochures --all --data fixtures --concurrency 2 --quiet`,
    )
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(BrochuresOptions, raw);
      if (options.municipality !== undefined && options.region === undefined) {
        // The region is the one whose region.yaml lists the municipality.
        const { regionOfMunicipality } = await import('../../validate/find-region.js');
        options.region = await regionOfMunicipality(options.data, options.municipality);
      }
      const { runBrochures } = await import('./run.js');
      setOutcome(
        await runBrochures({
          ...options,
          // Ids are slugs, and a personnummer is a valid slug: every line is masked (contract v1.2 §9).
          print: (line) => process.stdout.write(maskPersonalNumbers(line) + '\n'),
          printError: (line) => process.stderr.write(maskPersonalNumbers(line) + '\n'),
          colors: colorsFor(process.stderr),
        }),
      );
    });
}
