import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../errors.js';
import { loadKey } from './key-file.js';

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'pseudonym-key-'));
  const data = join(root, 'data');
  mkdirSync(data);
  return { root, data };
}

describe('loadKey', () => {
  it('creates a 32-byte key only its owner can read, and never overwrites it', () => {
    const { root, data } = folders();
    const keyFile = join(root, 'k.key');
    const key = loadKey(keyFile, { data }, true);
    expect(key.length).toBe(32);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(() => loadKey(keyFile, { data }, true)).toThrow(/exists already/);
    expect(Buffer.from(loadKey(keyFile, { data }, false))).toEqual(readFileSync(keyFile));
  });

  it('refuses a key inside the data folder or inside --out, and a missing or short key', () => {
    const { root, data } = folders();
    expect(() => loadKey(join(data, 'k.key'), { data }, true)).toThrow(UserError);
    expect(() => loadKey(join(root, 'out', 'k.key'), { data, out: join(root, 'out') }, true)).toThrow(/inside/);
    expect(() => loadKey(join(root, 'missing.key'), { data }, false)).toThrow(/Cannot read the key file/);
    writeFileSync(join(root, 'short.key'), 'abc');
    expect(() => loadKey(join(root, 'short.key'), { data }, false)).toThrow(/3 bytes/);
  });
});
