import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { writeFileAtomic } from './write-atomic.js';

const root = mkdtempSync(join(tmpdir(), 'plugin-report-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temp file beside it', async () => {
    await writeFileAtomic(join(root, 'a', 'figures.json'), '{"ok":true}');
    expect(readFileSync(join(root, 'a', 'figures.json'), 'utf8')).toBe('{"ok":true}');
    expect(readdirSync(join(root, 'a'))).toEqual(['figures.json']);
  });

  it('a path through a file is OutputNotWritable naming the path (not an internal error from the cleanup)', async () => {
    writeFileSync(join(root, 'afile'), 'x');
    const target = join(root, 'afile', 'x.json');
    const error = await writeFileAtomic(target, '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).errorName).toBe('OutputNotWritable');
    expect((error as UserError).message).toBe(`Could not write ${target}: a part of the path is a file, not a folder (ENOTDIR).`);
  });

  it('a folder where the file should be is OutputNotWritable, and the temp file is removed', async () => {
    const error = await writeFileAtomic(join(root, 'a'), '{}').catch((e: unknown) => e);
    expect((error as UserError).message).toMatch(/^Could not write .*\/a: it is a folder \(EISDIR\)\.$/);
    expect(readdirSync(root).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes through a predictable temp name: the name is random', async () => {
    const dir = join(root, 'b');
    // What the old code would have written through (.<name>.<pid>.tmp), planted beforehand.
    await writeFileAtomic(join(dir, 'seed'), '');
    const planted = join(dir, `.out.json.${process.pid}.tmp`);
    writeFileSync(planted, 'planted');
    await writeFileAtomic(join(dir, 'out.json'), 'figures');
    expect(readFileSync(planted, 'utf8')).toBe('planted');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('figures');
  });
});
