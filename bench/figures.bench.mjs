// Bench of `plugin-report figures`: wall time and peak RSS on the fixtures, then on a generated
// nation of 290 municipalities and 1 000 000 participants, beside `validate` on the same data
// (the floor: validation alone). Target: computing adds at most 25 % to validating.
// The generated data lives in bench/.data/ (gitignored) and is reused when present.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, measure } from './lib.mjs';
import { generateDataset } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'bin', 'plugin-report.js');
const NATION = { regions: 10, municipalitiesPerRegion: 29, totalParticipants: 1_000_000, seed: 2015 };
const dataDir = join(here, '.data', 'nation-290-1m');

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The run with the median wall time (its CPU and RSS with it). */
const median = (rs) => [...rs].sort((a, b) => a.seconds - b.seconds)[Math.floor(rs.length / 2)];

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

/**
 * Runs the CLI; with GNU time also its CPU seconds (user + system), which the five engineers'
 * shared machine disturbs far less than wall time.
 */
async function cliRun(args) {
  const r = hasTime
    ? await measure(TIME, ['-f', 'CPU-SECONDS %U %S', process.execPath, cli, ...args])
    : await measure(process.execPath, [cli, ...args]);
  const m = /CPU-SECONDS ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { ...r, cpu: m ? Number(m[1]) + Number(m[2]) : undefined, stderr: m ? r.stderr.slice(0, m.index) : r.stderr };
}

const line = (label, r) =>
  `${label.padEnd(34)} ${fmt(r.seconds)} s wall   ${r.cpu === undefined ? '' : `${fmt(r.cpu)} s CPU   `}peak ${fmt(r.peakMiB, 0)} MiB   exit ${r.code}`;

async function ensureNation(print) {
  if (existsSync(join(dataDir, 'project.yaml'))) return;
  print(`generating ${dataDir} (1 000 000 participants, 290 municipalities) …`);
  const partial = `${dataDir}.partial`;
  await rm(partial, { recursive: true, force: true });
  const started = Date.now();
  await generateDataset(partial, NATION);
  // Renamed only when complete, so an interrupted run is never mistaken for the data.
  await rename(partial, dataDir);
  print(`generated in ${fmt((Date.now() - started) / 1000)} s`);
}

export async function run(print) {
  const out = join(here, '.data', 'figures-bench.json');
  if (existsSync(join(root, 'fixtures', 'project.yaml'))) {
    // Disclosure control has a bench of its own (disclosure.bench.mjs); here the computing is measured.
    const fixtures = await cliRun(['figures', '--national', '--data', join(root, 'fixtures'), '--out', out, '--suppress', '0']);
    print(line('figures --national (fixtures)', fixtures));
    if (fixtures.code !== 0) print(fixtures.stderr.split('\n').slice(0, 5).join('\n'));
  } else {
    print('fixtures/ not found: skipping the fixtures run');
  }

  await ensureNation(print);
  // The machine is shared and its speed drifts: validate and figures alternate RUNS times and each
  // keeps its median, so a slow minute hits both alike.
  const runs = { validate: [], figures: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.validate.push(await cliRun(['validate', '--data', dataDir]));
    runs.figures.push(await cliRun(['figures', '--national', '--data', dataDir, '--out', out, '--suppress', '0']));
  }
  const validate = median(runs.validate);
  const figures = median(runs.figures);
  print(`median of ${RUNS} runs each, alternating`);
  print(line('validate (1M participants)', validate));
  print(line('figures --national (1M)', figures));
  if (figures.code !== 0) print(figures.stderr.split('\n').slice(0, 5).join('\n'));
  if (validate.code !== 0) {
    print(`validate exited ${validate.code}: the ratio below is not meaningful`);
    print(validate.stderr.split('\n').slice(0, 3).join('\n'));
  }
  const ratio = figures.seconds / validate.seconds;
  print(`figures / validate wall time: ${fmt(ratio)} (target ≤ 1.25: computing adds ${fmt((ratio - 1) * 100, 0)} %)`);
  if (figures.cpu !== undefined && validate.cpu !== undefined) {
    const cpuRatio = figures.cpu / validate.cpu;
    print(`figures / validate CPU time:  ${fmt(cpuRatio)} (computing adds ${fmt((cpuRatio - 1) * 100, 0)} %)`);
  }
  print(`figures / validate peak RSS:  ${fmt(figures.peakMiB / validate.peakMiB)}`);
  await rm(out, { force: true });
}
