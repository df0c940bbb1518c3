// File-system helpers that the output stages share.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Creates a folder and its missing parents, one level at a time. Node 20's
 * `mkdir(dir, { recursive: true })` never returns for some impossible paths (e.g. below /proc,
 * where mkdir answers ENOENT for a parent that exists), which hung the CLI at full CPU; a plain
 * mkdir per level fails cleanly with the system's error instead.
 */
export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    await ensureDir(parent);
    // The parent exists now; a second ENOENT means the system refuses this path: report that.
    try {
      await mkdir(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
    }
  }
}
