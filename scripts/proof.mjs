#!/usr/bin/env node
// npm run proof: prints the fixtures' documents and lays every page of each one out on a single
// contact sheet (PNG) in out/proof/, so that anyone can look at everything in a minute: a near-
// empty page, a chart that reads badly or a cover without a picture shows at a glance.
//
//   npm run proof                   Skåne's report, the national report, every brochure
//   npm run proof -- --gray         the same in greyscale (how a black-and-white printer shows charts)
//   npm run proof -- --region gr    that region's report and brochures instead of Skåne's
//
// Pages are rendered by poppler's pdftoppm (as the e2e tests read PDFs) and composed with pngjs.
// The PDFs it printed stay in out/proof/pdf/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: 'fixtures' },
    out: { type: 'string', default: join('out', 'proof') },
    region: { type: 'string', default: 'skane' },
    gray: { type: 'boolean', default: false },
    dpi: { type: 'string', default: '40' },
  },
});

/** Contact-sheet layout: pages per row, gap and margin in px, background and page edge colours. */
const SHEET = { columns: 6, gap: 14, background: [150, 150, 150], edge: [90, 90, 90] };

function fail(message) {
  process.stderr.write(`proof: ${message}\n`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) fail(`${command} could not be started (${result.error.message}); proof needs poppler-utils' pdftoppm.`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Every PDF under a folder, in name order. */
function pdfsUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.pdf'))
    .sort()
    .map((name) => join(dir, name));
}

/** The document's pages as decoded images (RGBA), rendered at the proof's resolution. */
function renderPages(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-report-proof-'));
  try {
    run('pdftoppm', ['-png', '-r', options.dpi, ...(options.gray ? ['-gray'] : []), pdf, join(dir, 'page')]);
    // pdftoppm numbers pages with as many digits as the last one needs: name order is page order.
    return readdirSync(dir)
      .sort()
      .map((file) => PNG.sync.read(readFileSync(join(dir, file))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One sheet: the pages left to right, top to bottom, each with a thin edge, on a grey ground. */
function contactSheet(pages) {
  const columns = Math.min(SHEET.columns, pages.length);
  const rows = Math.ceil(pages.length / columns);
  const cellWidth = Math.max(...pages.map((p) => p.width));
  const cellHeight = Math.max(...pages.map((p) => p.height));
  const { gap } = SHEET;
  const sheet = new PNG({ width: columns * (cellWidth + gap) + gap, height: rows * (cellHeight + gap) + gap });
  const paint = (x, y, [r, g, b]) => {
    const at = (sheet.width * y + x) * 4;
    sheet.data[at] = r;
    sheet.data[at + 1] = g;
    sheet.data[at + 2] = b;
    sheet.data[at + 3] = 255;
  };
  for (let y = 0; y < sheet.height; y++) for (let x = 0; x < sheet.width; x++) paint(x, y, SHEET.background);
  pages.forEach((page, i) => {
    const left = gap + (i % columns) * (cellWidth + gap);
    const top = gap + Math.floor(i / columns) * (cellHeight + gap);
    for (let x = -1; x <= page.width; x++) [top - 1, top + page.height].forEach((y) => paint(left + x, y, SHEET.edge));
    for (let y = 0; y < page.height; y++) [left - 1, left + page.width].forEach((x) => paint(x, top + y, SHEET.edge));
    PNG.bitblt(page, sheet, 0, 0, page.width, page.height, left, top);
  });
  return PNG.sync.write(sheet);
}

const pdfDir = join(options.out, 'pdf');
mkdirSync(pdfDir, { recursive: true });
const data = ['--data', options.data, '--out', pdfDir];
run(process.execPath, [CLI, 'build', '--region', options.region, ...data]);
run(process.execPath, [CLI, 'build', '--national', ...data]);
run(process.execPath, [CLI, 'brochures', '--region', options.region, '--quiet', ...data]);

for (const pdf of pdfsUnder(pdfDir)) {
  const pages = renderPages(pdf);
  // out/proof/pdf/skane/broschyr-lund.pdf → out/proof/skane-broschyr-lund.png (-gray.png in greyscale)
  const name = relative(pdfDir, pdf)
    .replace(/\.pdf$/, '')
    .split(/[\\/]/)
    .join('-');
  const sheet = join(options.out, `${name}${options.gray ? '-gray' : ''}.png`);
  writeFileSync(sheet, contactSheet(pages));
  process.stdout.write(`${sheet}  ${pages.length} pages\n`);
}
