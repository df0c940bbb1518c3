import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDir } from './fs.js';

const root = mkdtempSync(join(tmpdir(), 'plugin-report-fs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ensureDir', () => {
  it('creates missing parents and accepts a folder that exists', async () => {
    const dir = join(root, 'a', 'b', 'c');
    await ensureDir(dir);
    await ensureDir(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('fails with the system error where a file stands in the way', async () => {
    writeFileSync(join(root, 'file'), '');
    await expect(ensureDir(join(root, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('fails promptly below /proc instead of hanging like mkdir({recursive: true})', async () => {
    await expect(ensureDir('/proc/plugin-report-test/out')).rejects.toHaveProperty('code');
  });
});
