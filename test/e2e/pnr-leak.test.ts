// Property (issue 12, contract v1.2 §9): a personnummer planted anywhere in the data folder, in any
// separator and digit form, appears in no output of any command: validate in its three formats,
// figures as JSON and CSV, build's and brochures' messages and the text of every PDF they write.
// The built CLI runs on a copy of fixtures/broken/valid; a planted id may make the data invalid
// (the commands then refuse, which is an output too) or leave it valid (the documents print it).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { BROKEN_DIR } from '../../src/validate/test-helpers/broken-cases.js';
import { holdsNumber, plantedPersonnummer } from '../../src/util/test-helpers/planted-personnummer.js';
import { type PlantPlace, plantPersonnummer } from '../../src/util/test-helpers/plant-personnummer.js';
import { describeWithChromium } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
const base = mkdtempSync(join(tmpdir(), 'plugin-report-pnr-e2e-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

// Fewer forms than the validate property: each run here prints PDFs.
const SEPARATORS = ['', '-', '+', ' ', '–', '—', '/', '.', '_', ':', '\u00a0'];
const DIGITS = [0x30, 0xff10, 0x660]; // ASCII, full-width, Arabic-Indic

/** Where the number is planted: each place is printed by some command, or refused by all. */
// 'name' once leaked through the chart labels and the PDF's title (both outside the render
// context); charts' inputs and documents' metadata are masked too now (util/mask-deep.ts).
const PLACES: PlantPlace[] = ['participant_id', 'workshop', 'header', 'quote', 'name', 'narrative'];

interface Run {
  code: number | null;
  output: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The text of every PDF under `dir`. */
function pdfTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, f), '-'], { encoding: 'utf8' }));
}

let made = 0;

describeWithChromium('no output of any command contains a planted personnummer', () => {
  it('in any separator or digit form, planted anywhere (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        plantedPersonnummer({ min: new Date('1931-01-01'), max: new Date('2009-12-31'), separators: SEPARATORS, digits: DIGITS }),
        fc.constantFrom(...PLACES),
        async (planted, place) => {
          const { id } = planted;
          const dir = join(base, `case-${++made}`);
          cpSync(join(BROKEN_DIR, 'valid'), dir, { recursive: true });
          plantPersonnummer(dir, place, id);
          const out = join(dir, '..', `out-${made}`);
          const runs = await Promise.all([
            ...['text', 'json', 'github'].map((format) => cli(['validate', '--data', dir, '--format', format])),
            cli(['figures', '--national', '--data', dir]),
            cli(['figures', '--national', '--data', dir, '--format', 'csv']),
            cli(['build', '--region', 'alpha', '--data', dir, '--out', join(out, 'reports')]),
            cli(['brochures', '--region', 'alpha', '--data', dir, '--out', join(out, 'brochures'), '--quiet']),
          ]);
          for (const run of runs) expect([0, 1]).toContain(run.code);
          const outputs = [...runs.map((r) => r.output), ...pdfTexts(out)];
          for (const output of outputs) {
            expect(output).not.toContain(id);
            // Nor in another form: digits made ASCII, up to three characters between the parts.
            expect(holdsNumber(output, planted)).toBe(false);
          }
        },
      ),
      { numRuns: 6 },
    );
  }, 600_000);
});
