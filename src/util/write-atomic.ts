// Writing an output file atomically: a temporary file beside the target, then a rename, so a
// reader (or an interrupted run) never sees a half-written file.
import { rename, rm, writeFile } from 'node:fs/promises';
import { ensureDir } from './fs.js';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await ensureDir(dir);
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error && 'code' in error ? ` (${String((error as NodeJS.ErrnoException).code)})` : '';
    throw new UserError('OutputNotWritable', `cannot write "${path}"${reason}`, { cause: error });
  }
}
