// Temp files a killed run left beside its outputs. Every output is written to
// .<name>.<pid>.<random hex>.tmp and renamed; a run killed with SIGKILL between the two leaves the
// temp file. The next run that writes into the same folder removes those whose writer is gone.
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { processExists } from './process-exists.js';

const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8,16}\.tmp$/;

/** Removes the stale temp files in `dir` (regular files only); returns their paths. */
export function sweepStaleTempFiles(dir: string, exists: (pid: number) => boolean = processExists): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const writer = TEMP.exec(name);
    if (!writer) continue;
    const pid = Number(writer[1]);
    if (pid === process.pid || exists(pid)) continue;
    const path = join(dir, name);
    try {
      if (!lstatSync(path).isFile()) continue;
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // Best effort: gone meanwhile, or not ours to remove.
    }
  }
  return removed;
}
