// Checks, before any work starts, that an output folder can be written, without creating it
// (invalid data must leave nothing behind, not even an empty folder). A path through a file
// (`--out report.pdf/x`) or a read-only folder then stops the run at once with the path named,
// instead of after the data was read, the browser started and every document printed.
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { outputNotWritable } from './output-errors.js';

/** Throws OutputNotWritable when `dir` (or the folder it would be created in) cannot be written. */
export function checkOutputFolder(dir: string): void {
  let path = resolve(dir);
  for (;;) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      throw outputNotWritable(dir, error);
    }
    if (stat) {
      if (!stat.isDirectory()) {
        throw outputNotWritable(dir, Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR' }));
      }
      try {
        accessSync(path, constants.W_OK | constants.X_OK);
      } catch (error) {
        throw outputNotWritable(dir, error);
      }
      return;
    }
    const parent = dirname(path);
    if (parent === path) return; // nothing exists at all: let the write report it
    path = parent;
  }
}
