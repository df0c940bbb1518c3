import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepStaleTempFiles } from './stale-temp-files.js';

const dir = mkdtempSync(join(tmpdir(), 'plugin-report-stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sweepStaleTempFiles', () => {
  it('removes the temp files of writers that are gone, and nothing else', () => {
    const names = {
      dead: '.rapport.pdf.4000001.deadbeef.tmp',
      alive: '.rapport.pdf.4000002.deadbeef.tmp',
      ours: `.x.json.${process.pid}.0123456789ab.tmp`,
      output: 'rapport.pdf',
      other: '.notes.tmp',
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, '.folder.4000001.deadbeef.tmp'));
    expect(sweepStaleTempFiles(dir, (pid) => pid === 4000002)).toEqual([join(dir, names.dead)]);
    expect(readdirSync(dir).sort()).toEqual(['.folder.4000001.deadbeef.tmp', names.alive, names.other, names.ours, names.output].sort());
  });
});
