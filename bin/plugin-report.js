#!/usr/bin/env node
// Tiny entry: everything lives in the built CLI so start-up loads only what a command needs.
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('plugin-report is not built yet. Run `npm run build` (or `npm ci`, which builds) in the project folder.\n');
    process.exit(2);
  }
  throw error;
});
