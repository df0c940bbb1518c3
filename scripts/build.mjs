// `npm run build`: bundles the CLI with esbuild into dist/. Node's ESM loader spends most of the
// start-up resolving and reading hundreds of small dependency files; a few larger chunks load
// measurably faster. Code splitting keeps every `await import(...)` a chunk of its own, so
// `validate` still never loads the browser, chart or PDF code. Type checking is `npm run typecheck`
// (tsc), which esbuild does not do.
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { precompileTemplates } from './precompile-templates.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist`;

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Prefer dependencies' ES module builds (e.g. pdf-lib's) over their CommonJS ones.
  mainFields: ['module', 'main'],
  // Bundled CommonJS dependencies call require() for Node's built-ins.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  // No keepNames: it wraps every function and class definition in a naming call, which made
  // validating 1 000 000 rows ~40 % slower. Errors are told apart with instanceof, not by name.
  // Internal errors stay debuggable: PLUGIN_REPORT_DEBUG=1 maps stack traces back to src/.
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  // Packages puppeteer imports at load time for what we never do (download a browser, connect
  // over a WebSocket): see each stub for why it is left out.
  alias: { 'proxy-agent': './scripts/stubs/proxy-agent.mjs', ws: './scripts/stubs/ws.mjs' },
  plugins: [englishOnlyZod()],
};

/** zod's locales index, replaced by one that has English only (see the stub). */
function englishOnlyZod() {
  const stub = fileURLToPath(new URL('./stubs/zod-locales.mjs', import.meta.url));
  return {
    name: 'english-only-zod',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        args.importer.includes('/node_modules/zod/') ? { path: stub } : undefined,
      );
    },
  };
}

rmSync(dist, { recursive: true, force: true });

// The CLI: one entry, everything reached from it bundled (dependencies too, exceljs included:
// checked by the xlsx end-to-end test), lazy imports as separate chunks.
const cli = await esbuild.build({
  ...common,
  // The chart worker (src/charts/worker-client.ts) is an entry of its own: dist/chart-worker.js.
  // So is the disclosure worker (src/disclosure/worker-client.ts): dist/disclosure-worker.js.
  entryPoints: { cli: 'src/cli.ts', 'chart-worker': 'src/charts/worker.ts', 'disclosure-worker': 'src/disclosure/worker.ts' },
  outdir: dist,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // The LP solver loads its WebAssembly file from beside its own module: left in node_modules.
  external: ['highs'],
});

// Modules that scripts/gen-docs.mjs and bench/*.mjs import, under dist/lib/. Not part of the CLI;
// their dependencies stay in node_modules.
await esbuild.build({
  ...common,
  entryPoints: [
    'src/schema/json-schema.ts',
    'src/docs/reference.ts',
    'src/pdf/find-browser.ts',
    'src/boundary/read.ts',
    'src/boundary/data-folder.ts',
  ],
  outbase: 'src',
  outdir: `${dist}/lib`,
  packages: 'external',
  banner: {},
});

// The report templates, precompiled (see the script for how an edited template is still used).
precompileTemplates(`${root}templates`, `${dist}/templates.cjs`);

// For looking into what each chunk holds: https://esbuild.github.io/analyze/
writeFileSync(`${dist}/meta.json`, JSON.stringify(cli.metafile));
// …but not into the package: a megabyte that no installed copy reads (npm honours an .npmignore
// inside a folder that package.json's "files" lists).
writeFileSync(`${dist}/.npmignore`, 'meta.json\n');
