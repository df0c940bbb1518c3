// Whether the data folder lies inside a Git work tree, where every committed version of a file is
// kept forever (validate then warns about personnummer, rule data.personnummer-present). Only
// `stat` is called outside the data folder, never a read: whether a `.git` entry exists is all
// that is asked of the folders above it (contract v1.2 §9: no file outside the data folder is read).
import { realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** True when the folder or one above it holds `.git`: a folder, or the file of a linked work tree or submodule. */
export function insideGitWorkTree(root: string): boolean {
  let dir: string;
  try {
    dir = realpathSync(resolve(root));
  } catch {
    return false;
  }
  for (;;) {
    try {
      if (statSync(join(dir, '.git'), { throwIfNoEntry: false }) !== undefined) return true;
    } catch {
      // A folder we may not look into (EACCES): go on upwards; a work tree there is not ours to see.
    }
    const parent = dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}
