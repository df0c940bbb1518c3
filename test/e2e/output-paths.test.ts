// Output paths a user can get wrong, on the BUILT CLI: each is "Cannot write the output" (exit 2)
// naming the path, never a browser failure or an internal error (exit 70), and nothing is written.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, filesBelow, noChromiumReason } from './helpers/faults.js';

const root = mkdtempSync(join(tmpdir(), 'plugin-report-outpaths-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const afile = join(root, 'afile');
writeFileSync(afile, 'not a folder');

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
}

describe('an output path through a file (ENOTDIR)', () => {
  it.each([
    ['figures', ['figures', '--region', 'skane', '--data', 'fixtures', '--out', join(afile, 'x.json')], join(afile, 'x.json')],
    ['build', ['build', '--region', 'skane', '--data', 'fixtures', '--out', join(afile, 'x')], join(afile, 'x')],
    ['brochures', ['brochures', '--region', 'skane', '--data', 'fixtures', '--out', join(afile, 'x')], join(afile, 'x')],
  ])('%s: exit 2, the path named, not a browser failure', (_name, args, path) => {
    const result = run(args);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `error Cannot write the output: Could not write ${path}: a part of the path is a file, not a folder (ENOTDIR).`,
    );
    expect(result.stderr).not.toMatch(/browser|internal error/i);
  });
});

describe.skipIf(noChromiumReason() !== undefined)(
  `an output file that cannot be replaced${noChromiumReason() ? ` (skipped: ${noChromiumReason()})` : ''}`,
  () => {
    it('build: a folder where the PDF goes (EISDIR) is exit 2 with the path, and no temp file is left', () => {
      const out = join(root, 'eisdir');
      const target = join(out, 'skane', 'regional-slutrapport-skane.pdf');
      mkdirSync(target, { recursive: true });
      const result = run(['build', '--region', 'skane', '--data', 'fixtures', '--out', out]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`Could not write ${target.replace(/[.]/g, '\\.')}: .*\\((EISDIR|ENOTEMPTY|EEXIST)\\)`));
      expect(result.stderr).not.toMatch(/browser failed/i);
      expect(filesBelow(out)).toEqual([]);
    });
  },
);
