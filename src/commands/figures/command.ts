// `plugin-report figures`: validates the data, computes the indicators in the same pass and
// exports them as JSON, CSV or XLSX, after disclosure control (on by default; --suppress N).
import { Command, Option } from 'commander';
import { z } from 'zod';
import { VERSION } from '../../version.js';
import {
  DEFAULTS,
  FINDINGS_SHOWN,
  OPTION_HELP,
  colorsFor,
  dataOption,
  parseOptions,
  slugOption,
  suppressOption,
  cacheDirOption,
} from '../options.js';
import type { Outcome } from '../../errors.js';

// csv is the tidy table for pipelines; excel-csv the one a Swedish Excel opens as columns.
const FORMATS = ['json', 'csv', 'excel-csv', 'xlsx'] as const;
const DEFAULT_FORMAT = 'json';

const Options = z
  .strictObject({
    region: slugOption('--region').optional(),
    national: z.boolean().optional(),
    data: dataOption,
    format: z.enum(FORMATS, { message: `--format must be one of ${FORMATS.join(', ')}` }).default(DEFAULT_FORMAT),
    out: z.string().min(1).optional(),
    suppress: suppressOption,
    cacheDir: cacheDirOption,
  })
  .refine((o) => (o.region === undefined) !== (o.national !== true), {
    message: 'give exactly one of --region ID or --national',
  })
  .refine((o) => o.format !== 'xlsx' || o.out !== undefined, {
    message: '--format xlsx needs --out FILE (a spreadsheet is not written to the terminal)',
  });

export function figuresCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('figures')
    .description('Compute the indicator figures (women / men / total) of a region or the nation and export them.')
    .option('--region <id>', 'one region (its folder name, e.g. skane)')
    .option('--national', 'the whole project: every region, and the nation')
    .option('--data <dir>', OPTION_HELP.data, DEFAULTS.data)
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]).default(DEFAULT_FORMAT))
    .option('--out <file>', 'write to this file (atomically) instead of standard output')
    .option('--suppress <n>', OPTION_HELP.suppress)
    .option('--cache-dir <dir>', OPTION_HELP.cacheDir)
    .addHelpText(
      'after',
      `
Examples:
  $ plugin-report figures --region skane --data fixtures
  $ plugin-report figures --national --data fixtures --format excel-csv --out figures.csv
  $ plugin-report figures --national --data fixtures --format xlsx --out figures.xlsx --suppress 10

Formats: json (the whole tree), csv (a tidy table for scripts: ",", "." decimals, ids),
excel-csv (for a Swedish Excel: ";", decimal commas, BOM, Swedish names), xlsx (a workbook with a
reading guide). Every row of csv, excel-csv and xlsx has a key that joins it with the JSON.
The shapes are described in docs/figures.md (shipped in the package).`,
    )
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(Options, raw);
      const { computeFigures } = await import('../../pipeline/load.js');
      const scope = options.region !== undefined ? { region: options.region } : {};
      const computed = await computeFigures(options.data, scope);
      const { validation } = computed;

      if (validation.errors.length > 0) {
        // The same text view as `plugin-report validate`, on stderr: stdout stays for figures only.
        const { refusalText, validateCommandFor } = await import('../../validate/refusal.js');
        process.stderr.write(
          refusalText(validation, {
            nothingWritten: 'No figures were written.',
            validateCommand: validateCommandFor(options.data, scope),
            shown: FINDINGS_SHOWN,
            colors: colorsFor(process.stderr),
          }),
        );
        setOutcome('invalid');
        return;
      }
      const warnings = validation.warningCount;
      if (warnings > 0) process.stderr.write(`${warnings} warning(s) in the data; run \`plugin-report validate\` to see them.\n`);

      // The same audited pattern as every document of the same data; a failed audit writes nothing.
      const { publishableFigures } = await import('../../disclosure/figures.js');
      const disclosed = await publishableFigures(computed, {
        suppress: options.suppress,
        cacheDir: options.cacheDir,
        dataDir: options.data,
        warn: (line) => process.stderr.write(`${line}\n`),
      });
      const suppress = disclosed.n;
      const units = disclosed.nation ? [disclosed.nation] : disclosed.regions;
      // The estimate from the disclosed figures: an amount is hidden wherever its count is.
      const { estimatesOf, economicsJson } = await import('./economics.js');
      const estimates = estimatesOf(units, computed.project, validation.dataset.regions);
      let content: string | Uint8Array;
      if (options.format === 'json') {
        const { figuresJson } = await import('./json.js');
        content = figuresJson({
          version: 1,
          generated_by: `plugin-report ${VERSION}`,
          scope: options.region !== undefined ? { level: 'region', region: options.region } : { level: 'nation' },
          suppress,
          units,
          economics: economicsJson(units, estimates),
        });
      } else if (options.format === 'csv') {
        const { figuresCsv } = await import('./csv.js');
        content = figuresCsv(units, estimates);
      } else if (options.format === 'excel-csv') {
        const { figuresExcelCsv } = await import('./excel-csv.js');
        content = figuresExcelCsv(units, estimates);
      } else {
        const { figuresXlsx } = await import('./xlsx.js');
        content = await figuresXlsx(
          units,
          suppress,
          {
            project: computed.project.name,
            caseNumber: computed.project.esf_case_number,
            generator: `plugin-report ${VERSION}`,
            ...(computed.dataDate !== undefined ? { dataDate: computed.dataDate } : {}),
          },
          estimates,
        );
      }

      if (options.out !== undefined) {
        const { writeFileAtomic } = await import('../../util/write-atomic.js');
        await writeFileAtomic(options.out, content);
        process.stderr.write(`wrote ${options.out}\n`);
      } else {
        process.stdout.write(content);
      }
      setOutcome('ok');
    });
}
