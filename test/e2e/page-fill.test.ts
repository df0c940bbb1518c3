// No page of a printed document may be mostly empty (issue 13): every page but the cover, the
// table of contents and a chapter's last page is at least MIN_FILL filled, measured as a reader
// sees the page (helpers/page-fill.ts: text boxes and ink of a 60-dpi greyscale render, in 5 mm
// cells, inside the document's frame). Built with disclosure control on, as published.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readOutline } from '../../src/pdf/post/metadata.js';
import { exemptPages, measurePageFill } from './helpers/page-fill.js';
import { describeWithChromium } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
const MIN_FILL = 0.4;

/** The documents checked: both reports, and brochures with much and with little to say. */
const DOCUMENTS = {
  'Skåne report': join('skane', 'regional-slutrapport-skane.pdf'),
  'national report': 'nationell-slutrapport.pdf',
  'Malmö brochure': join('skane', 'broschyr-malmo.pdf'),
  'Bromölla brochure': join('skane', 'broschyr-bromolla.pdf'),
  'Lund brochure': join('skane', 'broschyr-lund.pdf'),
  'Klippan brochure': join('skane', 'broschyr-klippan.pdf'),
} as const;
type DocumentName = keyof typeof DOCUMENTS;

/**
 * Documents whose layout fails the rule today. The report and brochure layouts are being redone
 * (issue 13's "report" and "brochure" work); their cases run as `it.fails` until then. Whoever
 * merges that work empties this list: a listed document that passes fails the suite, so the list
 * cannot outlive the fix. Measured before that work (fill under 40 %, page: fill):
 *   Skåne report     p7 34 %, p17 7 %, p20 39 %, p22 20 %
 *   national report  p6 31 %
 *   Lund brochure    p3 21 %
 *   Klippan brochure p3 29 %
 * and after the report work (chapters flow) and the chart work:
 *   Skåne report     p7 27 % (a figure of outcomes that is mostly "..", then a short table)
 *   national report  p5 38 %, p6 26 %, p7 38 % (tall bar charts whose white counts as empty)
 *   Klippan brochure p3 29 %
 */
const KNOWN_UNDERFILLED: readonly DocumentName[] = ['Skåne report', 'national report', 'Klippan brochure'];

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`plugin-report ${args.join(' ')} failed:\n${result.stderr}`);
}

let dir: string;
const underfilled: Partial<Record<DocumentName, string[]>> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plugin-report-fill-'));
  run(['build', '--region', 'skane', '--data', 'fixtures', '--out', dir]);
  run(['build', '--national', '--data', 'fixtures', '--out', dir]);
  run(['brochures', '--region', 'skane', '--data', 'fixtures', '--out', dir, '--quiet']);
  for (const [name, file] of Object.entries(DOCUMENTS) as [DocumentName, string][]) {
    const pdf = join(dir, file);
    const fill = measurePageFill(pdf);
    const exempt = exemptPages(await readOutline(readFileSync(pdf)), fill.length);
    // Written out so a failure (or the known-failures list) says which pages and how full.
    const report = fill.map((f, i) => `p${i + 1} ${Math.round(f * 100)} %${exempt.has(i + 1) ? ' (exempt)' : ''}`);
    process.stdout.write(`page fill, ${name}: ${report.join(', ')}\n`);
    underfilled[name] = fill.flatMap((f, i) => (f < MIN_FILL && !exempt.has(i + 1) ? [`p${i + 1} ${Math.round(f * 100)} %`] : []));
  }
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describeWithChromium('page fill', () => {
  for (const name of Object.keys(DOCUMENTS) as DocumentName[]) {
    const test = KNOWN_UNDERFILLED.includes(name) ? it.fails : it;
    test(`${name}: no page but the cover, the contents and a chapter's last is under ${MIN_FILL * 100} % filled`, () => {
      expect(underfilled[name]).toEqual([]);
    });
  }
});
