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
import pc from 'picocolors';

const dir = mkdtempSync(join(tmpdir(), 'plugin-report-pnr-leak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(BROKEN_DIR, 'valid'), dir, { recursive: true });
const M = join(dir, 'alpha/ett');
const original = Object.fromEntries(
  ['participants.csv', 'grades.csv', 'municipality.yaml'].map((f) => [f, readFileSync(join(M, f), 'utf8')]),
);

/** Where the number is planted: each place is printed by some finding. */
const PLACES = ['participant_id', 'workshop', 'header', 'grades id', 'yaml name', 'yaml workshop id'] as const;

function plant(place: (typeof PLACES)[number], id: string): void {
  for (const [f, text] of Object.entries(original)) writeFileSync(join(M, f), text);
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(M, file), change(readFileSync(join(M, file), 'utf8')));
  // Quoted so that a separator such as ',' or a tab stays inside its field.
  const q = `"${id}"`;
  switch (place) {
    case 'participant_id':
      edit('participants.csv', (t) => t.replace('P002,', `${q},`));
      break;
    case 'workshop':
      edit('participants.csv', (t) => t.replace('P002,verkstad,', `P002,${q},`));
      break;
    case 'header':
      edit('participants.csv', (t) =>
        t
          .replace('intensive_support', `intensive_support,${q}`)
          .replace(/\n(?=.)/g, ',\n')
          .replace(/,\n/, '\n'),
      );
      break;
    case 'grades id':
      edit('grades.csv', (t) => t.replace(/\nP001,/, `\n${q},`));
      break;
    case 'yaml name':
      edit('municipality.yaml', (t) => t.replace('name: Ett', `name: ${JSON.stringify(id)}\nextra: ${JSON.stringify(id)}`));
      break;
    case 'yaml workshop id':
      edit('municipality.yaml', (t) => t.replace('id: verkstad', `id: ${JSON.stringify(id)}`));
      break;
  }
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
