// The bounds of issue 12 (SECURITY.md "Bounds"), each as a ratio against a floor measured in the
// same run on a file of the same size, so they compare across machines. Read by people, never
// asserted (no timing assertions in tests); the tests check the findings and exit codes instead.
// - 200 000 participants, each with an impossible date and an unknown workshop, against 200 000
//   valid rows of exactly the same bytes per row: target ≤ ~2× the time and memory;
// - a header of 5 million commas against a valid participants.csv of the same size: ≤ ~2×;
// - the boundary's checks (location, type, sniffing, header caps: per file, never per row) against
//   `validate` on 1 M rows: target ≤ 5 %.
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, measure, oneMunicipalityFolder } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const dataRoot = join(here, '.data');
const cli = join(root, 'bin', 'plugin-report.js');
const HEADER = 'participant_id,workshop,target_group,gender,birth_year,start_date,end_date,exit_outcome,intensive_support\n';

/** A data folder with one municipality whose participants.csv is `header` then `rows` lines of `row(i)`. */
async function folder(name, rows, row, header = HEADER) {
  const dir = join(dataRoot, `bounds-${name}`);
  const csv = join(dir, 'bench', 'stor', 'participants.csv');
  if (existsSync(csv)) return dir;
  rmSync(dir, { recursive: true, force: true });
  oneMunicipalityFolder(dir, 1);
  const out = createWriteStream(csv);
  out.write(header);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    buffer += row(i);
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return dir;
}

const id = (i) => `P${String(i).padStart(7, '0')}`;
/** A valid row; the bad one has the same bytes but an impossible date and an unknown workshop. */
const validRow = (i) => `${id(i)},verkstad-1,1,${i % 2 ? 'female' : 'male'},2001,2016-01-10,2018-12-20,employment,no\n`;
const badRow = (i) => `${id(i)},okand-vrk1,1,${i % 2 ? 'female' : 'male'},2001,2016-02-30,2018-12-20,employment,no\n`;

async function validate(dir) {
  return measure(process.execPath, [cli, 'validate', '--data', dir, '--format', 'json']);
}

/** The best of `n` runs (the least disturbed by the machine), for time and memory alike. */
async function best(dir, n = 3) {
  let seconds = Infinity;
  let peakMiB = Infinity;
  let code;
  for (let i = 0; i < n; i++) {
    const r = await validate(dir);
    seconds = Math.min(seconds, r.seconds);
    peakMiB = Math.min(peakMiB, r.peakMiB);
    code = r.code;
  }
  return { seconds, peakMiB, code };
}

function ratio(print, label, floor, hostile, target) {
  print(
    `${label}: ${fmt(hostile.seconds)} s, ${fmt(hostile.peakMiB, 0)} MiB (exit ${hostile.code}) vs valid ${fmt(floor.seconds)} s, ` +
      `${fmt(floor.peakMiB, 0)} MiB: time ${fmt(hostile.seconds / floor.seconds)}×, memory ${fmt(hostile.peakMiB / floor.peakMiB)}× (target ${target})`,
  );
}

export async function run(print) {
  // 1. 200 000 bad rows.
  const rows = 200_000;
  const valid = await best(await folder('valid-200k', rows, validRow));
  const bad = await best(await folder('bad-200k', rows, badRow));
  ratio(print, `${rows.toLocaleString('en-US')} rows, each an impossible date and an unknown workshop`, valid, bad, '≤ ~2×');

  // 2. A header of 5 million commas, against a valid file of the same size.
  const commas = 5_000_000;
  const sameSize = Math.ceil((commas + 1 - HEADER.length) / validRow(0).length);
  const validSame = await best(await folder('valid-5mb', sameSize, validRow));
  const header = await best(await folder('commas-5m', 1, () => 'P1\n', `${','.repeat(commas)}\n`));
  ratio(print, 'a header of 5 million commas', validSame, header, '≤ ~2×');

  // 3. The boundary's share of validate on 1 M rows: the same checks validate makes for this
  // folder (two folders, three YAML files, one CSV file), repeated and averaged in process.
  const million = await folder('valid-1m', 1_000_000, validRow);
  const whole = await best(million, 2);
  const { DataFolder } = await import(pathToFileURL(join(root, 'dist', 'lib', 'boundary', 'data-folder.js')).href);
  const { readChecked } = await import(pathToFileURL(join(root, 'dist', 'lib', 'boundary', 'read.js')).href);
  const sink = { refused: (kind, file) => print(`unexpected refusal: ${kind} ${file}`) };
  const checks = () => {
    const data = new DataFolder(million);
    for (const file of ['project.yaml', 'bench/region.yaml', 'bench/stor/municipality.yaml']) {
      readChecked(data, file, { format: 'YAML', wholeFileBytes: 1 << 20, maxBytes: 1 << 20 }, sink);
    }
    data.inspectFolder('bench');
    data.inspectFolder('bench/stor');
    for (const name of ['participants', 'grades', 'dropouts', 'kaa_contacts']) {
      readChecked(data, `bench/stor/${name}.csv`, { format: 'CSV', wholeFileBytes: 1 << 20, header: true }, sink);
    }
  };
  const repeats = 200;
  checks(); // warm
  const started = process.hrtime.bigint();
  for (let i = 0; i < repeats; i++) checks();
  const perRun = Number(process.hrtime.bigint() - started) / 1e9 / repeats;
  print(
    `boundary checks per validate: ${fmt(perRun * 1000, 3)} ms vs validate on 1 M rows ${fmt(whole.seconds)} s (exit ${whole.code}): ` +
      `${fmt((100 * perRun) / whole.seconds, 3)} % (target ≤ 5 %; the per-row additions, a field-count comparison, are in the validate bench's rows/s)`,
  );
}
