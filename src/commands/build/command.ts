// `plugin-report build`: validates the data, computes the indicators, applies disclosure control
// and prints the regional and/or national final reports with one headless Chromium. Invalid data
// writes nothing. The PDF machinery (puppeteer, pdf-lib, vega) is imported only inside the action.
import { join } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import {
  DEFAULTS,
  OPTION_HELP,
  cliDefault,
  colorsFor,
  concurrencyOption,
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

/** Documents printed at once unless --concurrency says otherwise (browser tabs). */
const DEFAULT_CONCURRENCY = 2;

const Options = z
  .strictObject({
    region: slugOption('--region').optional(),
    national: z.boolean().optional(),
    all: z.boolean().optional(),
    data: dataOption,
    out: outOption,
    suppress: suppressOption,
    cacheDir: cacheDirOption,
    timeout: timeoutOption,
    concurrency: concurrencyOption(8).default(DEFAULT_CONCURRENCY),
  })
  .refine((o) => [o.region !== undefined, o.national === true, o.all === true].filter(Boolean).length === 1, {
    message: 'choose exactly one of --region ID, --national or --all',
    path: ['region'],
  });

export function regionalPdfPath(outDir: string, regionId: string): string {
  return join(outDir, regionId, `regional-slutrapport-${regionId}.pdf`);
}
export function nationalPdfPath(outDir: string): string {
  return join(outDir, 'nationell-slutrapport.pdf');
}

export function buildCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('build')
    .description('Print the regional and national final reports as PDF (validates the data first; invalid data writes nothing).')
    .option('--region <id>', 'the regional report of this region (its folder name)')
    .option('--national', 'the national report for the project owner')
    .option('--all', 'every regional report and the national report')
    .option('--data <dir>', OPTION_HELP.data, DEFAULTS.data)
    .option('--out <dir>', OPTION_HELP.out, DEFAULTS.out)
    .option('--suppress <n>', OPTION_HELP.suppress)
    .option('--cache-dir <dir>', OPTION_HELP.cacheDir)
    .option('--timeout <seconds>', 'time limit for printing one document', cliDefault(DEFAULTS.timeout))
    .option('--concurrency <n>', 'documents printed at once (browser tabs)', cliDefault(DEFAULT_CONCURRENCY))
    .addHelpText(
      'after',
      `
Writes <out>/<region>/regional-slutrapport-<region>.pdf and <out>/nationell-slutrapport.pdf.

Examples:
  $ plugin-report build --region skane --data fixtures            Skåne's regional report
  $ plugin-report build --national --data fixtures --out out       the national report
  $ plugin-report build --all --data fixtures --suppress 10        everything, hiding counts below 10
  $ SOURCE_DATE_EPOCH=1546214400 plugin-report build --all         byte-identical rebuilds

Browser: PLUGIN_REPORT_CHROMIUM or PUPPETEER_EXECUTABLE_PATH, else a system Chromium.
Exit codes: 0 success, 1 invalid data or a failed document, 2 usage or I/O error.`,
    )
    .action(async (raw: unknown) => {
      const options = parseOptions(Options, raw);
      const { runBuild } = await import('./run.js');
      const outcome = await runBuild({
        data: options.data,
        out: options.out,
        target: options.region !== undefined ? { region: options.region } : options.national ? 'national' : 'all',
        suppress: options.suppress,
        cacheDir: options.cacheDir,
        timeoutMs: options.timeout * 1000,
        concurrency: options.concurrency,
        // Ids are slugs, and a personnummer is a valid slug: every line is masked (contract v1.2 §9).
        print: (line) => process.stdout.write(maskPersonalNumbers(line) + '\n'),
        printError: (line) => process.stderr.write(maskPersonalNumbers(line) + '\n'),
        colors: colorsFor(process.stderr),
        paths: { regional: regionalPdfPath, national: nationalPdfPath },
      });
      setOutcome(outcome);
    });
}
