// The GitHub Action's one step that runs plugin-report (action.yml): turns the action's inputs
// (INPUT_* variables, set by action.yml) into a command line, runs the CLI from this checkout in
// the workflow's folder, and writes the job summary ($GITHUB_STEP_SUMMARY). `validate` prints
// `--format github` annotations and writes its own findings table; for the commands that write
// files the summary is the table of documents written, and a failure is an error annotation.
// Exits with the CLI's exit code. Run by test/e2e/action.test.ts with a fake GITHUB_* environment.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/plugin-report.js', import.meta.url));
const COMMANDS = ['validate', 'audit', 'build', 'brochures', 'figures'];

const input = (name, fallback = '') => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim() || fallback;

/** GitHub's escaping of a workflow command's message. */
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Text for one Markdown table cell. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));

function summarize(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown);
}

/** The command line for the inputs; `extra` (the `args` input) replaces each command's default scope. */
export function commandLine(env = process.env) {
  const get = (name, fallback = '') => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim() || fallback;
  const command = get('command', 'validate');
  const data = get('data', '.');
  const out = get('out', 'out');
  const suppress = get('suppress');
  const extra = get('args') ? get('args').split(/\s+/) : [];
  const suppressArgs = suppress ? ['--suppress', suppress] : [];
  switch (command) {
    case 'validate':
      return [command, '--data', data, '--format', 'github', ...(/^(true|yes|1)$/i.test(get('strict')) ? ['--strict'] : []), ...extra];
    case 'audit':
      return [command, '--data', data, ...suppressArgs, ...extra];
    case 'build':
    case 'brochures':
      return [command, '--data', data, '--out', out, ...suppressArgs, ...(extra.length > 0 ? extra : ['--all'])];
    case 'figures':
      return [
        command,
        '--data',
        data,
        ...suppressArgs,
        ...(extra.length > 0 ? extra : ['--national', '--format', 'xlsx', '--out', join(out, 'figures.xlsx')]),
      ];
    default:
      return undefined;
  }
}

/** Files below `dir` changed since `since` (ms), as paths relative to the workflow's folder. */
function written(dir, since) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && statSync(path).mtimeMs >= since && !/\.tmp$/.test(path))
    .sort();
}

function documentsTable(files, stdout) {
  const pages = new Map([...stdout.matchAll(/(\S+\.pdf) \((\d+) pages?\)/g)].map((m) => [relative('.', m[1]), m[2]]));
  const rows = files.map((file) => {
    const kb = Math.max(1, Math.round(statSync(file).size / 1024));
    return `| ${cell(relative('.', file))} | ${pages.get(relative('.', file)) ?? ''} | ${kb} kB |`;
  });
  return ['| document | pages | size |', '|---|---|---|', ...rows].join('\n');
}

function main() {
  const command = input('command', 'validate');
  const args = commandLine();
  if (!COMMANDS.includes(command) || args === undefined) {
    process.stdout.write(
      `::error title=plugin-report::${escapeData(`The input command is "${command}"; it must be one of ${COMMANDS.join(', ')}.`)}\n`,
    );
    return 2;
  }
  process.stdout.write(`plugin-report ${args.join(' ')}\n`);
  if (command === 'validate') {
    // Annotations on stdout for the runner; the CLI appends the findings table to the summary.
    const run = spawnSync(process.execPath, [CLI, ...args], { stdio: 'inherit' });
    return run.status ?? 2;
  }
  const since = Date.now() - 1000;
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const status = run.status ?? 2;
  const title = `plugin-report ${command}`;
  if (status !== 0) {
    process.stdout.write(`::error title=${title} failed::${escapeData(run.stderr.trim() || run.stdout.trim() || `exit code ${status}`)}\n`);
    summarize(`### ${title}: ❌ failed (exit ${status})\n\n\`\`\`\n${(run.stderr || run.stdout).trim()}\n\`\`\`\n`);
    return status;
  }
  if (command === 'audit') {
    summarize(`### ${title}: ✅ passed\n\n\`\`\`\n${run.stdout.trim()}\n\`\`\`\n`);
    return status;
  }
  const files = written(input('out', 'out'), since);
  summarize(`### ${title}: ✅ ${files.length} file${files.length === 1 ? '' : 's'} written\n\n${documentsTable(files, run.stdout)}\n`);
  return status;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
