// End-to-end (issue 16): the BUILT CLI prints Skåne's regional report, the national report and
// Skåne's brochures from the fixtures; read back with pdftotext, the chapter "Samhällsekonomisk
// bedömning" and the brochure panel "Vad är det värt?" print their sources and a break-even k that
// this test recomputes on its own from the fixtures' YAML (cost, assumptions, price index), by the
// convention the chapter states: value per person = annual cost × Σ_{t=1..Y} (1+r)^−t (a cost at the
// end of each year), or the lifetime cost, or the value of eligibility, as given; k = ceil(cost /
// value per person). No code of src/economics is used for the expectation.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
const region = (id: string) => yaml(id, 'region.yaml');
const municipalityIds = (regionId: string) => at<string[]>(region(regionId), 'municipalities') ?? [];
const municipality = (regionId: string, id: string) => yaml(regionId, id, 'municipality.yaml');

/** Where an estimate's inputs come from: its cost(s), and the files whose assumptions apply, narrowest first. */
interface Scope {
  costs: Cost[];
  layers: Yaml[];
}

/** A region: its own cost, or the sum of its municipalities'; assumptions from region.yaml, then project.yaml. */
function regionScope(id: string): Scope {
  const file = region(id);
  const own = at<Cost>(file, 'economics', 'cost');
  const parts = municipalityIds(id)
    .map((m) => at<Cost>(municipality(id, m), 'economics', 'cost'))
    .filter((c): c is Cost => c !== undefined);
  return { costs: own ? [own] : parts, layers: [file, project] };
}

/** A municipality: its own cost; assumptions from municipality.yaml, region.yaml, project.yaml. */
function municipalityScope(regionId: string, id: string): Scope {
  const file = municipality(regionId, id);
  const own = at<Cost>(file, 'economics', 'cost');
  return { costs: own ? [own] : [], layers: [file, region(regionId), project] };
}

/** The nation: project.yaml's cost (the whole project's) and assumptions. */
function nationScope(): Scope {
  const own = at<Cost>(project, 'economics', 'cost');
  return { costs: own ? [own] : [], layers: [project] };
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
  if (sentence.includes('blev behöriga') || sentence.includes('nått behörighet')) return 'eligibility';
  return 'years-outside';
}

/** Where the chapter starts: its heading's last occurrence (the table of contents has the first). */
function chapterStart(text: string): number {
  return [...text.matchAll(/Samhällsekonomisk bedömning \d+\.1 Så har vi räknat/g)].at(-1)?.index ?? -1;
}

// "k av de N deltagare", "k av deltagarna" (N hidden), or, when k exceeds N, "det leder till att k unga".
const BREAK_EVEN =
  /Projektet betalar sig om (?:det leder till att )?(\d+) (?:av de ([\d\u202f ]+) deltagare|av deltagarna|unga|ung person) som [^.]*\./g;

/** Skåne (the shipped default only: the lifetime cost) and Kalmar (every assumption, synthetic). */
const REGIONS = ['skane', 'kalmar'] as const;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plugin-report-economics-'));
  for (const id of REGIONS) {
    run(['build', '--region', id, '--data', 'fixtures', '--out', dir]);
    run(['brochures', '--region', id, '--data', 'fixtures', '--out', dir, '--quiet']);
  }
  run(['build', '--national', '--data', 'fixtures', '--out', dir]);
}, 600_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The chapter's text: from its heading to the next chapter's. */
function chapterOf(text: string, next: string): string {
  const start = chapterStart(text);
  expect(start, 'the chapter, after the table of contents').toBeGreaterThan(-1);
  const end = text.indexOf(next, start);
  expect(end, `the chapter before "${next}"`).toBeGreaterThan(start);
  return text.slice(start, end);
}

/** Every break-even sentence of a text has the k this test recomputes for the scope. */
function expectBreakEven(text: string, scope: Scope): number {
  const sentences = [...text.matchAll(BREAK_EVEN)];
  for (const [sentence, k, n] of sentences) {
    expect(Number(k), sentence).toBe(expectedK(methodOf(sentence), scope));
    // "1 av de 0 deltagare" is nonsense: a count is printed only when k fits within it.
    if (n !== undefined) expect(Number(k), sentence).toBeLessThanOrEqual(Number(n.replace(/\D/g, '')));
  }
  return sentences.length;
}

describeWithChromium('the socio-economic estimate in the printed documents', () => {
  it.each(REGIONS)(
    'gives the regional report of %s a chapter whose break-even k this test recomputes from the fixtures, with its sources',
    (id) => {
      const chapter = chapterOf(pdfText(join(dir, id, `regional-slutrapport-${id}.pdf`)), 'Spridning och påverkan');
      expect(expectBreakEven(chapter, regionScope(id))).toBeGreaterThan(0);
      // The sources: Nilsson & Wadeskog's confirmed figure, and every source the YAML names.
      expect(chapter).toContain('Källor [1]');
      expect(chapter).toContain('Ingvar Nilsson och Anders Wadeskog');
      const named = { ...at<Yaml>(project, 'economics', 'assumptions'), ...at<Yaml>(region(id), 'economics', 'assumptions') };
      for (const a of Object.values(named) as Assumption[]) expect(chapter).toContain(a.source.title);
      // The fixtures' costs are synthetic, and the chapter says so.
      expect(chapter).toContain('kostnaderna är syntetiska');
    },
  );

  it('values Kalmar by years outside too, with the examples and the sensitivity chart', () => {
    const chapter = chapterOf(pdfText(join(dir, 'kalmar', 'regional-slutrapport-kalmar.pdf')), 'Spridning och påverkan');
    expect(chapter).toMatch(
      /Projektet betalar sig om \d+ av (de [\d ]+ deltagare|deltagarna) som gick vidare till studier eller arbete annars hade stått utanför arbete och studier i 5 år\./,
    );
    expect(chapter).toMatch(/Räkneexempel med låga, centrala och höga antaganden, Kalmar län/);
    expect(chapter).toMatch(/Figur \d+\. (Nettot|Deltagare som behövs)/);
  });

  it("gives the national report the chapter too, before the lessons, with the whole project's k", () => {
    const text = pdfText(join(dir, 'nationell-slutrapport.pdf'));
    expect(chapterStart(text)).toBeGreaterThan(text.lastIndexOf('Regionerna'));
    expect(expectBreakEven(chapterOf(text, 'Spridning och lärdomar'), nationScope())).toBeGreaterThan(0);
  });

  it.each(REGIONS)(
    'prints the panel in the %s brochures with a cost: the k this test recomputes for the municipality, sources and the pointer',
    (regionId) => {
      const brochures = readdirSync(join(dir, regionId)).filter((f) => f.startsWith('broschyr-'));
      expect(brochures.length).toBeGreaterThan(1);
      // A municipality with a cost of its own has an estimate; one without has no panel at all.
      const withCost = municipalityIds(regionId).filter((id) => municipalityScope(regionId, id).costs.length > 0);
      const panels = brochures
        .map((file) => ({ file, text: pdfText(join(dir, regionId, file)) }))
        .filter(({ text }) => text.includes('Vad är det värt?'));
      expect(panels.map((p) => p.file).sort(), 'brochures with the panel').toEqual(withCost.map((id) => `broschyr-${id}.pdf`).sort());
      for (const { file, text } of panels) {
        const panel = text.slice(text.indexOf('Vad är det värt?'));
        const figure = /Vad är det värt\? (\d+) /.exec(panel)?.[1];
        const sentence = panel.match(BREAK_EVEN)?.[0];
        expect(sentence, file).toBeDefined();
        // One figure, the k of its one sentence, as recomputed from the municipality's inputs.
        const k = expectedK(methodOf(sentence!), municipalityScope(regionId, file.replace(/^broschyr-|\.pdf$/g, '')));
        expect(Number(figure), file).toBe(k);
        expect(sentence, file).toMatch(new RegExp(`om (det leder till att )?${k} `));
        expect(panel, file).toMatch(/Källor: [^.]+\(/);
        expect(panel, file).toContain('i kapitlet Samhällsekonomisk bedömning');
        expect(panel, file).not.toMatch(/av de \.\./);
      }
    },
  );

  it("writes every brochure within its layout's pages, the panel included", () => {
    for (const regionId of REGIONS)
      for (const file of readdirSync(join(dir, regionId)).filter((f) => f.startsWith('broschyr-'))) {
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, regionId, file)], { encoding: 'utf8' }))?.[1]);
        expect([2, 4], file).toContain(pages);
      }
  });
});
