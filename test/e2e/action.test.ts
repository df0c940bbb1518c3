// End-to-end: the GitHub Action (action.yml) run as a runner would, with a fake GITHUB_*
// environment. The `run:` steps are taken from action.yml itself, their ${{ … }} expressions filled
// in as GitHub would, and run with bash; the `uses:` steps (setup-node, cache) are GitHub's own, and
// the install step is what `npm test` has already done (npm ci, the build).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeWithChromium } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string; description: string }>;
  runs: { using: string; steps: Step[] };
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const step = (name: RegExp) => action.runs.steps.find((s) => name.test(s.name))!;

const dir = mkdtempSync(join(tmpdir(), 'plugin-report-action-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A step's text with its expressions filled in as GitHub would for these inputs. */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.action_path') return ROOT;
    const input = /^inputs\.(\w+)$/.exec(expression);
    if (input) return inputs[input[1]!] ?? action.inputs[input[1]!]?.default ?? '';
    throw new Error(`the test does not know the expression ${expression}`);
  });
}

/** Runs a `run:` step of action.yml in `workspace` with fake GitHub files; returns what the runner would see. */
function runStep(s: Step, inputs: Record<string, string>, workspace: string) {
  const files = {
    GITHUB_STEP_SUMMARY: join(workspace, '..', `summary-${Math.random()}`),
    GITHUB_OUTPUT: join(workspace, '..', `output-${Math.random()}`),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env = Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, expand(v, inputs)]));
  const cwd = s['working-directory'] ? expand(s['working-directory'], inputs) : workspace;
  const result = spawnSync('bash', ['-e', '-c', expand(s.run!, inputs)], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, ...files, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, NO_COLOR: '1' },
  });
  return { ...result, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), output: readFileSync(files.GITHUB_OUTPUT, 'utf8') };
}

/** A workflow's folder holding a copy of a data folder as `data/`. */
function workspace(name: string, data: string, projectYamlTail = ''): string {
  const folder = join(dir, name, 'workspace');
  mkdirSync(folder, { recursive: true });
  cpSync(data, join(folder, 'data'), { recursive: true });
  if (projectYamlTail) appendFileSync(join(folder, 'data', 'project.yaml'), projectYamlTail);
  return folder;
}

const UNKNOWN_COLUMN = join(ROOT, 'fixtures', 'broken', 'csv-unknown-column');
const run = step(/^Run plugin-report/);

describe('action.yml', () => {
  it('is a composite action with the inputs the README documents', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['command', 'data', 'strict', 'out', 'suppress', 'args']);
    expect(action.inputs['command']!.default).toBe('validate');
    // Every input reaches the script, and the script is in the repository.
    expect(Object.keys(run.env!).sort()).toEqual([
      'INPUT_ARGS',
      'INPUT_COMMAND',
      'INPUT_DATA',
      'INPUT_OUT',
      'INPUT_STRICT',
      'INPUT_SUPPRESS',
    ]);
    expect(existsSync(join(ROOT, 'scripts', 'action', 'run.mjs'))).toBe(true);
    // The install is cached by a key computed from the lockfile, and skipped on a hit.
    expect(step(/^Install/).if).toBe("steps.cache.outputs.cache-hit != 'true'");
    expect(step(/^Restore/).uses).toMatch(/^actions\/cache@v\d+$/);
  });

  it('fingerprints the tool by its lockfile and sources', () => {
    const fingerprint = step(/^Fingerprint/);
    const first = runStep(fingerprint, {}, workspace('fingerprint', UNKNOWN_COLUMN));
    expect(first.status).toBe(0);
    expect(first.output).toMatch(/^key=[0-9a-f]{32}\n$/);
  });
});

describe('the action running validate', () => {
  it('annotates the pull request, writes the findings table and fails --strict on a warning', () => {
    const result = runStep(run, { command: 'validate', data: 'data', strict: 'true' }, workspace('strict', UNKNOWN_COLUMN));
    expect(result.stdout).toContain('::warning file=data/alpha/ett/grades.csv,line=1,col=5,title=csv.unknown-column::column "teacher"');
    expect(result.summary).toContain('### plugin-report validate: ❌ not valid');
    expect(result.summary).toContain(
      '| warning | alpha/ett/grades.csv | 1:5 | csv.unknown-column | column "teacher" is not part of grades.csv and is ignored |',
    );
    expect(result.status).toBe(1);
  });

  it('passes --strict when project.yaml accepts the warning, and says so', () => {
    const accept = 'validate:\n  accept:\n    - { rule: csv.unknown-column, column: teacher, reason: "who set the grade" }\n';
    const result = runStep(run, { command: 'validate', data: 'data', strict: 'true' }, workspace('accepted', UNKNOWN_COLUMN, accept));
    expect(result.stdout).toMatch(
      /^::notice file=data\/alpha\/ett\/grades\.csv,line=1,col=5,title=csv\.unknown-column::Accepted \(who set the grade\)/m,
    );
    expect(result.summary).toContain('### plugin-report validate: ✅ valid');
    expect(result.summary).toContain('0 errors, 1 warning (1 accepted)');
    expect(result.status).toBe(0);
  });

  it('refuses an unknown command with an annotation', () => {
    const result = runStep(run, { command: 'publish' }, workspace('unknown', UNKNOWN_COLUMN));
    expect(result.stdout).toContain('::error title=plugin-report::The input command is "publish"');
    expect(result.status).toBe(2);
  });
});

describeWithChromium('the action printing', () => {
  it('finds the runner’s browser and lists the documents written in the summary', () => {
    const ws = workspace('build', join(ROOT, 'fixtures'));
    const inputs = { command: 'build', data: 'data', args: '--region skane' };
    const browser = runStep(step(/^Find a browser/), inputs, ws);
    expect(browser.stdout).toMatch(/^printing with \//);
    const result = runStep(run, inputs, ws);
    expect(result.status, result.stderr).toBe(0);
    expect(result.summary).toMatch(/^### plugin-report build: ✅ 1 file written\n/);
    expect(result.summary).toMatch(/\| out\/skane\/regional-slutrapport-skane\.pdf \| \d+ \| \d+ kB \|/);
  }, 300_000);
});
