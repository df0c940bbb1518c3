// First run: every example of the README and of `--help` must run as written from the repository
// root. Commands that read data name the example folder (`--data fixtures`: there is no ./data in
// the repository); the cheap ones are run verbatim.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
const DATA_COMMANDS = /^(validate|figures|audit|build|brochures)\b/;

const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** The examples of a help text: the arguments after `$ plugin-report`, without the trailing comment. */
function helpExamples(help: string): string[] {
  return help
    .split('\n')
    .filter((line) => line.trimStart().startsWith('$ plugin-report '))
    .map((line) =>
      line
        .trim()
        .slice('$ plugin-report '.length)
        .split(/\s{2,}/)[0]!
        .trim(),
    );
}

/** The README's `npx plugin-report …` command lines, comments removed. */
function readmeExamples(): string[] {
  return readFileSync(join(ROOT, 'README.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('npx plugin-report '))
    .map((line) => line.slice('npx plugin-report '.length).replace(/#.*$/, '').trim());
}

describe('examples run as written from the repository root', () => {
  const help = ['', 'validate', 'figures', 'audit', 'build', 'brochures', 'schema'].flatMap((command) =>
    helpExamples(run([...(command ? [command] : []), '--help']).stdout),
  );
  const readme = readmeExamples();

  it('every example that reads data names the example data folder', () => {
    expect(help.length).toBeGreaterThan(15);
    expect(readme.length).toBeGreaterThan(5);
    const withoutData = [...help, ...readme].filter((example) => DATA_COMMANDS.test(example) && !example.includes('--data fixtures'));
    expect(withoutData).toEqual([]);
  });

  it('the quick ones succeed verbatim', () => {
    const quick = [...help, ...readme].filter((example) =>
      /^(validate --data fixtures( --region skane| --municipality bromolla)?$|schema |--help$)/.test(example),
    );
    expect(quick.length).toBeGreaterThanOrEqual(4);
    for (const example of new Set(quick)) {
      const args = example.split(' > ')[0]!.split(/\s+/);
      const result = run(args);
      expect([example, result.status]).toEqual([example, 0]);
    }
  });
});
