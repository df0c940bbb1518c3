// Writing an output file atomically: a temporary file beside the target, then a rename, so a
// reader (or an interrupted run) never sees a half-written file. The temp file has a random name
// and is created exclusively ('wx'): a file or symlink planted under a name we would use is never
// written through, and two runs never share one.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { ensureDir } from './fs.js';
import { basename, dirname, join } from 'node:path';
import { outputNotWritable } from './output-errors.js';
import { cleanUpOnExit } from './signals.js';
import { sweepStaleTempFiles } from './stale-temp-files.js';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // Interrupted (Ctrl-C) between the write and the rename: the temp file goes too.
  const unregister = cleanUpOnExit(() => rmQuietlySync(temp));
  let step: 'write' | 'rename' = 'write';
  try {
    await ensureDir(dir);
    sweepStaleTempFiles(dir);
    await writeFile(temp, content, { flag: 'wx' });
    step = 'rename';
    await rename(temp, path);
  } catch (error) {
    // Quietly: the error that matters is the one above (rm itself fails with ENOTDIR there).
    await rm(temp, { force: true }).catch(() => undefined);
    throw outputNotWritable(path, error, step);
  } finally {
    unregister();
  }
}

function rmQuietlySync(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Best effort.
  }
}
