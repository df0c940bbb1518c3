// Messages for broken YAML configuration: they name the key, what was written and what to do.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MunicipalityConfig, RegionConfig } from '../schema/config.js';
import { FindingCollector } from './collector.js';
import { loadConfig } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'plugin-report-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function findingsFor(text: string, schema: typeof RegionConfig | typeof MunicipalityConfig) {
  const path = join(dir, 'file.yaml');
  writeFileSync(path, text);
  const findings = new FindingCollector();
  const loaded = await loadConfig(path, 'x/file.yaml', schema, findings);
  return { loaded, errors: findings.errors };
}

describe('config findings', () => {
  it('a misspelt required key: the missing key and the unknown one, each on its line', async () => {
    const { loaded, errors } = await findingsFor('id: ett\nname: Ett\nkommunkd: "1272"\nworkshops:\n  - id: v\n    name: V\n    target_groups: [1]\n', MunicipalityConfig);
    expect(loaded?.value).toBeUndefined();
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'kommunkod: is required but missing'],
      [3, 'kommunkd: unknown key "kommunkd"'],
    ]);
  });

  it('an id with å: says what was written, in which list item, and suggests the slug', async () => {
    const { errors } = await findingsFor('id: skane\nname: Skåne\norganisation: K\ncounty_code: "12"\nmunicipalities:\n  - malmo\n  - ängelholm\n', RegionConfig);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 7, message: expect.stringMatching(/^municipalities \(item 2\): "ängelholm" must be a lowercase ASCII slug/) });
    expect(errors[0]!.hint).toContain('"angelholm"');
  });

  it('an empty file says so', async () => {
    const { errors } = await findingsFor('', RegionConfig);
    expect(errors.map((e) => e.message)).toEqual(['the file is empty']);
  });
});
