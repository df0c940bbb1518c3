// The folder given with --data, opened through the boundary: it must exist and be a folder, or the
// command cannot start (a UserError, exit 2), also when it cannot be opened (EACCES). What is
// inside it is judged file by file (findings, exit 1), never as an internal error.
import { type Stats, statSync } from 'node:fs';
import { DataFolder } from '../boundary/data-folder.js';
import { UserError } from '../errors.js';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'I/O error';

export function openDataFolder(dataDir: string): DataFolder {
  let info: Stats | undefined;
  try {
    info = statSync(dataDir, { throwIfNoEntry: false });
  } catch (error) {
    throw new UserError('DataFolderNotFound', `cannot open "${dataDir}" (${codeOf(error)})`);
  }
  if (info === undefined) throw new UserError('DataFolderNotFound', `"${dataDir}" does not exist`);
  if (!info.isDirectory()) throw new UserError('DataFolderNotFound', `"${dataDir}" is a file, not a data folder`);
  try {
    return new DataFolder(dataDir);
  } catch (error) {
    throw new UserError('DataFolderNotFound', `cannot open "${dataDir}" (${codeOf(error)})`);
  }
}
