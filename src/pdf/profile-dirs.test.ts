import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProfileDir, processExists, sweepStaleProfileDirs } from './profile-dirs.js';

const root = mkdtempSync(join(tmpdir(), 'plugin-report-profiles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('profile folders', () => {
  it('are named after the process that owns them', () => {
    const dir = createProfileDir(root);
    expect(basename(dir)).toMatch(new RegExp(`^plugin-report-chromium-${process.pid}-[A-Za-z0-9]{6}$`));
    rmSync(dir, { recursive: true });
  });

  it('a sweep removes those whose owner is gone, and leaves live owners, ours, unowned names and symlinks alone', () => {
    const dead = join(root, 'plugin-report-chromium-4000001-abcDEF');
    const alive = join(root, 'plugin-report-chromium-4000002-abcDEF');
    const unowned = join(root, 'plugin-report-chromium-abcDEF');
    const elsewhere = mkdtempSync(join(tmpdir(), 'plugin-report-target-'));
    const link = join(root, 'plugin-report-chromium-4000003-abcDEF');
    for (const dir of [dead, alive, unowned]) mkdirSync(join(dir, 'Default'), { recursive: true });
    symlinkSync(elsewhere, link);
    const ours = createProfileDir(root);
    const removed = sweepStaleProfileDirs(root, (pid) => pid === 4000002);
    expect(removed).toEqual([dead]);
    expect(readdirSync(root).sort()).toEqual([basename(alive), basename(link), basename(ours), basename(unowned)].sort());
    expect(existsSync(elsewhere)).toBe(true);
    rmSync(elsewhere, { recursive: true });
  });

  it('tells a live process from a gone one', () => {
    expect(processExists(process.pid)).toBe(true);
    expect(processExists(2 ** 22 + 12345)).toBe(false); // above Linux's pid_max
  });
});
