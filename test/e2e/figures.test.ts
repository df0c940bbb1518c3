// End-to-end: the BUILT CLI computes every published Skåne figure of shared/seed-figures.md from
// the fixtures, and exports the same figures as CSV and XLSX.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/indicators/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
}

/** Whole percent, rounded half up as the reports print it. */
const percent = (numerator: number, denominator: number) => Math.round((100 * numerator) / denominator);

let doc: { version: number; scope: unknown; suppress: number; units: Unit[] };
let skane: Unit;
const municipality = (id: string) => {
  const unit = skane.children.find((m) => m.id === id);
  if (!unit) throw new Error(`no municipality ${id} in the output`);
  return unit;
};
const workshop = (m: string, w: string) => {
  const unit = municipality(m).children.find((c) => c.id === w);
  if (!unit) throw new Error(`no workshop ${m}/${w} in the output`);
  return unit;
};

beforeAll(() => {
  const result = run(['figures', '--region', 'skane', '--data', 'fixtures', '--format', 'json', '--suppress', '0']);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.status).toBe(0);
  doc = JSON.parse(result.stdout);
  skane = doc.units[0]!;
});

describe('figures --region skane: the published Skåne figures', () => {
  it('is a version-1 document of region skane with municipalities in report order', () => {
    expect(doc.version).toBe(1);
    expect(doc.scope).toEqual({ level: 'region', region: 'skane' });
    expect(doc.suppress).toBe(0);
    expect(skane.level).toBe('region');
    expect(skane.children.map((m) => m.id)).toEqual(['malmo', 'lund', 'bromolla', 'trelleborg', 'klippan', 'vellinge', 'burlov']);
  });

  it('Malmö, Startskolan: 250 participants', () => {
    expect(workshop('malmo', 'startskolan').figures.participants.persons.total).toBe(250);
  });

  it('Malmö, Startskolan: dropout rate 25 % of 250, reasons deported / moved / age_reassessed / in_hiding', () => {
    const d = workshop('malmo', 'startskolan').figures.dropouts!;
    expect(d.rate.denominator.total).toBe(250);
    expect(d.rate.numerator.total).toBe(d.persons.total);
    expect(percent(d.rate.numerator.total, d.rate.denominator.total)).toBe(25);
    const { deported, moved, age_reassessed, in_hiding } = d.byReason;
    expect(deported.total + moved.total + age_reassessed.total + in_hiding.total).toBe(d.persons.total);
  });

  it('Lund, Vipan: exit outcomes of 20 participants', () => {
    const o = workshop('lund', 'vipan').figures.outcomes;
    expect(o.exited.total).toBe(20);
    const expected = {
      national_programme: 8,
      apprenticeship: 1,
      adult_education: 6,
      folk_high_school: 1,
      labour_market_programme: 1,
      introductory_programme: 3,
    };
    for (const [code, n] of Object.entries(expected)) expect(o.byCode[code as keyof typeof o.byCode].total, code).toBe(n);
    const others = Object.entries(o.byCode).filter(([code]) => !(code in expected));
    expect(others.every(([, c]) => c.total === 0)).toBe(true);
  });

  it('Lund, KAA: exit outcomes of 20 participants', () => {
    const o = workshop('lund', 'kaa').figures.outcomes;
    expect(o.exited.total).toBe(20);
    const expected = { adult_education: 8, employment: 3, national_programme: 4, internship: 3, inactive: 2 };
    for (const [code, n] of Object.entries(expected)) expect(o.byCode[code as keyof typeof o.byCode].total, code).toBe(n);
    const others = Object.entries(o.byCode).filter(([code]) => !(code in expected));
    expect(others.every(([, c]) => c.total === 0)).toBe(true);
  });

  it("Bromölla KAA: 103 on the list / 102 contacted / 90 in interventions (the workshop's participants)", () => {
    const k = municipality('bromolla').figures.kaa!;
    expect(k.listed.total).toBe(103);
    expect(k.contacted.total).toBe(102);
    expect(k.inInterventions.total).toBe(90);
    expect(workshop('bromolla', 'verkstad-1').figures.participants.persons.total).toBe(90);
    expect(workshop('bromolla', 'verkstad-1').figures.kaa).toBeNull();
  });

  it('Bromölla, verkstad 2: 103 measurable participants', () => {
    expect(workshop('bromolla', 'verkstad-2').figures.grades!.measurable.total).toBe(103);
  });

  it('Bromölla, verkstad 2: 95 of 103 raised or kept their merit value = 92 %', () => {
    const r = workshop('bromolla', 'verkstad-2').figures.grades!.raisedOrKept;
    expect(r.numerator.total).toBe(95);
    expect(r.denominator.total).toBe(103);
    expect(percent(r.numerator.total, r.denominator.total)).toBe(92);
  });

  it('Bromölla, verkstad 2: 35 with intensive support, 25 of them raised', () => {
    const r = workshop('bromolla', 'verkstad-2').figures.grades!.intensiveRaised;
    expect(r.denominator.total).toBe(35);
    expect(r.numerator.total).toBe(25);
  });

  it('Trelleborg: 0 dropouts (with dropout data, not missing data)', () => {
    const d = municipality('trelleborg').figures.dropouts;
    expect(d).not.toBeNull();
    expect(d!.persons.total).toBe(0);
  });

  it('Klippan: 24 participants, 1 dropout (wrong_programme), 23 remaining', () => {
    const f = municipality('klippan').figures;
    expect(f.participants.persons.total).toBe(24);
    expect(f.dropouts!.persons.total).toBe(1);
    expect(f.dropouts!.byReason.wrong_programme.total).toBe(1);
    expect(f.dropouts!.remaining.total).toBe(23);
  });

  it('Vellinge: 50 participants', () => {
    expect(municipality('vellinge').figures.participants.persons.total).toBe(50);
  });

  it('Burlöv: 90 participants in workshops 1 and 2', () => {
    const burlov = municipality('burlov');
    expect(burlov.figures.participants.persons.total).toBe(90);
    expect(burlov.children.reduce((s, w) => s + w.figures.participants.persons.total, 0)).toBe(90);
  });

  it('every count is women + men = total, the region the sum of its municipalities', () => {
    const sum = skane.children.reduce((s, m) => s + m.figures.participants.persons.total, 0);
    expect(skane.figures.participants.persons.total).toBe(sum);
    for (const m of skane.children) {
      const p = m.figures.participants.persons;
      expect(p.women + p.men).toBe(p.total);
    }
  });
});

describe('figures exports and options', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'figures-e2e-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('CSV: a tidy level,id,indicator,group,value,key table with the same figures', () => {
    const result = run(['figures', '--region', 'skane', '--data', 'fixtures', '--format', 'csv', '--suppress', '0']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('level,id,indicator,group,value,key');
    expect(lines).toContain('workshop,skane/malmo/startskolan,participants.persons,total,250,skane/malmo/startskolan#participants.persons');
    expect(lines).toContain(
      'workshop,skane/bromolla/verkstad-2,grades.raisedOrKept.numerator,total,95,skane/bromolla/verkstad-2#grades.raisedOrKept.numerator',
    );
    expect(lines).toContain(
      'workshop,skane/bromolla/verkstad-2,grades.raisedOrKept.denominator,total,103,skane/bromolla/verkstad-2#grades.raisedOrKept.denominator',
    );
    expect(lines).toContain('municipality,skane/bromolla,kaa.listed,total,103,skane/bromolla#kaa.listed');
  });

  it('Excel CSV: BOM, semicolons, decimal commas and Swedish names, keyed like the JSON', () => {
    const out = join(dir, 'skane-excel.csv');
    const result = run(['figures', '--region', 'skane', '--data', 'fixtures', '--format', 'excel-csv', '--out', out, '--suppress', '0']);
    expect(result.status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Nivå;Region;Kommun;Verkstad;Indikator;Kvinnor;Män;Totalt;Okänt kön;Nyckel');
    expect(lines.find((l) => l.endsWith(';skane/bromolla#kaa.listed'))).toMatch(
      /^Kommun;Skåne;Bromölla;;Personer på KAA-listan;\d+;\d+;103;/,
    );
    // 95 of 103 raised or kept their merit value: 92,2 %.
    expect(lines.find((l) => l.endsWith(';skane/bromolla/verkstad-2#grades.raisedOrKept'))).toMatch(
      /;92,2;;skane\/bromolla\/verkstad-2#grades\.raisedOrKept$/,
    );
    // The same key finds the same figure in the JSON.
    const json = JSON.parse(run(['figures', '--region', 'skane', '--data', 'fixtures', '--suppress', '0']).stdout);
    const bromolla = json.units[0].children.find((u: { id: string }) => u.id === 'bromolla');
    expect(bromolla.figures.kaa.listed.total).toBe(103);
  });

  it('XLSX: one sheet per level with Swedish headings, read back with exceljs', async () => {
    const out = join(dir, 'skane.xlsx');
    const result = run(['figures', '--region', 'skane', '--data', 'fixtures', '--format', 'xlsx', '--out', out, '--suppress', '0']);
    expect(result.status).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Läsanvisning', 'Region', 'Kommun', 'Verkstad']);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('Läsanvisning');
    const sheet = wb.getWorksheet('Verkstad')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Region',
      'Kommun',
      'Verkstad',
      'Indikator',
      'Kvinnor',
      'Män',
      'Totalt',
      'Okänt kön',
      'Nyckel',
    ]);
    let found = false;
    sheet.eachRow((row) => {
      const v = row.values as unknown[];
      if (v[2] === 'Malmö' && v[3] === 'Startskolan' && v[4] === 'Deltagare') {
        expect(v[7]).toBe(250);
        found = true;
      }
    });
    expect(found).toBe(true);
  });

  it('--suppress 0 says on stderr that the output must not be published', () => {
    expect(run(['figures', '--region', 'skane', '--data', 'fixtures', '--suppress', '0']).stderr).toMatch(
      /disclosure control is off.*must not be published/,
    );
  });

  it('by default (N = 5 from project.yaml) leaves no count from 1 to 4 anywhere', () => {
    const result = run(['figures', '--region', 'skane', '--data', 'fixtures']);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/disclosure control is off/);
    const suppressed = JSON.parse(result.stdout);
    expect(suppressed.suppress).toBe(5);
    const small: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'number') {
        if (node > 0 && node < 5 && !path.endsWith('.version')) small.push(`${path} = ${node}`);
      } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) if (k !== 'suppress' && k !== 'version') walk(v, `${path}.${k}`);
      }
    };
    walk(suppressed.units, 'units');
    expect(small).toEqual([]);
    expect(JSON.stringify(suppressed.units)).toContain('null');
  });

  it('--out writes the file atomically and leaves no temporary file', () => {
    const out = join(dir, 'nested', 'skane.json');
    const result = run(['figures', '--region', 'skane', '--data', 'fixtures', '--out', out]);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).units[0].id).toBe('skane');
    expect(execFileSync('ls', ['-A', join(dir, 'nested')], { encoding: 'utf8' }).trim()).toBe('skane.json');
  });

  it('needs exactly one of --region and --national (usage error, exit 2)', () => {
    for (const args of [[], ['--region', 'skane', '--national']]) {
      const result = run(['figures', '--data', 'fixtures', ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/exactly one of --region ID or --national/);
      expect(result.stdout).toBe('');
    }
  });

  it('XLSX --suppress 5: the reading guide states the threshold and what ".." means', async () => {
    const out = join(dir, 'skane-suppressed.xlsx');
    const result = run(['figures', '--region', 'skane', '--data', 'fixtures', '--format', 'xlsx', '--out', out, '--suppress', '5']);
    expect(result.status).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const guide: string[] = [];
    wb.getWorksheet('Läsanvisning')!.eachRow((r) => void guide.push(String((r.values as unknown[])[1])));
    const text = guide.join(' ');
    expect(text).toContain('Röjandekontroll med gränsen 5: antal från 1 till 4 visas inte');
    expect(text).toContain('Tecknet ”..” betyder att uppgiften döljs för att skydda enskilda personer.');
    expect(text).not.toContain('får inte publiceras');
  });

  it('xlsx without --out is a usage error', () => {
    const result = run(['figures', '--region', 'skane', '--data', 'fixtures', '--format', 'xlsx']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--out/);
  });

  it('an unknown region is a usage error naming the regions', () => {
    const result = run(['figures', '--region', 'atlantis', '--data', 'fixtures']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/skane/);
  });

  it('--national has the nation on top, with every region of project.yaml below', () => {
    const result = run(['figures', '--national', '--data', 'fixtures', '--suppress', '0']);
    expect(result.status).toBe(0);
    const nation = JSON.parse(result.stdout).units[0] as Unit;
    expect(nation.level).toBe('nation');
    expect(nation.children.map((r) => r.id)).toContain('skane');
    const sum = nation.children.reduce((s, r) => s + r.figures.participants.persons.total, 0);
    expect(nation.figures.participants.persons.total).toBe(sum);
    expect(existsSync(join(ROOT, 'fixtures', 'project.yaml'))).toBe(true);
  });
});
