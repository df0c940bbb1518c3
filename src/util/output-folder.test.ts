import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { UserError } from '../errors.js';
import { checkOutputFolder } from './output-folder.js';

const root = mkdtempSync(join(tmpdir(), 'plugin-report-outdir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const afile = join(root, 'afile');
writeFileSync(afile, 'x');

function failure(dir: string): UserError {
  try {
    checkOutputFolder(dir);
  } catch (error) {
    return error as UserError;
  }
  throw new Error(`checkOutputFolder(${dir}) did not throw`);
}

describe('checkOutputFolder', () => {
  it('accepts an existing folder and one still to be created, and creates nothing', () => {
    checkOutputFolder(root);
    checkOutputFolder(join(root, 'new', 'deeper'));
    expect(existsSync(join(root, 'new'))).toBe(false);
  });

  it('refuses a path through a file (ENOTDIR) and a file as the folder, naming the path', () => {
    for (const dir of [join(afile, 'x'), afile]) {
      const error = failure(dir);
      expect(error.errorName).toBe('OutputNotWritable');
      expect(error.message).toBe(`Could not write ${dir}: a part of the path is a file, not a folder (ENOTDIR).`);
    }
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write in (EACCES; skipped as root, who may)', () => {
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      expect(failure(join(locked, 'out')).message).toBe(`Could not write ${join(locked, 'out')}: permission denied (EACCES).`);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});
