// narrative.small-count through validateDataset: which texts are read, where a finding points and
// how N follows project.yaml.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from './dataset.js';

const base = join(import.meta.dirname, '../../fixtures/broken/valid');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const M = 'alpha/ett/municipality.yaml';
const R = 'alpha/region.yaml';

/**
 * A copy of the valid base with text appended to files. A file given a narrative: of its own loses
 * the base's answers (its narrative: block, last in the file, and its narrative/ folder), so each
 * question is answered once.
 */
function folder(append: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-report-narrative-'));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  for (const [file, text] of Object.entries(append)) {
    let before = readFileSync(join(dir, file), 'utf8');
    if (text.includes('narrative:')) {
      before = before.replace(/^narrative:\n(?: .*\n)*/m, '');
      rmSync(join(dir, dirname(file), 'narrative'), { recursive: true, force: true });
    }
    writeFileSync(join(dir, file), before + text);
  }
  return dir;
}

async function smallCounts(dir: string) {
  const result = await validateDataset(dir, {});
  expect(result.errors).toEqual([]);
  // Removing the base's answers leaves questions open; that is not what these tests are about.
  expect(result.warnings.every((w) => w.rule === 'narrative.small-count' || w.rule === 'narrative.missing')).toBe(true);
  return result.warnings.filter((w) => w.rule === 'narrative.small-count').map((w) => [w.file, w.line, w.column, w.message]);
}

describe('narrative.small-count', () => {
  it('reads the narrative, quotes, interview and workshop texts of every level, each finding at its place', async () => {
    const dir = folder({
      'project.yaml': 'narrative:\n  results: Ett år senare hade 2 deltagare arbete.\n',
      [R]: 'narrative:\n  summary: |\n    Rad ett.\n\n    Sedan kom 3 tjejer.\n',
      [M]: [
        'quotes:',
        '  - text: "Vi var bara 4 killar i klassen."',
        '    role: elev',
        'interview:',
        '  title: Den enda eleven som stannade',
        '  role: lärare',
        '  text: Hon och 1 elev till.',
        '',
      ].join('\n'),
    });
    expect(await smallCounts(dir)).toEqual([
      ['project.yaml', 10, 31, 'narrative.results: "2 deltagare" tells of fewer than 5 people, which may identify them'],
      [R, 11, 15, 'narrative.summary: "3 tjejer" tells of fewer than 5 people, which may identify them'],
      [M, 12, 24, 'quotes (item 1).text: "4 killar" tells of fewer than 5 people, which may identify them'],
      [M, 15, 14, 'interview.title: "enda eleven" tells of fewer than 5 people, which may identify them'],
      [M, 17, 17, 'interview.text: "1 elev" tells of fewer than 5 people, which may identify them'],
    ]);
  });

  it('points at the second of two equal phrases, not the first', async () => {
    const dir = folder({ [M]: 'narrative:\n  results: |\n    3 elever i vår.\n    Och 3 elever i höst.\n' });
    expect((await smallCounts(dir)).map(([, line, column]) => [line, column])).toEqual([
      [13, 5],
      [14, 9],
    ]);
  });

  it('follows disclosure.min_count: higher N finds more, 0 finds nothing', async () => {
    const text = { [M]: 'narrative:\n  results: Av dem fick 7 deltagare arbete och 2 deltagare praktik.\n' };
    expect(await smallCounts(folder(text))).toHaveLength(1);
    expect(await smallCounts(folder({ ...text, 'project.yaml': 'disclosure:\n  min_count: 10\n' }))).toHaveLength(2);
    expect(await smallCounts(folder({ ...text, 'project.yaml': 'disclosure:\n  min_count: 0\n' }))).toEqual([]);
  });
});
