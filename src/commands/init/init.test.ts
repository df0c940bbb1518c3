// `init`: what it writes validates with warnings only, never overwrites a file, and its templates
// carry headers the reader accepts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MunicipalityConfig, ProjectConfig, RegionConfig } from '../../schema/config.js';
import { foldKey } from '../../schema/codes.js';
import { CSV_FILE_KINDS, CSV_SPECS } from '../../schema/csv.js';
import { keysAt } from '../../schema/keys.js';
import { validateDataset } from '../../validate/dataset.js';
import { scaffold } from './scaffold.js';
import { csvTemplate, swedishHeaders, xlsxTemplate } from './tables.js';
import { municipalityYaml, projectYaml, regionYaml } from './yaml.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-report-init-'));
  made.push(dir);
  return dir;
}

async function wholeProject(): Promise<string> {
  const dir = join(tempDir(), 'data');
  await scaffold(dir, { kind: 'project' }, false);
  await scaffold(dir, { kind: 'region', id: 'skane', name: 'Skåne' }, false);
  await scaffold(dir, { kind: 'municipality', id: 'bromolla', name: 'Bromölla', region: 'skane' }, false);
  return dir;
}

describe('init', () => {
  it('a new folder validates with warnings only: no regions yet, questions unanswered', async () => {
    const dir = join(tempDir(), 'new');
    const result = await scaffold(dir, { kind: 'project' }, false);
    expect(result.created).toContain('project.yaml');
    expect(result.created).toContain('LÄS-MIG.md');
    expect(result.created).toContain('mallar/grades.xlsx');
    const validation = await validateDataset(dir, {});
    expect(validation.errors).toEqual([]);
    expect(validation.warnings.map((w) => w.rule).sort()).toEqual(['config.no-entries', 'narrative.missing']);
  });

  it('a region and a municipality added to it are listed and validate with warnings only', async () => {
    const dir = await wholeProject();
    expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toMatch(/^regions:\n {2}- skane\n/m);
    expect(readFileSync(join(dir, 'skane/region.yaml'), 'utf8')).toMatch(/^municipalities:\n {2}- bromolla\n/m);
    const validation = await validateDataset(dir, {});
    expect(validation.errors).toEqual([]);
    expect(validation.warnings.map((w) => [w.rule, w.file])).toEqual([
      ['narrative.missing', 'project.yaml'],
      ['narrative.missing', 'skane/region.yaml'],
      ['narrative.missing', 'skane/bromolla/municipality.yaml'],
      ['participants.no-rows', 'skane/bromolla/participants.csv'],
    ]);
    expect(validation.dataset.regions[0]!.config.name).toBe('Skåne');
    // Header only, as Swedish Excel writes CSV: BOM, semicolons.
    expect(readFileSync(join(dir, 'skane/bromolla/participants.csv'), 'utf8')).toBe(csvTemplate('participants'));
    expect(csvTemplate('participants').startsWith('\uFEFFDeltagar-id;Verkstad;Målgrupp;Kön;')).toBe(true);
  });

  it('refuses a folder that holds files, and --force only adds what is missing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'project.yaml'), 'name: mine\n');
    await expect(scaffold(dir, { kind: 'project' }, false)).rejects.toMatchObject({ errorName: 'TargetNotEmpty' });
    const forced = await scaffold(dir, { kind: 'project' }, true);
    expect(forced.kept).toEqual(['project.yaml']);
    expect(forced.created).toContain('LÄS-MIG.md');
    expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toBe('name: mine\n');
  });

  it('a region needs its project, a municipality its region', async () => {
    const dir = tempDir();
    await expect(scaffold(dir, { kind: 'region', id: 'skane', name: 'Skåne' }, false)).rejects.toMatchObject({
      errorName: 'DataFolderNotFound',
    });
    await scaffold(dir, { kind: 'project' }, false);
    await expect(scaffold(dir, { kind: 'municipality', id: 'lund', name: 'Lund', region: 'skane' }, false)).rejects.toMatchObject({
      errorName: 'DataFolderNotFound',
    });
  });

  it('adding a region keeps project.yaml as written, comments and all, and lists an id once', async () => {
    const dir = await wholeProject();
    const before = readFileSync(join(dir, 'project.yaml'), 'utf8');
    await scaffold(dir, { kind: 'region', id: 'gr', name: 'Göteborgsregionen' }, false);
    const after = readFileSync(join(dir, 'project.yaml'), 'utf8');
    expect(after).toBe(before.replace('  - skane\n', '  - skane\n  - gr\n'));
    mkdirSync(join(dir, 'skane/lund'));
    await scaffold(dir, { kind: 'municipality', id: 'lund', name: 'Lund', region: 'skane' }, true);
    await scaffold(dir, { kind: 'municipality', id: 'lund', name: 'Lund', region: 'skane' }, true);
    expect(readFileSync(join(dir, 'skane/region.yaml'), 'utf8').match(/- lund/g)).toHaveLength(1);
  });
});

describe('init templates', () => {
  it('every Swedish header is a name the reader accepts for its column', () => {
    for (const kind of CSV_FILE_KINDS) {
      const headers = swedishHeaders(kind);
      CSV_SPECS[kind].columns.forEach((column, i) => {
        expect([column.name, ...column.aliases], `${kind}: ${headers[i]}`).toContain(foldKey(headers[i]!));
      });
    }
  });

  it('the xlsx template has the same headers on its first sheet, Blad1', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxTemplate('dropouts')) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Blad1');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Deltagar-id', 'Datum', 'Orsak', 'Återkomst datum']);
  });

  it('the YAML names every key of its schema and every report question', () => {
    const cases = [
      [projectYaml(), ProjectConfig],
      [regionYaml('skane', 'Skåne'), RegionConfig],
      [municipalityYaml('lund', 'Lund', 'skane'), MunicipalityConfig],
    ] as const;
    for (const [text, schema] of cases) {
      for (const key of keysAt(schema, [])) expect(text, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
      for (const key of keysAt(schema, ['narrative'])) expect(text, key).toMatch(new RegExp(`^ {2}${key}: ""$`, 'm'));
    }
  });
});
