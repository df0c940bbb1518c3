// The tags of the printed documents, read back from the PDFs (issue 13, item 8): one Figure per
// chart with one alt text (no Figure inside a Figure), quotes as BlockQuote, the cover title as
// H1, PDF 1.7 standard structure types only, alt texts that never say "..", and XMP metadata with
// the title and language. Built with disclosure control on, as published.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copy } from '../../src/html/copy.js';
import { readOutline } from '../../src/pdf/post/metadata.js';
import { PDF17_STANDARD_TYPES } from '../../src/pdf/post/standard-tags.js';
import { readStructTree, typesOf, walk, type StructElement } from './helpers/struct-tree.js';
import { describeWithChromium } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** The EU emblem's alt text: the one Figure that is not a chart. */
const EU_FLAG = copy('common.euFlag');
const CLI = join(ROOT, 'bin', 'plugin-report.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`plugin-report ${args.join(' ')} failed:\n${result.stderr}`);
}

/** The numbered captions ("Figur 3.") a PDF prints: one per chart. */
function figureCaptions(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return [...new Set(text.match(/^Figur \d+\./gm) ?? [])];
}

let dir: string;
const documents: Record<string, { file: string; tree: StructElement[] }> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plugin-report-a11y-'));
  run(['build', '--region', 'skane', '--data', 'fixtures', '--out', dir]);
  run(['brochures', '--region', 'skane', '--municipality', 'bromolla', '--data', 'fixtures', '--out', dir]);
  for (const [name, file] of [
    ['Skåne report', join(dir, 'skane', 'regional-slutrapport-skane.pdf')],
    ['Bromölla brochure', join(dir, 'skane', 'broschyr-bromolla.pdf')],
  ] as const) {
    documents[name] = { file, tree: await readStructTree(readFileSync(file)) };
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describeWithChromium('tagged PDF read back', () => {
  const names = ['Skåne report', 'Bromölla brochure'];

  it.each(names)('%s: one Figure per chart, with one alt text, never inside another Figure', (name) => {
    const { file, tree } = documents[name]!;
    const figures = [...walk(tree)].filter((e) => e.type === 'Figure');
    expect(figures.filter((f) => f.ancestors.includes('Figure'))).toEqual([]);
    for (const figure of figures) expect(figure.alt?.trim(), 'every Figure has an alt text').toBeTruthy();
    // Every Figure but the EU emblem is a chart: one for each numbered caption.
    const charts = figures.filter((f) => f.alt !== EU_FLAG);
    expect(charts.length).toBe(figureCaptions(file).length);
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(names)('%s: alt texts are sentences that never read ".." aloud', (name) => {
    const alts = [...walk(documents[name]!.tree)].map((e) => e.alt).filter((a): a is string => a !== undefined);
    for (const alt of alts.filter((a) => a !== EU_FLAG)) {
      expect(alt).not.toMatch(/(^|\s)\.\.($|[\s,.;)])/);
      expect(alt).toMatch(/\.$/);
    }
    // The fixtures hide small counts in these documents; their alt texts say so in words.
    expect(alts.some((a) => a.includes('uppgift dold'))).toBe(true);
  });

  it.each(names)('%s: quotes are BlockQuotes holding their words, never Figures', (name) => {
    const quotes = [...walk(documents[name]!.tree)].filter((e) => e.type === 'BlockQuote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(quote.ancestors).not.toContain('Figure');
      expect(quote.children.map((c) => c.type)).toContain('P');
    }
  });

  it.each(names)('%s: PDF 1.7 standard structure types only', (name) => {
    const types = [...typesOf(documents[name]!.tree)];
    expect(types.filter((t) => !PDF17_STANDARD_TYPES.has(t))).toEqual([]);
  });

  it('Skåne report: the cover title is the first H1', async () => {
    const { file, tree } = documents['Skåne report']!;
    const headings = [...walk(tree)].filter((e) => /^H\d?$/.test(e.type));
    expect(headings[0]?.type).toBe('H1');
    // Chromium makes a bookmark of every heading, in order: the first is the cover's title.
    const [first] = await readOutline(readFileSync(file));
    expect(first).toEqual({ title: 'Regional slutrapport', page: 1, depth: 0 });
  });

  it.each(names)('%s: XMP metadata with dc:title and dc:language', (name) => {
    const { file } = documents[name]!;
    const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    const title = /Title:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]?.trim();
    expect(title).toBeTruthy();
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${title}</rdf:li>`);
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>');
  });
});
