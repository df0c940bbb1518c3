#!/usr/bin/env node
// Tiny entry: everything lives in the built CLI (an esbuild bundle) so start-up loads only what a
// command needs.
// Stack traces are printed only with PLUGIN_REPORT_DEBUG; then map them from the bundle back to
// src/*.ts (reading source maps costs start-up time, so not otherwise).
if (process.env.PLUGIN_REPORT_DEBUG) process.setSourceMapsEnabled(true);
// Ctrl-C or SIGTERM while the CLI is still loading (a second or more on a busy machine): nothing has
// started yet, so stop at once, with the exit code of any interruption (2), not Node's death by
// signal. src/util/signals.ts removes this handler when it takes over.
const earlySignal = () => {
  process.stderr.write('error Interrupted: stopped before anything started.\n');
  process.exit(2);
};
globalThis[Symbol.for('plugin-report.early-signal')] = earlySignal;
process.on('SIGINT', earlySignal);
process.on('SIGTERM', earlySignal);
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write(
      'plugin-report is not built yet. Run `npm run build` in the project folder (after `npm ci`); an installed package ships it built.\n',
    );
    process.exit(2);
  }
  throw error;
});
