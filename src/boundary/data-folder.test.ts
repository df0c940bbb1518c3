import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFolder, type BoundaryFs } from './data-folder.js';

const base = mkdtempSync(join(tmpdir(), 'boundary-'));
const root = join(base, 'data');
const outside = join(base, 'outside');
mkdirSync(join(root, 'r/m'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(root, 'r/m/ok.csv'), 'a,b\n1,2\n');
writeFileSync(join(outside, 'secret.txt'), 'SECRET=hunter2\n');
symlinkSync(join(outside, 'secret.txt'), join(root, 'r/m/out.csv'));
symlinkSync('ok.csv', join(root, 'r/m/in.csv'));
symlinkSync(outside, join(root, 'r/away'));
symlinkSync('/dev/zero', join(root, 'r/m/zero.yaml'));
symlinkSync(join(root, 'r/m/nothing'), join(root, 'r/m/dangling.csv'));
symlinkSync('loop2', join(root, 'r/m/loop1'));
symlinkSync('loop1', join(root, 'r/m/loop2'));
execFileSync('mkfifo', [join(root, 'r/m/fifo.yaml')]);
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('DataFolder.inspect', () => {
  const folder = new DataFolder(root);

  it('passes a regular file and a link that stays inside', () => {
    expect(folder.inspect('r/m/ok.csv')).toMatchObject({ kind: 'file', size: 8 });
    const viaLink = folder.inspect('r/m/in.csv');
    expect(viaLink).toMatchObject({ kind: 'file', size: 8 });
    expect(viaLink.kind === 'file' && viaLink.path.endsWith('ok.csv')).toBe(true);
  });

  it('refuses a link that leads outside, saying nothing of the target', () => {
    const entry = folder.inspect('r/m/out.csv');
    expect(entry).toEqual({ kind: 'refused', reason: 'outside' });
    expect(JSON.stringify(entry)).not.toMatch(/secret|outside\//);
  });

  it('refuses a file under a folder link that leads outside, and the folder link itself', () => {
    expect(folder.inspect('r/away/secret.txt')).toMatchObject({ kind: 'refused', reason: 'outside' });
    expect(folder.inspect('r/away')).toMatchObject({ kind: 'refused', reason: 'outside' });
  });

  it('refuses a FIFO (without opening it) and a link to a device outside', () => {
    expect(folder.inspect('r/m/fifo.yaml')).toMatchObject({ kind: 'refused', reason: 'special' });
    expect(folder.inspect('r/m/zero.yaml')).toMatchObject({ kind: 'refused', reason: 'outside' });
  });

  it('tells a dangling link and a loop from a missing file', () => {
    expect(folder.inspect('r/m/dangling.csv')).toMatchObject({ kind: 'refused', reason: 'broken-link' });
    expect(folder.inspect('r/m/loop1')).toMatchObject({ kind: 'refused', reason: 'broken-link' });
    expect(folder.inspect('r/m/none.csv')).toEqual({ kind: 'missing' });
    expect(folder.inspect('r/m')).toMatchObject({ kind: 'directory' });
  });

  it('never accepts a path that climbs out by itself', () => {
    expect(() => folder.inspect('../outside/secret.txt')).toThrow(/not a data-folder-relative path/);
    expect(() => folder.inspect('/etc/passwd')).toThrow(/not a data-folder-relative path/);
  });

  it('reports EACCES as a refusal, not an exception (simulated: the tests may run as root)', () => {
    const denied = (path: string): never => {
      if (path.endsWith('ok.csv')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    };
    const fs: BoundaryFs = { lstat: denied as (path: string) => Stats, stat: denied as (path: string) => Stats, realpath: (p) => p };
    const guarded = new DataFolder(root, fs);
    expect(guarded.inspect('r/m/ok.csv')).toMatchObject({ kind: 'refused', reason: 'unreadable', code: 'EACCES' });
  });

  it('refuses a folder that cannot be listed once, as unreadable', () => {
    expect(folder.inspectFolder('r/m')).toMatchObject({ kind: 'directory' });
    expect(folder.inspectFolder('r/away')).toMatchObject({ kind: 'refused', reason: 'outside' });
  });
});

describe('DataFolder.readBytes', () => {
  const folder = new DataFolder(root);

  it('reads a checked file whole, and refuses one over the cap without reading it', () => {
    const entry = folder.inspect('r/m/ok.csv');
    if (entry.kind !== 'file') throw new Error('expected a file');
    expect(String(folder.readBytes(entry, 100))).toBe('a,b\n1,2\n');
    expect(folder.readBytes(entry, 7)).toBe('too-large');
    expect(String(folder.readPrefix(entry, 3))).toBe('a,b');
  });

  it('refuses a file that was swapped after the check', () => {
    writeFileSync(join(root, 'r/m/swap.csv'), 'x\n');
    const entry = folder.inspect('r/m/swap.csv');
    if (entry.kind !== 'file') throw new Error('expected a file');
    rmSync(join(root, 'r/m/swap.csv'));
    writeFileSync(join(root, 'r/m/other.csv'), 'y\n');
    symlinkSync('other.csv', join(root, 'r/m/swap.csv'));
    // O_NOFOLLOW refuses the link (ELOOP); a replaced regular file would fail the inode check.
    expect(() => folder.readBytes(entry, 100)).toThrow();
  });
});
