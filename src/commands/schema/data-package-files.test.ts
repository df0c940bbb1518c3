import { readdirSync, readFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolder } from '../../boundary/data-folder.js';
import { CSV_SPECS } from '../../schema/csv.js';
import { dataPackage } from '../../schema/data-package.js';
import { detectDelimiter } from '../../ingest/reader.js';
import { findTableFiles } from './data-package-files.js';

const TABLE_NAMES = new Set(Object.values(CSV_SPECS).flatMap((s) => [s.fileName, s.fileName.replace(/\.csv$/, '.xlsx')]));

/** Every table file under fixtures/<region>/<municipality>/, found independently of the code under test. */
function fixtureTables(): string[] {
  const found: string[] = [];
  for (const region of readdirSync('fixtures', { withFileTypes: true })) {
    if (!region.isDirectory() || !readdirSync(join('fixtures', region.name)).includes('region.yaml')) continue;
    for (const municipality of readdirSync(join('fixtures', region.name), { withFileTypes: true })) {
      if (!municipality.isDirectory()) continue;
      for (const name of readdirSync(join('fixtures', region.name, municipality.name))) {
        if (TABLE_NAMES.has(name)) found.push(`${region.name}/${municipality.name}/${name}`);
      }
    }
  }
  return found.sort();
}

describe('findTableFiles', () => {
  it('names every table file of the fixtures, and the descriptor has one resource for each', () => {
    const files = findTableFiles(new DataFolder('fixtures'));
    const expected = fixtureTables();
    expect(expected.length).toBeGreaterThan(50);
    expect(files.map((f) => f.path).sort()).toEqual(expected);
    const resources = (dataPackage(files) as { resources: { path: string }[] }).resources;
    expect(resources.map((r) => r.path).sort()).toEqual(expected);
  });

  it("gives each fixture CSV the delimiter the reader detects in its header (',', ';' and tab all occur)", () => {
    const files = findTableFiles(new DataFolder('fixtures'));
    for (const file of files) {
      const header = readFileSync(join('fixtures', file.path), 'utf8').split(/\r?\n/)[0]!;
      expect(file.delimiter, file.path).toBe(detectDelimiter(header));
    }
    expect(new Set(files.map((f) => f.delimiter))).toEqual(new Set([',', ';', '\t']));
  });

  it('reads Windows-1252, a BOM, tabs and xlsx; ignores folders without region.yaml and other files', () => {
    const root = mkdtempSync(join(tmpdir(), 'datapkg-'));
    mkdirSync(join(root, 'r', 'm'), { recursive: true });
    mkdirSync(join(root, 'cases', 'm'), { recursive: true });
    writeFileSync(join(root, 'r', 'region.yaml'), 'id: r\n');
    // "kön" in Windows-1252: ö is one byte 0xF6, not valid UTF-8.
    writeFileSync(join(root, 'r', 'm', 'participants.csv'), Buffer.from('deltagar_id;k\xf6n\n', 'latin1'));
    writeFileSync(join(root, 'r', 'm', 'grades.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id\tterm\n')]));
    writeFileSync(join(root, 'r', 'm', 'dropouts.xlsx'), 'not read');
    writeFileSync(join(root, 'r', 'm', 'notes.csv'), 'a,b\n');
    writeFileSync(join(root, 'cases', 'm', 'participants.csv'), 'a,b\n');
    expect(findTableFiles(new DataFolder(root))).toEqual([
      { path: 'r/m/participants.csv', kind: 'participants', format: 'csv', encoding: 'windows-1252', delimiter: ';' },
      { path: 'r/m/grades.csv', kind: 'grades', format: 'csv', encoding: 'utf-8', delimiter: '\t' },
      { path: 'r/m/dropouts.xlsx', kind: 'dropouts', format: 'xlsx' },
    ]);
  });
});
