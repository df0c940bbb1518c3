// `plugin-report validate`: checks a data folder against the data contract and lists every finding
// with file, line and column. Loads nothing but the validation code (no browser, no charts).
import { Command, Option } from 'commander';
import { z } from 'zod';
import { validateDataset } from '../../validate/dataset.js';
import { DEFAULTS, OPTION_HELP, colorsFor, dataOption, parseOptions, scopeOf, slugOption } from '../options.js';
import { formatGithub, formatJson, formatText, isValid, type Summary } from '../../validate/format.js';
import type { Outcome } from '../../errors.js';

const FORMATS = ['text', 'json', 'github'] as const;
const DEFAULT_FORMAT = 'text';
const DEFAULT_STRICT = false;

const Options = z.strictObject({
  data: dataOption,
  region: slugOption('--region').optional(),
  municipality: slugOption('--municipality').optional(),
  format: z.enum(FORMATS).default(DEFAULT_FORMAT),
  strict: z.boolean().default(DEFAULT_STRICT),
});

export function validateCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('validate')
    .description('Check the data folder (YAML and CSV files) against the data contract and list every problem.')
    .option('--data <dir>', OPTION_HELP.data, DEFAULTS.data)
    .option('--region <id>', 'only this region (its folder name)')
    .option('--municipality <id>', 'only this municipality (its region is found when --region is not given)')
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]).default(DEFAULT_FORMAT))
    .option(
      '--strict',
      'treat warnings as errors (exit 1 when there are any not accepted in project.yaml; infos never fail)',
      DEFAULT_STRICT,
    )
    .addHelpText(
      'after',
      `
Examples:
  $ plugin-report validate --data fixtures                          the whole data folder
  $ plugin-report validate --data fixtures --region skane            one region
  $ plugin-report validate --data fixtures --municipality bromolla   one municipality (its region is found)
  $ plugin-report validate --data fixtures --format json > findings.json   for other tools (docs/validate-json.md)
  $ plugin-report validate --data fixtures --format github --strict  annotations in a GitHub Actions run

Known, legitimate warnings are accepted in project.yaml, each with a reason, and then do not fail
--strict (README "Accepting known warnings"):
  validate:
    accept:
      - { rule: csv.unknown-column, files: "skane/*/participants.csv", column: anteckning, reason: "our own notes" }

Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, 2 usage or I/O error.`,
    )
    .action(async (raw: unknown) => {
      const options = parseOptions(Options, raw);
      if (options.municipality !== undefined && options.region === undefined) {
        // The region is the one whose region.yaml lists the municipality.
        const { regionOfMunicipality } = await import('../../validate/find-region.js');
        options.region = await regionOfMunicipality(options.data, options.municipality);
      }
      const result = await validateDataset(options.data, scopeOf(options));
      const summary: Summary = {
        files: result.files,
        rows: result.rows,
        errors: result.errorCount,
        warnings: result.warningCount,
        accepted: result.acceptedCount,
        infos: result.infoCount,
      };
      const valid = isValid(summary, options.strict);
      const findings = [...result.errors, ...result.warnings, ...result.infos];
      const output =
        options.format === 'json'
          ? formatJson(findings, summary, valid)
          : options.format === 'github'
            ? formatGithub(findings, summary, options.data)
            : formatText(findings, summary, colorsFor(process.stdout));
      process.stdout.write(output);
      // In a GitHub Actions job the findings also go to the job summary, as a table.
      const stepSummary = process.env['GITHUB_STEP_SUMMARY'];
      if (options.format === 'github' && stepSummary) {
        const { appendStepSummary } = await import('../../util/step-summary.js');
        const { findingsMarkdown } = await import('../../validate/step-summary.js');
        appendStepSummary(stepSummary, findingsMarkdown(findings, summary, valid));
      }
      setOutcome(valid ? 'ok' : 'invalid');
    });
}
