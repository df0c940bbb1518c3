// Bench of `plugin-report brochures`: throughput (brochures per second) and peak RSS of the whole
// process tree (node + Chromium) on a generated region of 50 and one of 290 municipalities.
//
// The floor, measured in the same run: a bare puppeteer-core script that launches the same browser
// with the same arguments and prints the SAME HTML documents (dumped by the 50-municipality run
// through PLUGIN_REPORT_DUMP_HTML) with the same concurrency and print options — i.e. Chromium's
// own cost, without our validation, figures, charts, templates and PDF post-processing.
// Targets: throughput ours / floor ≥ 0.7; peak RSS at 290 / at 50 ≤ 1.2 (memory stays bounded).
//
// The same file is the floor script: `node bench/brochures.bench.mjs --floor HTML_DIR OUT_DIR N`.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, measure } from './lib.mjs';
import { generateDataset } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'bin', 'plugin-report.js');
const self = fileURLToPath(import.meta.url);
const CONCURRENCY = Math.max(1, Math.min(4, cpus().length));
const SIZES = [50, 290];

async function ensureRegion(count, print) {
  const dir = join(here, '.data', `brochures-${count}`);
  if (existsSync(join(dir, 'project.yaml'))) return dir;
  print(`generating ${dir} (1 region, ${count} municipalities) …`);
  const partial = `${dir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await generateDataset(partial, { regions: 1, municipalitiesPerRegion: count, participantsPerMunicipality: 60, seed: 2017 + count });
  // Renamed only when complete, so an interrupted run is never mistaken for the data.
  await rename(partial, dir);
  return dir;
}

const line = (label, r, n) =>
  `${label.padEnd(40)} ${fmt(r.seconds)} s   ${fmt(n / r.seconds)} brochures/s   peak ${fmt(r.peakMiB, 0)} MiB   exit ${r.code}`;

/** Our CLI on a generated region; `dumpDir` makes the engine keep each printed HTML there. */
async function ours(count, dumpDir) {
  const data = join(here, '.data', `brochures-${count}`);
  const out = join(here, '.data', `brochures-out-${count}`);
  await rm(out, { recursive: true, force: true });
  const env = { ...process.env };
  if (dumpDir) env.PLUGIN_REPORT_DUMP_HTML = dumpDir;
  else delete env.PLUGIN_REPORT_DUMP_HTML;
  const r = await measure(
    process.execPath,
    [cli, 'brochures', '--region', 'r01', '--data', data, '--out', out, '--concurrency', String(CONCURRENCY), '--quiet', '--suppress', '0'],
    { env },
  );
  await rm(out, { recursive: true, force: true });
  return r;
}

async function floor(dumpDir) {
  const out = join(here, '.data', 'brochures-floor-out');
  await rm(out, { recursive: true, force: true });
  const r = await measure(process.execPath, [self, '--floor', dumpDir, out, String(CONCURRENCY)]);
  await rm(out, { recursive: true, force: true });
  return r;
}

const best = (a, b) => (a.seconds <= b.seconds ? a : b);

export async function run(print) {
  const [small, large] = SIZES;
  for (const count of SIZES) await ensureRegion(count, print);
  const dumpDir = join(here, '.data', `brochures-html-${small}`);
  await rm(dumpDir, { recursive: true, force: true });

  // The machine is shared: ours and the floor alternate twice and each keeps its better run.
  const first = await ours(small, dumpDir);
  if (first.code !== 0) print(first.stderr.split('\n').slice(0, 5).join('\n'));
  const files = existsSync(dumpDir) ? readdirSync(dumpDir).filter((f) => f.endsWith('.html')).length : 0;
  const floorFirst = await floor(dumpDir);
  if (floorFirst.code !== 0) print(floorFirst.stderr.split('\n').slice(0, 5).join('\n'));
  const oursSmall = best(first, await ours(small));
  const bare = best(floorFirst, await floor(dumpDir));
  print(line(`brochures, ${small} municipalities`, oursSmall, small));
  print(line(`floor: bare puppeteer, same ${files} HTML`, bare, files));

  const oursLarge = await ours(large);
  print(line(`brochures, ${large} municipalities`, oursLarge, large));
  if (oursLarge.code !== 0) print(oursLarge.stderr.split('\n').slice(0, 5).join('\n'));

  print(`throughput ours / floor (${small}):      ${fmt(small / oursSmall.seconds / (files / bare.seconds))} (target ≥ 0.7)`);
  print(
    `throughput ours (${large}) / floor (${small}): ${fmt(large / oursLarge.seconds / (files / bare.seconds))} (start-up spread over more brochures)`,
  );
  print(`peak RSS ${large} / ${small} municipalities:  ${fmt(oursLarge.peakMiB / oursSmall.peakMiB)} (target ≤ 1.2)`);
  print(`peak RSS ours / floor (${small}):        ${fmt(oursSmall.peakMiB / bare.peakMiB)}`);
}

/** The floor: one browser, `concurrency` pages, each printing HTML files from a queue. */
async function floorMain(htmlDir, outDir, concurrency) {
  const { findBrowser, LAUNCH_ARGS } = await import(pathToFileURL(join(root, 'dist', 'lib', 'pdf', 'find-browser.js')).href);
  const puppeteer = (await import('puppeteer-core')).default;
  const choice = findBrowser();
  const browser = await puppeteer.launch({
    executablePath: choice.executablePath,
    headless: choice.headless,
    pipe: true,
    args: [...LAUNCH_ARGS],
  });
  await mkdir(outDir, { recursive: true });
  const queue = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          await page.setContent(await readFile(join(htmlDir, file), 'utf8'), { waitUntil: 'load' });
          const pdf = await page.pdf({
            format: 'A4',
            preferCSSPageSize: true,
            printBackground: true,
            tagged: true,
            outline: true,
            waitForFonts: true,
          });
          await writeFile(join(outDir, file.replace(/\.html$/, '.pdf')), pdf);
        }
        await page.close();
      }),
    );
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === self && process.argv[2] === '--floor') {
  await floorMain(process.argv[3], process.argv[4], Number(process.argv[5] ?? CONCURRENCY));
}
