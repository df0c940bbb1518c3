import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFolder } from '../boundary/data-folder.js';
import { MAX_PHOTO_BYTES } from '../boundary/limits.js';
import type { MunicipalityConfig } from '../schema/config.js';
import { FindingCollector } from './collector.js';
import { pngOf as png } from '../ingest/test-helpers/png.js';
import { checkPhoto } from './photo.js';

// A data folder on disk with one municipality whose municipality.yaml declares images/foto.png;
// each test puts something else there and reads it through the boundary as validation does.

let root: string;
const outside = mkdtempSync(join(tmpdir(), 'plugin-report-photo-outside-'));

const config = (file = 'images/foto.png'): MunicipalityConfig => ({
  id: 'ett',
  name: 'Ett',
  kommunkod: '1272',
  workshops: [{ id: 'v', name: 'V', target_groups: ['1'] }],
  photo: { file, alt: 'Skolgården en vårdag, ingen person i bild.', credit: 'Kommunen', no_identifiable_participants: true },
});

function check(put?: (path: string) => void, file?: string) {
  const path = join(root, 'r', 'ett', 'images', 'foto.png');
  rmSync(path, { force: true, recursive: true });
  put?.(path);
  const findings = new FindingCollector();
  const photo = checkPhoto(new DataFolder(root), 'r/ett', config(file), findings);
  return { photo, rules: findings.errors.map((f) => [f.rule, f.file, f.message]) };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plugin-report-photo-'));
  mkdirSync(join(root, 'r', 'ett', 'images'), { recursive: true });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('checkPhoto', () => {
  it('embeds a valid photo without its text chunks, with its size, alt text and credit', () => {
    const { photo, rules } = check((p) => writeFileSync(p, png(1200, 800, Buffer.from('Author\0Named Person', 'latin1'))));
    expect(rules).toEqual([]);
    expect(photo).toMatchObject({ width: 1200, height: 800, alt: 'Skolgården en vårdag, ingen person i bild.', credit: 'Kommunen' });
    expect(photo?.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    const bytes = Buffer.from(photo!.dataUrl.split(',')[1]!, 'base64');
    expect(bytes.toString('latin1')).not.toContain('Named Person');
  });

  it('refuses a declared photo that is not there, naming municipality.yaml', () => {
    const { photo, rules } = check();
    expect(photo).toBeUndefined();
    expect(rules).toEqual([['photo.missing-file', 'r/ett/municipality.yaml', expect.stringContaining('images/foto.png')]]);
  });

  it('refuses a file that is no JPEG or PNG whatever its name says', () => {
    const { photo, rules } = check((p) => writeFileSync(p, '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'));
    expect(photo).toBeUndefined();
    expect(rules).toEqual([['photo.not-a-photo', 'r/ett/images/foto.png', expect.stringContaining('neither a JPEG nor a PNG')]]);
  });

  it('refuses a damaged file and a decompression bomb', () => {
    expect(check((p) => writeFileSync(p, png(10, 10).subarray(0, 30))).rules[0]?.[0]).toBe('photo.damaged');
    const bomb = check((p) => writeFileSync(p, png(50_000, 50_000)));
    expect(bomb.photo).toBeUndefined();
    expect(bomb.rules).toEqual([['photo.too-many-pixels', 'r/ett/images/foto.png', expect.stringContaining('50000 × 50000')]]);
  });

  it('refuses a file over the size cap unread', () => {
    const { rules } = check((p) => writeFileSync(p, Buffer.concat([png(10, 10), Buffer.alloc(MAX_PHOTO_BYTES)])));
    expect(rules.map((r) => r[0])).toEqual(['file.too-large']);
  });

  it('refuses a link that leads out of the data folder, and reads nothing through it', () => {
    writeFileSync(join(outside, 'secret.png'), png(10, 10));
    const { photo, rules } = check((p) => symlinkSync(join(outside, 'secret.png'), p));
    expect(photo).toBeUndefined();
    expect(rules.map((r) => r[0])).toEqual(['file.outside-data-folder']);
  });
});
