// The data folder itself and its region and municipality folders, through the boundary: the
// folder given with --data must exist and be a folder (a UserError, exit 2, otherwise, also for
// EACCES); a region or municipality folder that is a link leading out of it, or cannot be opened,
// is refused like a file (a finding, exit 1). Never an internal error for what the disk holds.
import { type Stats, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { DataFolder, type Entry } from '../boundary/data-folder.js';

export function openDataFolder(dataDir: string): DataFolder {
  let info: Stats | undefined;
  try {
    info = statSync(dataDir, { throwIfNoEntry: false });
  } catch (error) {
    throw new UserError('DataFolderNotFound', `cannot open "${dataDir}" (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})`, {
      hint: 'Check that the data folder exists and that you may read it.',
    });
  }
  if (info === undefined) throw new UserError('DataFolderNotFound', `"${dataDir}" does not exist`);
  if (!info.isDirectory()) throw new UserError('DataFolderNotFound', `"${dataDir}" is a file, not a data folder`);
  try {
    return new DataFolder(dataDir);
  } catch (error) {
    throw new UserError('DataFolderNotFound', `cannot open "${dataDir}" (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
}

/**
 * A region or municipality folder: 'directory' when it can be entered. A folder that cannot be
 * listed (EACCES) is refused here once, instead of as one finding per file inside it.
 */
export function folderEntry(folder: DataFolder, rel: string): Entry {
  const entry = folder.inspect(rel);
  if (entry.kind !== 'directory') return entry;
  try {
    folder.list(rel);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'I/O error';
    return {
      kind: 'refused',
      reason: 'unreadable',
      code,
      message: `cannot open ${rel} (${code})`,
      hint: 'Check that you may read the folder.',
    };
  }
  return entry;
}
