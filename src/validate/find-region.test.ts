import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { regionOfMunicipality } from './find-region.js';
import { BROKEN_DIR } from './test-helpers/broken-cases.js';

const valid = join(BROKEN_DIR, 'valid');
const dir = mkdtempSync(join(tmpdir(), 'plugin-report-find-region-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('regionOfMunicipality', () => {
  it('is the region whose region.yaml lists the municipality', async () => {
    expect(await regionOfMunicipality(valid, 'ett')).toBe('alpha');
  });

  it('names the data folder when no region lists it', async () => {
    await expect(regionOfMunicipality(valid, 'tva')).rejects.toThrow('no region.yaml in');
  });

  it('asks for --region when two regions list the same id', async () => {
    const folder = join(dir, 'twice');
    cpSync(valid, folder, { recursive: true });
    cpSync(join(folder, 'alpha'), join(folder, 'beta'), { recursive: true });
    writeFileSync(
      join(folder, 'beta', 'region.yaml'),
      'id: beta\nname: Beta\norganisation: B\ncounty_code: "13"\nmunicipalities:\n  - ett\n',
    );
    writeFileSync(
      join(folder, 'project.yaml'),
      `${'name: Plug In 2.0\nesf_case_number: 2015/00665\nowner: SKL\nperiod:\n  start: 2015-03-01\n  end: 2018-12-31\n'}regions:\n  - alpha\n  - beta\n`,
    );
    const error = await regionOfMunicipality(folder, 'ett').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('municipality "ett" is listed by more than one region (alpha, beta)');
    expect((error as UserError).hint).toBe('Say which with --region, e.g. --region alpha --municipality ett.');
  });
});
