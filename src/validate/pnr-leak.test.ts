// Property (issue 12): whatever form a personnummer is written in and wherever it is planted in
// the data folder (an id, a code value, a header name, a YAML string), no output of validate
// (text, json, github) contains it.
import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from './dataset.js';
import { formatGithub, formatJson, formatText } from './format.js';
import { BROKEN_DIR } from './test-helpers/broken-cases.js';
import { asciiDigits, holdsNumber, plantedPersonnummer } from '../util/test-helpers/planted-personnummer.js';
import { type PlantPlace, plantPersonnummer } from '../util/test-helpers/plant-personnummer.js';
import pc from 'picocolors';

const dir = mkdtempSync(join(tmpdir(), 'plugin-report-pnr-leak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(BROKEN_DIR, 'valid'), dir, { recursive: true });
const M = join(dir, 'alpha/ett');
const original = Object.fromEntries(
  ['participants.csv', 'grades.csv', 'municipality.yaml'].map((f) => [f, readFileSync(join(M, f), 'utf8')]),
);

/** Where the number is planted: each place is printed by some finding. */
const PLACES: PlantPlace[] = ['participant_id', 'workshop', 'header', 'grades id', 'name and unknown key', 'yaml workshop id'];

function plant(place: PlantPlace, id: string): void {
  for (const [f, text] of Object.entries(original)) writeFileSync(join(M, f), text);
  plantPersonnummer(dir, place, id);
}

describe('no output of validate contains a planted personnummer', () => {
  it('in any separator or digit form, planted anywhere (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        plantedPersonnummer({ min: new Date('1901-01-01'), max: new Date('2024-12-31') }),
        fc.constantFrom(...PLACES),
        async (planted, place) => {
          const { id, datePart, four } = planted;
          plant(place, id);
          const result = await validateDataset(dir, {});
          const findings = [...result.errors, ...result.warnings];
          // The number was seen: the planted place gives at least one finding.
          expect(findings.length).toBeGreaterThan(0);
          const summary = { files: result.files, rows: result.rows, errors: result.errorCount, warnings: result.warningCount };
          const outputs = [
            formatText(findings, summary, pc.createColors(false)),
            formatJson(findings, summary, false),
            formatGithub(findings, summary, dir),
          ];
          for (const output of outputs) {
            expect(output).not.toContain(id);
            // Nor in another form: digits made ASCII, separators of up to three characters.
            expect(holdsNumber(output, planted)).toBe(false);
            const ascii = asciiDigits(output);
            expect(ascii).not.toMatch(new RegExp(`${datePart}(?:%[0-9A-F]{2}|\\\\u[0-9a-f]{4})${four}`));
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
