// `plugin-report audit`: validates the data, computes the indicators and the disclosure-control
// patterns, then attacks everything the folder would publish (every regional and national output
// together) and reports, per level, what is hidden and how narrow the narrowest hidden small count
// is. Exit 1 when any hidden figure can be worked out or a small count narrowed below N.
import { Command, Option } from 'commander';
import { z } from 'zod';
import type { Outcome } from '../../errors.js';
import { DEFAULTS, FINDINGS_SHOWN, OPTION_HELP, cacheDirOption, colorsFor, dataOption, parseOptions, suppressOption } from '../options.js';

const FORMATS = ['text', 'json'] as const;
const DEFAULT_FORMAT = 'text';

const Options = z.strictObject({
  data: dataOption,
  suppress: suppressOption,
  cacheDir: cacheDirOption,
  format: z.enum(FORMATS, { message: `--format must be one of ${FORMATS.join(', ')}` }).default(DEFAULT_FORMAT),
});

export function auditCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('audit')
    .description('Attack the disclosure control of everything the data folder would publish, as an attacker holding every output would.')
    .option('--data <dir>', OPTION_HELP.data, DEFAULTS.data)
    .option('--suppress <n>', OPTION_HELP.suppress)
    .option('--cache-dir <dir>', OPTION_HELP.cacheDir)
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]).default(DEFAULT_FORMAT))
    .addHelpText(
      'after',
      `
Examples:
  $ plugin-report audit --data fixtures
  $ plugin-report audit --data fixtures --suppress 10 --format json

Exit codes: 0 the audit passes, 1 invalid data or a hidden figure is not protected, 2 usage or I/O error.`,
    )
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(Options, raw);
      const { computeFigures } = await import('../../pipeline/load.js');
      const computed = await computeFigures(options.data, {});
      const { validation } = computed;
      if (validation.errors.length > 0) {
        const { refusalText, validateCommandFor } = await import('../../validate/refusal.js');
        process.stderr.write(
          refusalText(validation, {
            nothingWritten: 'Nothing was audited.',
            validateCommand: validateCommandFor(options.data, {}),
            shown: FINDINGS_SHOWN,
            colors: colorsFor(process.stderr),
          }),
        );
        setOutcome('invalid');
        return;
      }
      const { discloseFigures, runMinCount } = await import('../../disclosure/figures.js');
      const { auditText } = await import('../../disclosure/report.js');
      const suppress = runMinCount(options.suppress, computed.project, (line) => process.stderr.write(`${line}\n`));
      const { audit } = await discloseFigures(computed, suppress, { cacheDir: options.cacheDir, dataDir: options.data });
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(audit, null, 2)}\n` : auditText(audit));
      setOutcome(audit.passed ? 'ok' : 'failed');
    });
}
