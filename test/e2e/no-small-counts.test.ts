// End-to-end (issue 11): the fixtures built with the default settings (disclosure control on,
// N = 5 from project.yaml) print no count from 1 to 4 in any table of any report or brochure. A
// table row, as pdftotext lays it out, is a label and three columns (Kvinnor, Män, Totalt), each a
// whole number or "..".
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
const out = mkdtempSync(join(tmpdir(), 'plugin-report-no-small-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });

const CELL = String.raw`(\.\.|\d{1,3}(?: \d{3})*)`;
const TABLE_ROW = new RegExp(String.raw`^\s*\S.*\S\s{2,}${CELL}\s{2,}${CELL}\s{2,}${CELL}\s*$`);

/** The table rows of a PDF that print a count from 1 to 4. */
function smallCounts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return text
    .split('\n')
    .filter(
      (line) =>
        TABLE_ROW.exec(line)
          ?.slice(1)
          .some((cell) => /^[1-4]$/.test(cell)) === true,
    )
    .map((line) => line.replace(/\s+/g, ' ').trim());
}

const pdfsBelow = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.pdf'))
    .map((e) => join(e.parentPath, e.name));

describeWithChromium('default disclosure control in print', () => {
  beforeAll(() => {
    // The suite's warm pattern cache (test/global-setup.ts): no solve here.
    const build = run(['build', '--all', '--data', 'fixtures', '--out', out]);
    expect(build.status, build.stderr).toBe(0);
    const brochures = run(['brochures', '--region', 'skane', '--data', 'fixtures', '--out', out, '--quiet']);
    expect(brochures.status, brochures.stderr).toBe(0);
  }, 600_000);

  it('prints no count from 1 to 4 in the tables of the 9 reports and Skåne’s 7 brochures', () => {
    const pdfs = pdfsBelow(out);
    expect(pdfs).toHaveLength(9 + 7);
    const found = pdfs.flatMap((pdf) => smallCounts(pdf).map((row) => `${pdf.slice(out.length + 1)}: ${row}`));
    expect(found).toEqual([]);
    // The check sees the tables: hidden cells are there, as "..".
    expect(pdfs.some((pdf) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).includes('..'))).toBe(true);
  });
});
