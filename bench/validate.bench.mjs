// Validation throughput and memory: `plugin-report validate --format json` on a generated valid
// data folder whose one municipality has 100 000 and 1 000 000 participants, against a naive
// baseline (bench/validate-naive.mjs) measured in the same run. Also the wall time of
// `validate --data fixtures` and a check that it loads no browser, chart, PDF or Excel module.
// Targets (read by people, not asserted): ≥ 250 000 rows/s, peak RSS ≤ 250 MB and flat from 100k
// to 1M, clearly faster than the baseline, fixtures ≤ 0.6 s.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, measure, oneMunicipalityFolder } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const dataRoot = join(here, '.data');
const cli = join(root, 'bin', 'plugin-report.js');

const OUTCOMES = ['national_programme', 'employment', 'job_seeking', 'adult_education', 'unknown'];

/** A valid data folder with one region and one municipality of `rows` participants. */
async function generate(rows) {
  const dir = join(dataRoot, `validate-${rows}`);
  const csv = join(dir, 'bench', 'stor', 'participants.csv');
  if (existsSync(csv)) return dir;
  rmSync(dir, { recursive: true, force: true });
  oneMunicipalityFolder(dir, 2);
  const out = createWriteStream(csv);
  out.write('participant_id,workshop,target_group,gender,birth_year,start_date,end_date,exit_outcome,intensive_support\n');
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const start = `201${6 + (i % 3)}-0${1 + (i % 9)}-${String(10 + (i % 19)).padStart(2, '0')}`;
    const outcome = i % 3 === 0 ? '' : OUTCOMES[i % OUTCOMES.length];
    const end = outcome === '' ? '' : '2018-12-20';
    const birth = Number(start.slice(0, 4)) - 15 - (i % 9);
    buffer += `P${String(i).padStart(7, '0')},verkstad-${1 + (i % 2)},${1 + (i % 3)},${i % 2 ? 'female' : 'male'},${birth},${start},${end},${outcome},${i % 4 ? 'no' : 'yes'}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return dir;
}

/** An --import hook that records every module URL the CLI resolves. */
function loadRecorder() {
  const hooks = join(dataRoot, 'record-hooks.mjs');
  const register = join(dataRoot, 'record-loads.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.RECORD_LOADS) appendFileSync(process.env.RECORD_LOADS, result.url + '\\n');
  return result;
}
`,
  );
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return register;
}

export async function run(print) {
  mkdirSync(dataRoot, { recursive: true });
  const results = [];
  for (const rows of [100_000, 1_000_000]) {
    const dir = await generate(rows);
    const ours = await measure(process.execPath, [cli, 'validate', '--data', dir, '--format', 'json']);
    const report = JSON.parse(ours.stdout);
    const naive = await measure(process.execPath, [join(here, 'validate-naive.mjs'), join(dir, 'bench', 'stor', 'participants.csv')]);
    const ourRate = rows / ours.seconds;
    const naiveRate = rows / naive.seconds;
    results.push({ rows, ours, naive });
    print(
      `${String(rows).padStart(9)} rows: ours ${fmt(ours.seconds)} s, ${Math.round(ourRate).toLocaleString('en-US')} rows/s, ` +
        `peak RSS ${fmt(ours.peakMiB, 0)} MiB (exit ${ours.code}, ${report.summary.errors} errors, ${report.summary.rows} rows) | ` +
        `naive ${fmt(naive.seconds)} s, ${Math.round(naiveRate).toLocaleString('en-US')} rows/s, ${fmt(naive.peakMiB, 0)} MiB | ` +
        `ours/naive ${fmt(ourRate / naiveRate)}×`,
    );
  }
  const [small, large] = results;
  // The difference of the two runs cancels start-up (node, modules, YAML): the steady CSV rate.
  const steady = (large.rows - small.rows) / (large.ours.seconds - small.ours.seconds);
  const steadyNaive = (large.rows - small.rows) / (large.naive.seconds - small.naive.seconds);
  print(
    `steady rate without start-up (1M − 100k): ours ${Math.round(steady).toLocaleString('en-US')} rows/s, naive ${Math.round(steadyNaive).toLocaleString('en-US')} rows/s, ${fmt(steady / steadyNaive)}×`,
  );
  print(
    `peak RSS 1M / 100k: ${fmt(large.ours.peakMiB / small.ours.peakMiB)}× (+${fmt(large.ours.peakMiB - small.ours.peakMiB, 0)} MiB; targets: ≥ 250 000 rows/s, ≤ 250 MiB)`,
  );

  if (!existsSync(join(root, 'fixtures', 'project.yaml'))) {
    print('fixtures/project.yaml does not exist yet: fixtures timing skipped');
    return;
  }
  const fixtures = await measure(process.execPath, [cli, 'validate', '--data', join(root, 'fixtures'), '--format', 'json']);
  print(`validate --data fixtures: ${fmt(fixtures.seconds)} s wall (target ≤ 0.6 s), exit ${fixtures.code}`);
  const log = join(dataRoot, 'loads.txt');
  rmSync(log, { force: true });
  const traced = await measure(
    process.execPath,
    ['--import', loadRecorder(), cli, 'validate', '--data', join(root, 'fixtures'), '--format', 'json'],
    {
      env: { ...process.env, RECORD_LOADS: log },
    },
  );
  const resolved = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  // dist/ is an esbuild bundle: each chunk holds many modules. Count the modules inside every
  // chunk that was loaded (dist/meta.json lists them), or a heavy one would go unnoticed.
  const meta = JSON.parse(readFileSync(join(root, 'dist', 'meta.json'), 'utf8'));
  const loaded = resolved.flatMap((url) => {
    const output = url.startsWith('file:') ? meta.outputs[relative(root, fileURLToPath(url)).split(sep).join('/')] : undefined;
    return output ? [url, ...Object.keys(output.inputs)] : [url];
  });
  const heavy =
    /node_modules\/(puppeteer|puppeteer-core|chromium-bidi|vega|vega-lite|vega-[a-z-]+|d3-[a-z-]+|pdf-lib|exceljs|handlebars|markdown-it)\//;
  const offenders = [...new Set(loaded.filter((url) => heavy.test(url)).map((url) => heavy.exec(url)[1]))];
  print(
    `files loaded by validate --data fixtures: ${resolved.length}, holding ${loaded.length - resolved.length} bundled modules (exit ${traced.code}); ` +
      (offenders.length === 0 ? 'no browser, chart, PDF or Excel module loaded ✓' : `HEAVY MODULES LOADED: ${offenders.join(', ')} ✗`),
  );
}
