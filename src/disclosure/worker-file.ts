// Where the built disclosure worker is (dist/disclosure-worker.js, an entry of scripts/build.mjs).
// Run from source there is none, and callers solve in process instead (same results).
import { existsSync } from 'node:fs';
import { packagePath } from '../util/package-root.js';

/** The built worker, unless PLUGIN_REPORT_DISCLOSURE_WORKER=0 asks for in-process solves. */
export function workerFile(): string | undefined {
  if (process.env['PLUGIN_REPORT_DISCLOSURE_WORKER'] === '0') return undefined;
  const file = packagePath('dist', 'disclosure-worker.js');
  return existsSync(file) ? file : undefined;
}
