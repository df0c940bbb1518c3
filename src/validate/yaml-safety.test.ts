// YAML from an untrusted data folder: core-schema tags only, aliases limited, size capped; each a
// finding (exit 1), never an exception (exit 70) and never a value that slips through as a string.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MunicipalityConfig } from '../schema/config.js';
import { FindingCollector } from './collector.js';
import { loadConfig } from './config.js';
import { DataFolder } from '../boundary/data-folder.js';
import { hasAnchors } from './yaml-safety.js';
import { aliasBombMunicipalityYaml } from './test-helpers/alias-bomb.js';

const dir = mkdtempSync(join(tmpdir(), 'plugin-report-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID = 'id: ett\nname: Ett\nkommunkod: "1272"\nworkshops:\n  - id: verkstad\n    name: Verkstaden\n    target_groups: [1, 2]\n';

async function load(text: string | Buffer) {
  writeFileSync(join(dir, 'municipality.yaml'), text);
  const findings = new FindingCollector();
  const loaded = await loadConfig(new DataFolder(dir), 'municipality.yaml', MunicipalityConfig, findings);
  return { loaded, errors: findings.errors.map((f) => ({ rule: f.rule, line: f.line, message: f.message })) };
}

describe('YAML safety', () => {
  it('reads a valid file (with and without an anchor)', async () => {
    expect((await load(VALID)).loaded?.value?.id).toBe('ett');
    const anchored =
      VALID.replace('target_groups: [1, 2]', 'target_groups: &groups [1, 2]') +
      '  - id: annan\n    name: Annan\n    target_groups: *groups\n';
    const { loaded, errors } = await load(anchored);
    expect(errors).toEqual([]);
    expect(loaded?.value?.workshops[1]?.target_groups).toEqual(['1', '2']);
  });

  it('refuses !!js/function, !!binary and custom tags, each on its line', async () => {
    const text =
      'id: ett\nname: !!js/function "function () { return 1 }"\nkommunkod: !custom "1272"\nworkshops:\n  - id: v\n    name: !!binary aGk=\n    target_groups: [1]\n';
    const { loaded, errors } = await load(text);
    expect(loaded?.value).toBeUndefined();
    expect(errors.map((e) => [e.rule, e.line])).toEqual([
      ['config.yaml-tag', 2],
      ['config.yaml-tag', 3],
      ['config.yaml-tag', 6],
    ]);
    expect(errors[0]!.message).toContain('"!!js/function"');
  });

  it("accepts the core schema's own explicit tags", async () => {
    const { errors } = await load(VALID.replace('name: Ett', 'name: !!str Ett'));
    expect(errors).toEqual([]);
  });

  it('reports an alias bomb as a finding', async () => {
    const { errors } = await load(aliasBombMunicipalityYaml(7));
    expect(errors.map((e) => e.rule)).toEqual(['config.yaml-aliases']);
  });

  it('refuses a file over 1 MB without parsing it, and binary or UTF-16 content without showing it', async () => {
    expect((await load(VALID + `# ${'x'.repeat(1 << 20)}\n`)).errors.map((e) => e.rule)).toEqual(['file.too-large']);
    const binary = await load(Buffer.from([0x53, 0x45, 0x43, 0x52, 0x45, 0x54, 0, 1, 2, 3, 0, 0xff]));
    expect(binary.errors.map((e) => e.rule)).toEqual(['file.not-text']);
    expect(JSON.stringify(binary.errors)).not.toContain('SECRET');
    const wide = await load(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]));
    expect(wide.errors.map((e) => [e.rule, e.message])).toEqual([
      ['file.wide-encoding', 'the file is encoded as UTF-16, which is not read'],
    ]);
  });

  it('escapes control characters in YAML strings shown in findings', async () => {
    const { errors } = await load(VALID.replace('id: ett', 'id: "e\\e]0;x\\a\\e[2Jtt"'));
    expect(errors[0]!.message).toContain('\\u001b]0;x\\u0007\\u001b[2J');
    expect(errors[0]!.message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('sends a text with anchors to the precise parser, and plain "&" in text not', () => {
    expect(hasAnchors('a: &x 1\nb: *x\n')).toBe(true);
    expect(hasAnchors('- &x\n')).toBe(true);
    expect(hasAnchors('name: R&D & more\n')).toBe(false);
  });
});
