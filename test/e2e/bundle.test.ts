// The built CLI is an esbuild bundle (scripts/build.mjs). Bundling must not undo the lazy imports:
// what dist/cli.js loads before any command runs (its static imports, transitively) is what
// `validate` pays for, and must hold no browser, chart, PDF or template code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_OPTIONS, sourceHash, templateFiles, type PrecompiledTemplates } from '../../src/html/handlebars.js';

const root = new URL('../../', import.meta.url).pathname;

interface Meta {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }>;
}
const meta = JSON.parse(readFileSync(new URL('dist/meta.json', `file://${root}`), 'utf8')) as Meta;

/** Every bundled module of `entry` and of the chunks it imports statically. */
function staticInputs(entry: string): string[] {
  const seen = new Set<string>();
  const inputs: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const output = meta.outputs[file];
    if (!output) throw new Error(`${file} is not in dist/meta.json`);
    inputs.push(...Object.keys(output.inputs));
    for (const imported of output.imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  return inputs;
}

const HEAVY = /node_modules\/(puppeteer-core|chromium-bidi|@puppeteer|vega[a-z-]*|d3-[a-z-]+|pdf-lib|exceljs|handlebars|markdown-it|cli-progress)\//;

describe('the bundle', () => {
  it('loads no browser, chart, PDF, Excel or template module before a command asks for one', () => {
    const eager = staticInputs('dist/cli.js');
    expect(eager.some((input) => input.includes('node_modules/zod/'))).toBe(true); // the walk sees dependencies
    expect([...new Set(eager.filter((input) => HEAVY.test(input)).map((input) => HEAVY.exec(input)![1]))]).toEqual([]);
  });

  it('keeps the heavy modules in lazily imported chunks', () => {
    const all = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    for (const name of ['puppeteer-core', 'vega', 'pdf-lib', 'handlebars', 'markdown-it']) {
      expect(all.some((input) => input.includes(`node_modules/${name}/`)), name).toBe(true);
    }
  });

  it('leaves vega-lite out: the chart specs are vega, vega-lite only checks them in a test', () => {
    const all = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(all.filter((input) => input.includes('node_modules/vega-lite/'))).toEqual([]);
  });

  it('bundles zod\'s English messages only, not its ~45 other languages', () => {
    const all = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    const locales = all.filter((input) => input.includes('node_modules/zod/v4/locales/'));
    expect(locales.map((input) => input.replace(/.*\/locales\//, ''))).toEqual(['en.js']);
  });

  it('leaves out what puppeteer imports for downloading browsers and for WebSockets, which we never use', () => {
    const all = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(all.filter((input) => /node_modules\/(proxy-agent|pac-proxy-agent|@tootallnate\/quickjs-emscripten|basic-ftp|ws)\//.test(input))).toEqual([]);
    expect(all.some((input) => input.includes('node_modules/@puppeteer/browsers/'))).toBe(true); // still walked
  });
});

describe('the precompiled templates', () => {
  it('hold every template of templates/, compiled from its current source with the runtime\'s options', () => {
    const built = createRequire(import.meta.url)(join(root, 'dist', 'templates.cjs')) as PrecompiledTemplates;
    expect(built.options).toEqual(COMPILE_OPTIONS);
    const sources = Object.fromEntries(templateFiles(join(root, 'templates')).map(({ name, file }) => [name, sourceHash(readFileSync(file, 'utf8'))]));
    expect(Object.fromEntries(Object.entries(built.templates).map(([name, t]) => [name, t.sha256]))).toEqual(sources);
  });
});
