// End-to-end: with errors in the data, `figures` prints the findings, exits 1 and writes nothing.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'figures-invalid-'));
  await generateDataset(join(dir, 'data'), { regions: 1, municipalitiesPerRegion: 2, participantsPerMunicipality: 20, seed: 7 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('valid generated data gives figures (exit 0)', () => {
  const result = spawnSync(process.execPath, [CLI, 'figures', '--national', '--data', join(dir, 'data')], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  expect(JSON.parse(result.stdout).units[0].figures.participants.persons.total).toBe(40);
});

it('an error in the data: findings on stderr with file and line, exit 1, no output file', () => {
  // A participant born in 1890 (age outside 13–29) with an unknown workshop.
  appendFileSync(join(dir, 'data', 'r01', 'm002', 'participants.csv'), 'm002-bad,nowhere,1,female,1890,2016-09-01,,,no\n');
  const out = join(dir, 'figures.json');
  const result = spawnSync(process.execPath, [CLI, 'figures', '--national', '--data', join(dir, 'data'), '--out', out], {
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/r01\/m002\/participants\.csv\n\s+22(:\d+)? +error/);
  expect(result.stderr).toMatch(/No figures were written/);
  expect(result.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
});
