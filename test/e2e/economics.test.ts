// End-to-end (issue 16): the BUILT CLI prints Skåne's regional report, the national report and
// Skåne's brochures from the fixtures; read back with pdftotext, the chapter "Samhällsekonomisk
// bedömning" and the brochure panel "Vad är det värt?" print their sources and a break-even k that
// this test recomputes on its own from the fixtures' YAML (cost, assumptions, price index), by the
// convention the chapter states: value per person = annual cost × Σ_{t=1..Y} (1+r)^−t (a cost at the
// end of each year), or the lifetime cost, or the value of eligibility, as given; k = ceil(cost /
// value per person). No code of src/economics is used for the expectation.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
const FIXTURES = join(ROOT, 'fixtures');

function run(args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`plugin-report ${args.join(' ')} failed:\n${result.stderr}`);
}

/** The PDF's text as one line: every kind of space a plain one, hyphenation at line ends undone. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u00A0\u202F\u2009\u2002]/g, ' ')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// The independent recomputation, from the YAML files as a coordinator writes them.

type Yaml = { [key: string]: unknown };
const yaml = (...path: string[]): Yaml => (parse(readFileSync(join(FIXTURES, ...path), 'utf8')) as Yaml | null) ?? {};
/** A nested value of a YAML file, or undefined. */
function at<T>(file: Yaml, ...path: string[]): T | undefined {
  let value: unknown = file;
  for (const key of path) value = value && typeof value === 'object' ? (value as Yaml)[key] : undefined;
  return value as T | undefined;
}

interface Assumption {
  value: number;
  price_year?: number;
  source: { title: string; author: string; year?: number };
}
interface Cost {
  esf_support: number;
  own_funding: number;
  price_year: number;
}

const project = yaml('project.yaml');
const region = yaml('skane', 'region.yaml');
const municipalityIds = at<string[]>(region, 'municipalities') ?? [];
const municipality = (id: string) => yaml('skane', id, 'municipality.yaml');

/** Where an estimate's inputs come from: its cost(s), and the files whose assumptions apply, narrowest first. */
interface Scope {
  costs: Cost[];
  layers: Yaml[];
}

/** Skåne: its own cost, or the sum of its municipalities'; assumptions from region.yaml, then project.yaml. */
function skaneScope(): Scope {
  const own = at<Cost>(region, 'economics', 'cost');
  const parts = municipalityIds.map((id) => at<Cost>(municipality(id), 'economics', 'cost')).filter((c): c is Cost => c !== undefined);
  return { costs: own ? [own] : parts, layers: [region, project] };
}

/** A municipality: its own cost; assumptions from municipality.yaml, region.yaml, project.yaml. */
function municipalityScope(id: string): Scope {
  const file = municipality(id);
  const own = at<Cost>(file, 'economics', 'cost');
  return { costs: own ? [own] : [], layers: [file, region, project] };
}

/** The project's price index converts an amount to the target year when it has both years. */
function convert(kronor: number, year: number | undefined): number {
  const index = at<Record<string, number>>(project, 'economics', 'price_index');
  const target = at<number>(project, 'economics', 'price_year') ?? (index ? Math.max(...Object.keys(index).map(Number)) : undefined);
  const from = year === undefined ? undefined : index?.[String(year)];
  const to = target === undefined ? undefined : index?.[String(target)];
  return from !== undefined && to !== undefined ? (kronor * to) / from : kronor;
}

/** The confirmed default (shared/economics-sources.md): Nilsson & Wadeskog's 10–15 million, midpoint. */
const LIFETIME_DEFAULT = 12_500_000;

type Method = 'years-outside' | 'lifetime' | 'eligibility';

function expectedK(method: Method, scope: Scope): number {
  const cost = scope.costs.reduce((sum, c) => sum + convert(c.esf_support + c.own_funding, c.price_year), 0);
  const a = (key: string) => scope.layers.map((file) => at<Assumption>(file, 'economics', 'assumptions', key)).find((x) => x !== undefined);
  let perPerson: number;
  if (method === 'years-outside') {
    const annual = a('annual_cost')!;
    const rate = a('discount_rate')!.value;
    const years = a('years')!.value;
    let factor = 0;
    for (let t = 1; t <= years; t++) factor += (1 + rate) ** -t;
    perPerson = convert(annual.value, annual.price_year) * factor;
  } else if (method === 'lifetime') {
    const lifetime = a('lifetime_cost');
    perPerson = lifetime ? convert(lifetime.value, lifetime.price_year) : LIFETIME_DEFAULT;
  } else {
    const value = a('eligibility_value')!;
    perPerson = convert(value.value, value.price_year);
  }
  return Math.ceil(cost / perPerson);
}

/** Which valuation a printed break-even sentence is, by its words. */
function methodOf(sentence: string): Method {
  if (sentence.includes('aldrig hade kommit in i arbetslivet')) return 'lifetime';
  if (sentence.includes('blev behöriga')) return 'eligibility';
  return 'years-outside';
}

const BREAK_EVEN = /Projektet betalar sig om (\d+) av (?:de [\d ]+ deltagare|deltagarna) som [^.]*\./g;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plugin-report-economics-'));
  run(['build', '--region', 'skane', '--data', 'fixtures', '--out', dir]);
  run(['build', '--national', '--data', 'fixtures', '--out', dir]);
  run(['brochures', '--region', 'skane', '--data', 'fixtures', '--out', dir, '--quiet']);
}, 600_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describeWithChromium('the socio-economic estimate in the printed documents', () => {
  it('gives the regional report a chapter whose break-even k this test recomputes from the fixtures, with its sources', () => {
    const text = pdfText(join(dir, 'skane', 'regional-slutrapport-skane.pdf'));
    const start = text.lastIndexOf('Samhällsekonomisk bedömning Så har vi räknat');
    expect(start, 'the chapter, after the table of contents').toBeGreaterThan(-1);
    const chapter = text.slice(start, text.indexOf('Spridning och påverkan', start));
    const sentences = [...chapter.matchAll(BREAK_EVEN)];
    expect(sentences.length).toBeGreaterThan(0);
    for (const [sentence, k] of sentences) expect(Number(k), sentence).toBe(expectedK(methodOf(sentence), skaneScope()));
    // The sources: Nilsson & Wadeskog's confirmed figure at least, and every source the YAML names.
    expect(chapter).toContain('Källor [1]');
    expect(chapter).toContain('Ingvar Nilsson och Anders Wadeskog');
    const named = { ...at<Yaml>(project, 'economics', 'assumptions'), ...at<Yaml>(region, 'economics', 'assumptions') };
    for (const a of Object.values(named) as Assumption[]) expect(chapter).toContain(a.source.title);
    // The fixtures' costs are synthetic, and the chapter says so.
    expect(chapter).toContain('kostnaderna är syntetiska');
  });

  it('gives the national report the chapter too, before the lessons', () => {
    const text = pdfText(join(dir, 'nationell-slutrapport.pdf'));
    const start = text.lastIndexOf('Samhällsekonomisk bedömning Så har vi räknat');
    expect(start).toBeGreaterThan(text.lastIndexOf('Regionerna'));
    expect(start).toBeLessThan(text.lastIndexOf('Spridning och lärdomar'));
    expect(text.slice(start)).toMatch(BREAK_EVEN);
  });

  it('prints the panel in the Skåne brochures with a cost: the k this test recomputes for the municipality, with sources and the pointer', () => {
    const brochures = readdirSync(join(dir, 'skane')).filter((f) => f.startsWith('broschyr-'));
    expect(brochures.length).toBeGreaterThan(3);
    // A municipality with a cost of its own has an estimate; one without has no panel at all.
    const withCost = municipalityIds.filter((id) => municipalityScope(id).costs.length > 0);
    const panels = brochures
      .map((file) => ({ file, text: pdfText(join(dir, 'skane', file)) }))
      .filter(({ text }) => text.includes('Vad är det värt?'));
    expect(panels.map((p) => p.file).sort(), 'brochures with the panel').toEqual(withCost.map((id) => `broschyr-${id}.pdf`).sort());
    for (const { file, text } of panels) {
      const panel = text.slice(text.indexOf('Vad är det värt?'));
      const [figure] = /Vad är det värt\? (\d+) /.exec(panel)?.slice(1) ?? [];
      const sentence = panel.match(BREAK_EVEN)?.[0];
      expect(sentence, file).toBeDefined();
      // One figure, the k of its one sentence, as recomputed from the municipality's inputs.
      const id = file.replace(/^broschyr-|\.pdf$/g, '');
      const k = expectedK(methodOf(sentence!), municipalityScope(id));
      expect(Number(figure), file).toBe(k);
      expect(sentence, file).toContain(`om ${k} av`);
      expect(panel, file).toMatch(/Källor: [^.]+\(/);
      expect(panel, file).toContain('i kapitlet Samhällsekonomisk bedömning');
      expect(panel, file).not.toMatch(/av de \.\./);
    }
  });

  it("writes every brochure within its layout's pages, the panel included", () => {
    for (const file of readdirSync(join(dir, 'skane')).filter((f) => f.startsWith('broschyr-'))) {
      expect(existsSync(join(dir, 'skane', file))).toBe(true);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'skane', file)], { encoding: 'utf8' }))?.[1]);
      expect([2, 4], file).toContain(pages);
    }
  });
});
