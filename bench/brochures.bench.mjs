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

export async function run(print) {
  const results = {};
  let dumpDir;
  for (const count of SIZES) {
    const data = await ensureRegion(count, print);
    const out = join(here, '.data', `brochures-out-${count}`);
    await rm(out, { recursive: true, force: true });
    const env = { ...process.env };
    if (count === SIZES[0]) {
      dumpDir = join(here, '.data', `brochures-html-${count}`);
      await rm(dumpDir, { recursive: true, force: true });
      env.PLUGIN_REPORT_DUMP_HTML = dumpDir;
    }
    const r = await measure(process.execPath, [cli, 'brochures', '--region', 'r01', '--data', data, '--out', out, '--concurrency', String(CONCURRENCY), '--quiet'], { env });
    results[count] = r;
    print(line(`brochures, ${count} municipalities`, r, count));
    if (r.code !== 0) print(r.stderr.split('\n').slice(0, 5).join('\n'));
    await rm(out, { recursive: true, force: true });
  }

  const floorOut = join(here, '.data', 'brochures-floor-out');
  await rm(floorOut, { recursive: true, force: true });
  const files = existsSync(dumpDir) ? readdirSync(dumpDir).filter((f) => f.endsWith('.html')).length : 0;
  const floor = await measure(process.execPath, [self, '--floor', dumpDir, floorOut, String(CONCURRENCY)]);
  print(line(`floor: bare puppeteer, same ${files} HTML`, floor, files));
  if (floor.code !== 0) print(floor.stderr.split('\n').slice(0, 5).join('\n'));
  await rm(floorOut, { recursive: true, force: true });

  const ours = SIZES[0] / results[SIZES[0]].seconds;
  const bare = files / floor.seconds;
  print(`throughput ours / floor (${SIZES[0]}):      ${fmt(ours / bare)} (target ≥ 0.7)`);
  print(`peak RSS ${SIZES[1]} / ${SIZES[0]} municipalities:  ${fmt(results[SIZES[1]].peakMiB / results[SIZES[0]].peakMiB)} (target ≤ 1.2)`);
  print(`peak RSS ours / floor (${SIZES[0]}):        ${fmt(results[SIZES[0]].peakMiB / floor.peakMiB)}`);
}

/** The floor: one browser, `concurrency` pages, each printing HTML files from a queue. */
async function floorMain(htmlDir, outDir, concurrency) {
  const { findBrowser, LAUNCH_ARGS } = await import(pathToFileURL(join(root, 'dist', 'render', 'browser.js')).href);
  const puppeteer = (await import('puppeteer-core')).default;
  const choice = findBrowser();
  const browser = await puppeteer.launch({ executablePath: choice.executablePath, headless: choice.headless, pipe: true, args: [...LAUNCH_ARGS] });
  await mkdir(outDir, { recursive: true });
  const queue = readdirSync(htmlDir).filter((f) => f.endsWith('.html')).sort();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          await page.setContent(await readFile(join(htmlDir, file), 'utf8'), { waitUntil: 'load' });
          const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, waitForFonts: true });
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
