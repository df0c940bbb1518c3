// `plugin-report init [DIR]`: starts a data folder for people who fill it in (regional project
// leaders, municipal coordinators), or adds a region or a municipality to one. What it writes
// validates at once, with warnings only (nothing to report on yet, questions unanswered).
import { Command } from 'commander';
import { z } from 'zod';
import { UserError, type Outcome } from '../../errors.js';
import { isSlug } from '../../schema/config.js';
import { slugOf } from '../../util/slug.js';
import { DEFAULTS, parseOptions } from '../options.js';
import { scaffold, type InitTarget } from './scaffold.js';

const Options = z.object({
  region: z.string().optional(),
  municipality: z.string().optional(),
  name: z.string().optional(),
  force: z.boolean().default(false),
});

/** An id as a folder name: a slug; the error suggests the slug a name most likely meant. */
function checkId(flag: string, id: string): string {
  if (isSlug(id)) return id;
  const slug = slugOf(id);
  const suggestion = slug !== '' && isSlug(slug) ? ` such as "${slug}"` : '';
  throw new UserError('InvalidOption', `${flag} "${id}" is not an id: ids are lowercase a–z, digits and single hyphens${suggestion}`, {
    hint: 'The id names the folder; the name (--name) is what the reports print, e.g. --municipality bromolla --name "Bromölla".',
  });
}

function checkName(name: string | undefined, what: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (name === undefined || name.trim() === '' || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new UserError('InvalidOption', `${what} needs --name NAME, the name the reports print (e.g. --name "Bromölla")`);
  }
  return name.trim();
}

function targetOf(options: z.infer<typeof Options>): InitTarget {
  if (options.municipality !== undefined) {
    if (options.region === undefined) throw new UserError('InvalidOption', '--municipality needs --region (the region it belongs to)');
    return {
      kind: 'municipality',
      id: checkId('--municipality', options.municipality),
      name: checkName(options.name, '--municipality'),
      region: checkId('--region', options.region),
    };
  }
  if (options.region !== undefined)
    return { kind: 'region', id: checkId('--region', options.region), name: checkName(options.name, '--region') };
  if (options.name !== undefined) throw new UserError('InvalidOption', '--name goes with --region or --municipality');
  return { kind: 'project' };
}

export function initCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('init')
    .description('Start a data folder, or add a region or a municipality to one (never overwrites a file).')
    .argument('[dir]', 'the data folder', DEFAULTS.data)
    .option('--region <id>', 'add a region (with --name), or the region of --municipality')
    .option('--municipality <id>', 'add a municipality to --region (with --name)')
    .option('--name <name>', 'the display name the reports print, e.g. "Bromölla"')
    .option('--force', 'write into a folder that is not empty: only the missing files are added')
    .addHelpText(
      'after',
      `
Examples:
  $ plugin-report init data                                                    a new data folder
  $ plugin-report init data --region skane --name "Skåne"                      add a region
  $ plugin-report init data --municipality bromolla --name "Bromölla" --region skane
  $ plugin-report validate --data data                                         then check it

A new folder gets project.yaml, LÄS-MIG.md (a guide for coordinators, in Swedish) and mallar/ (blank
tables as CSV and xlsx). A municipality gets municipality.yaml and a header-only participants.csv.`,
    )
    .action(async (dir: string, raw: unknown) => {
      const options = parseOptions(Options, raw);
      const result = await scaffold(dir, targetOf(options), options.force);
      for (const file of result.created) process.stdout.write(`created ${dir}/${file}\n`);
      for (const file of result.kept) process.stdout.write(`kept    ${dir}/${file} (already there, not changed)\n`);
      if (result.listedIn) process.stdout.write(`listed  the new id in ${dir}/${result.listedIn}\n`);
      process.stdout.write(`Next: fill in the files, then run \`plugin-report validate --data ${dir}\`.\n`);
      setOutcome('ok');
    });
}
