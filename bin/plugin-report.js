#!/usr/bin/env node
// Tiny entry: everything lives in the built CLI (an esbuild bundle) so start-up loads only what a
// command needs.
// Stack traces are printed only with PLUGIN_REPORT_DEBUG; then map them from the bundle back to
// src/*.ts (reading source maps costs start-up time, so not otherwise).
if (process.env.PLUGIN_REPORT_DEBUG) process.setSourceMapsEnabled(true);
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('plugin-report is not built yet. Run `npm run build` (or `npm ci`, which builds) in the project folder.\n');
    process.exit(2);
  }
  throw error;
});
