import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insideGitWorkTree } from './git-work-tree.js';

const root = mkdtempSync(join(tmpdir(), 'plugin-report-git-tree-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('insideGitWorkTree', () => {
  it('finds a .git folder in the data folder or any folder above it', () => {
    const repo = join(root, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'data', 'skane'), { recursive: true });
    expect(insideGitWorkTree(repo)).toBe(true);
    expect(insideGitWorkTree(join(repo, 'data', 'skane'))).toBe(true);
  });

  it('finds the .git file of a linked work tree or submodule', () => {
    const linked = join(root, 'linked');
    mkdirSync(join(linked, 'data'), { recursive: true });
    writeFileSync(join(linked, '.git'), 'gitdir: /elsewhere/.git/worktrees/linked\n');
    expect(insideGitWorkTree(join(linked, 'data'))).toBe(true);
  });

  it('is false for a folder with no .git above it, and for a folder that does not exist', () => {
    const plain = join(root, 'plain', 'data');
    mkdirSync(plain, { recursive: true });
    expect(insideGitWorkTree(plain)).toBe(false);
    expect(insideGitWorkTree(join(root, 'missing'))).toBe(false);
  });
});
