// `plugin-report build`: validates the data, computes the indicators, applies disclosure control
// and prints the regional and/or national final reports with one headless Chromium. Invalid data
// writes nothing. The PDF machinery (puppeteer, pdf-lib, vega) is imported only inside the action.
import { join } from 'node:path';
import { Command } from 'commander';
import pc from 'picocolors';
import { z } from 'zod';
import { UserError } from '../errors.js';
import type { Outcome } from './outcome.js';

const Options = z
  .strictObject({
    region: z.string().min(1).optional(),
    national: z.boolean().optional(),
    all: z.boolean().optional(),
    data: z.string().min(1).default('data'),
    out: z.string().min(1).default('out'),
    suppress: z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').default(0),
    timeout: z.coerce.number().positive('must be a positive number of seconds').default(120),
    concurrency: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(8, 'must be at most 8').default(2),
  })
  .refine((o) => [o.region !== undefined, o.national === true, o.all === true].filter(Boolean).length === 1, {
    message: 'choose exactly one of --region ID, --national or --all',
    path: ['region'],
  });

/** Findings shown before pointing to `validate` for the full list. */
const FINDINGS_SHOWN = 10;

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
    .option('--data <dir>', 'data folder that holds project.yaml', 'data')
    .option('--out <dir>', 'output folder', 'out')
    .option('--suppress <n>', 'disclosure control: hide counts 1..n-1 and shares with a base below n (0 = off)', '0')
    .option('--timeout <seconds>', 'time limit for printing one document', '120')
    .option('--concurrency <n>', 'documents printed at once (browser tabs)', '2')
    .addHelpText(
      'after',
      `
Writes <out>/<region>/regional-slutrapport-<region>.pdf and <out>/nationell-slutrapport.pdf.

Examples:
  $ plugin-report build --region skane --data fixtures            Skåne's regional report
  $ plugin-report build --national --data fixtures --out out       the national report
  $ plugin-report build --all --data fixtures --suppress 5         everything, with disclosure control
  $ SOURCE_DATE_EPOCH=1546214400 plugin-report build --all         byte-identical rebuilds

Browser: PLUGIN_REPORT_CHROMIUM or PUPPETEER_EXECUTABLE_PATH, else a system Chromium.
Exit codes: 0 success, 1 invalid data or a failed document, 2 usage or I/O error.`,
    )
    .action(async (raw: unknown) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const option = issue.path.length > 0 && issue.code !== 'custom' ? `--${issue.path.join('.')}: ` : '';
        throw new UserError('InvalidOption', `${option}${issue.message}`);
      }
      const options = parsed.data;
      const { runBuild } = await import('../render/build-run.js');
      const outcome = await runBuild({
        data: options.data,
        out: options.out,
        target: options.region !== undefined ? { region: options.region } : options.national ? 'national' : 'all',
        suppress: options.suppress,
        timeoutMs: options.timeout * 1000,
        concurrency: options.concurrency,
        print: (line) => process.stdout.write(line + '\n'),
        printError: (line) => process.stderr.write(line + '\n'),
        colors: pc.createColors(pc.isColorSupported && process.stdout.isTTY === true && !process.env['NO_COLOR']),
        findingsShown: FINDINGS_SHOWN,
        paths: { regional: regionalPdfPath, national: nationalPdfPath },
      });
      setOutcome(outcome);
    });
}
