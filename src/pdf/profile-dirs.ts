// The browser's profile folders in the temp directory. Each is named after the process that owns
// it (plugin-report-chromium-<pid>-XXXXXX), so that a run can tell the folders a killed run left
// behind (SIGKILL gives no chance to clean up) from those of runs still going, and remove them.
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processExists } from '../util/process-exists.js';

export const PROFILE_PREFIX = 'plugin-report-chromium-';
const OWNED = /^plugin-report-chromium-(\d+)-[A-Za-z0-9]{6}$/;

/** Creates a fresh profile folder owned by this process. */
export function createProfileDir(dir: string = tmpdir()): string {
  return mkdtempSync(join(dir, `${PROFILE_PREFIX}${process.pid}-`));
}

/** Removes a profile folder; a folder that cannot be removed is left, never an error. */
export function removeProfileDir(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // Best effort: the next run sweeps it (sweepStaleProfileDirs).
  }
}

export { processExists };

/**
 * Removes the profile folders whose owning process is gone. Folders of live processes, of other
 * users and without an owner in their name (made by something else) are left alone. Returns the
 * folders removed.
 */
export function sweepStaleProfileDirs(dir: string = tmpdir(), exists: (pid: number) => boolean = processExists): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const uid = process.getuid?.();
  const removed: string[] = [];
  for (const name of names) {
    const owner = OWNED.exec(name);
    if (!owner) continue;
    const pid = Number(owner[1]);
    if (pid === process.pid || exists(pid)) continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path, { throwIfNoEntry: false }); // a symlink is not ours: never followed
      if (!stat?.isDirectory() || (uid !== undefined && stat.uid !== uid)) continue;
    } catch {
      continue;
    }
    removeProfileDir(path);
    removed.push(path);
  }
  return removed;
}
