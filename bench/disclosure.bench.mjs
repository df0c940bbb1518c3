// Bench of disclosure control (issue 11): the linear programs solved and the time they take, cold
// (an empty pattern cache) on the fixtures and, with BENCH_DISCLOSURE_LARGE=1, on a generated
// nation of 290 municipalities; then what a warm cache costs on top of --suppress 0, as ratios of
// runs alternated in the same bench. Targets: cold ≤ 60 s (fixtures) and ≤ 120 s (290
// municipalities); warm `figures --national` ≤ 1.2× and `build --all` ≤ 1.1× their --suppress 0 run.
import { existsSync, mkdtempSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from './generate.mjs';
import { fmt, measure } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'bin', 'plugin-report.js');
const fixtures = join(root, 'fixtures');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** 10 regions of 29 municipalities, about 75 participants each: small counts everywhere, as in the fixtures. */
const NATION = { regions: 10, municipalitiesPerRegion: 29, participantsPerMunicipality: 75, seed: 2016 };
const largeDir = join(here, '.data', 'nation-290-75');

const median = (rs) => [...rs].sort((a, b) => a.seconds - b.seconds)[Math.floor(rs.length / 2)];
const cliRun = (args, env = {}) => measure(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, ...env } });

/** The CPU time (s) the CLI reports at exit with PLUGIN_REPORT_TIMING set: its main and worker threads. */
const cpuSeconds = (stderr) => Math.max(0, ...[...stderr.matchAll(/Node CPU (\d+) ms/g)].map((m) => Number(m[1]) / 1000));
/** The [timing] marks of the disclosure phases, as "label at s". */
const phases = (stderr) =>
  [...stderr.matchAll(/\[timing\]\s+(\d+) ms {2}disclosure: (.+)/g)].map((m) => `${m[2]} at ${fmt(Number(m[1]) / 1000, 0)} s`);

/**
 * A cold audit (empty cache): the LPs it solved, its wall time (the target: the machine is the
 * user's) and its CPU time (what a shared or smaller machine pays; regions run on every core).
 */
async function cold(print, label, data, target) {
  const cache = mkdtempSync(join(tmpdir(), 'plugin-report-bench-cache-'));
  try {
    const r = await cliRun(['audit', '--data', data, '--format', 'json', '--cache-dir', cache], { PLUGIN_REPORT_TIMING: '1' });
    if (r.code !== 0) {
      print(`${label}: audit exited ${r.code}\n${r.stderr.split('\n').slice(0, 5).join('\n')}`);
      return;
    }
    const audit = JSON.parse(r.stdout);
    const lps = audit.lps.pattern + audit.lps.audit;
    const narrowest = Math.min(...audit.levels.map((l) => l.narrowestSmall?.width ?? Infinity));
    print(
      `${label.padEnd(30)} ${fmt(r.seconds)} s cold (${fmt(r.seconds / target)} × the ${target} s target), CPU ${fmt(cpuSeconds(r.stderr))} s on ${availableParallelism()} cores   ${lps} LPs (${audit.lps.pattern} pattern, ${audit.lps.audit} audit)   ` +
        `hidden ${fmt((100 * audit.hidden) / audit.cells, 1)} % of ${audit.cells}, totals ${audit.topTotalsHidden}/${audit.topTotals}, ` +
        `narrowest small interval ${narrowest}, ${audit.passed ? 'pass' : 'FAIL'}`,
    );
    print(`${''.padEnd(30)} ${phases(r.stderr).join(', ')}`);
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}

/** Median wall time of `args` with the default N (warm cache) against --suppress 0, alternated. */
async function warmRatio(print, label, args, target, env = {}) {
  const cache = mkdtempSync(join(tmpdir(), 'plugin-report-bench-cache-'));
  try {
    const warmUp = await cliRun([...args, '--cache-dir', cache], env);
    if (warmUp.code !== 0) throw new Error(`${label} failed: ${warmUp.stderr}`);
    const on = [];
    const off = [];
    for (let i = 0; i < RUNS; i++) {
      on.push(await cliRun([...args, '--cache-dir', cache], env));
      off.push(await cliRun([...args, '--suppress', '0'], env));
    }
    const [a, b] = [median(on), median(off)];
    print(
      `${label.padEnd(30)} warm ${fmt(a.seconds)} s   --suppress 0 ${fmt(b.seconds)} s   ratio ${fmt(a.seconds / b.seconds)} (target ≤ ${target})`,
    );
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}

export async function run(print) {
  await cold(print, 'fixtures (40 municipalities)', fixtures, 60);
  if (process.env.BENCH_DISCLOSURE_LARGE === '1') {
    if (!existsSync(join(largeDir, 'project.yaml'))) {
      const partial = `${largeDir}.partial`;
      await rm(partial, { recursive: true, force: true });
      await generateDataset(partial, NATION);
      await rename(partial, largeDir); // only when complete, so a half-written folder is never used
    }
    await cold(print, 'generated (290 municipalities)', largeDir, 120);
  } else {
    print('generated 290 municipalities: skipped (set BENCH_DISCLOSURE_LARGE=1; a cold solve takes minutes)');
  }
  print(`median of ${RUNS} runs each, alternating`);
  await warmRatio(
    print,
    'figures --national (fixtures)',
    ['figures', '--national', '--data', fixtures, '--out', join(tmpdir(), 'plugin-report-bench-figures.json')],
    1.2,
  );
  const out = mkdtempSync(join(tmpdir(), 'plugin-report-bench-build-'));
  try {
    await warmRatio(print, 'build --all (fixtures)', ['build', '--all', '--data', fixtures, '--out', out], 1.1, {
      SOURCE_DATE_EPOCH: '1546214400',
    });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
