// Narrative answers as narrative/<key>.md files (contract v1.2 §9) and the completeness check,
// through validateDataset: the answers must reach the configs the documents read.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MunicipalityConfig } from '../schema/config.js';
import { unansweredQuestions, validateDataset } from './dataset.js';

const base = join(import.meta.dirname, '../../fixtures/broken/valid');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-report-narrative-files-'));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  return dir;
}

/** region.yaml without its narrative: block. */
function dropRegionNarrative(dir: string): void {
  const file = join(dir, 'alpha/region.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^narrative:\n(?: .*\n)*/m, ''));
}

describe('narrative/<key>.md', () => {
  it('answers reach the config the documents read, as the file says them (Markdown kept)', async () => {
    const seen: MunicipalityConfig[] = [];
    const result = await validateDataset(copy(), {}, (_data, municipality) => void seen.push(municipality));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(seen[0]!.narrative).toEqual({
      what_we_did: '# Vad vi gjorde\n\nVerkstaden arbetade med: samtal, studiestöd och praktik.',
      results: 'Fler unga fullföljde sina studier.',
      implementation: 'Arbetssättet lever kvar i ordinarie verksamhet.',
    });
    expect(result.dataset.regions[0]!.municipalities[0]!.narrative?.results).toBe('Fler unga fullföljde sina studier.');
    // project.yaml, region.yaml, municipality.yaml, three answers and four tables.
    expect(result.files).toBe(10);
  });

  it('a region answers in files as well as in YAML; Windows-1252 text is read too', async () => {
    const dir = copy();
    dropRegionNarrative(dir);
    mkdirSync(join(dir, 'alpha/narrative'));
    writeFileSync(join(dir, 'alpha/region.yaml'), `${readFileSync(join(dir, 'alpha/region.yaml'), 'utf8')}narrative:\n  goals: Mål.\n`);
    const questions = ['summary', 'purpose', 'steering', 'regional_link', 'results_regional', 'results_knowledge', 'management'];
    const more = ['support', 'methods', 'success_factors', 'patterns', 'strategy', 'dissemination', 'reflections'];
    for (const key of [...questions, ...more]) writeFileSync(join(dir, `alpha/narrative/${key}.md`), `Svar: ${key}.\n`);
    writeFileSync(join(dir, 'alpha/narrative/summary.md'), Buffer.from('Sammanfattning för Skåne.\r\n', 'latin1'));
    const result = await validateDataset(dir, {});
    expect([...result.errors, ...result.warnings]).toEqual([]);
    const narrative = result.dataset.regions[0]!.config.narrative!;
    expect(narrative.summary).toBe('Sammanfattning för Skåne.');
    expect(narrative.goals).toBe('Mål.');
    expect(narrative.strategy).toBe('Svar: strategy.');
  });
});

describe('narrative.missing', () => {
  it('lists the unanswered questions of a file in one warning, in the order of the report', async () => {
    const dir = copy();
    dropRegionNarrative(dir);
    rmSync(join(dir, 'alpha/ett/narrative/results.md'));
    const result = await validateDataset(dir, {});
    expect(result.warnings.map((w) => [w.rule, w.file, w.message])).toEqual([
      [
        'narrative.missing',
        'alpha/region.yaml',
        '15 of 15 report questions are unanswered: summary, purpose, goals, steering, regional_link, results_regional, results_knowledge, management, support, methods, success_factors, patterns, strategy, dissemination, reflections',
      ],
      ['narrative.missing', 'alpha/ett/municipality.yaml', '1 of 3 report questions is unanswered: results'],
    ]);
    expect(result.warnings[1]!.hint).toContain('alpha/ett/narrative/<key>.md');
    // What build sums up in one line.
    expect(unansweredQuestions(result.dataset, true)).toBe(16);
  });

  it("the national report's questions are asked only when the whole nation is validated", async () => {
    const dir = copy();
    const file = join(dir, 'project.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^narrative:\n(?: .*\n)*/m, ''));
    expect((await validateDataset(dir, {})).warnings.map((w) => [w.rule, w.file])).toEqual([['narrative.missing', 'project.yaml']]);
    expect((await validateDataset(dir, { region: 'alpha' })).warnings).toEqual([]);
  });

  it('an empty answer file answers nothing', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'alpha/ett/narrative/results.md'), '\n  \n');
    const result = await validateDataset(dir, {});
    expect(result.warnings.map((w) => w.message)).toEqual(['1 of 3 report questions is unanswered: results']);
  });
});
