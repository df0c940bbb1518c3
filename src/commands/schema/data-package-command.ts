// `plugin-report schema --format datapackage --data DIR [--out FILE]`: the Frictionless Data
// Package descriptor of the table files present in DIR. Resource paths are relative to where the
// descriptor goes (FILE's folder, or DIR itself when it is printed), as the spec wants them.
import { dirname, relative, resolve, sep } from 'node:path';
import { UserError } from '../../errors.js';
import { dataPackage } from '../../schema/data-package.js';
import { openDataFolder } from '../../validate/data-folder.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { findTableFiles } from './data-package-files.js';

/** --data defaults to ./data, as in every command that reads data. */
export async function writeDataPackage(dataDir = 'data', out: string | undefined = undefined): Promise<void> {
  const folder = openDataFolder(dataDir);
  const base = out === undefined ? resolve(dataDir) : dirname(resolve(out));
  const files = findTableFiles(folder);
  const pathOf = (path: string) => relative(base, resolve(dataDir, path)).split(sep).join('/');
  if (files.length === 0) {
    throw new UserError(
      'DataFolderNotFound',
      `no table file (participants.csv, grades.csv, …) under "${dataDir}/<region>/<municipality>/".`,
    );
  }
  const content = `${JSON.stringify(dataPackage(files, pathOf), null, 2)}\n`;
  if (out === undefined) {
    process.stdout.write(content);
    return;
  }
  try {
    await writeFileAtomic(out, content);
  } catch (error) {
    throw new UserError('OutputNotWritable', `cannot write "${out}" (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  process.stderr.write(`wrote ${out}\n`);
}
