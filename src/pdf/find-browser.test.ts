import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { findBrowser, headlessModeFor } from './find-browser.js';

const dir = mkdtempSync(join(tmpdir(), 'plugin-report-browser-'));
function fakeBrowser(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}
const shell = fakeBrowser('chromium-headless-shell');
const full = fakeBrowser('chromium');
const notExecutable = join(dir, 'plain-file');
writeFileSync(notExecutable, '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findBrowser', () => {
  it('takes the explicit path, then PLUGIN_REPORT_CHROMIUM, then PUPPETEER_EXECUTABLE_PATH, then the system', () => {
    const env = { PLUGIN_REPORT_CHROMIUM: shell, PUPPETEER_EXECUTABLE_PATH: full };
    expect(findBrowser(full, env, [])).toMatchObject({ executablePath: full, source: 'option' });
    expect(findBrowser(undefined, env, [])).toMatchObject({ executablePath: shell, source: 'PLUGIN_REPORT_CHROMIUM', headless: 'shell' });
    expect(findBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: full }, [])).toMatchObject({ executablePath: full, headless: true });
    expect(findBrowser(undefined, {}, [join(dir, 'missing'), full])).toMatchObject({ executablePath: full, source: 'system' });
  });

  it('refuses a configured path that is not an executable file instead of silently using another browser', () => {
    expect(() => findBrowser(undefined, { PLUGIN_REPORT_CHROMIUM: notExecutable }, [full])).toThrow(/PLUGIN_REPORT_CHROMIUM points at/);
  });

  it('says how to install a browser when none is found', () => {
    try {
      findBrowser(undefined, {}, [join(dir, 'missing')]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).errorName).toBe('BrowserNotFound');
      expect((error as UserError).hint).toMatch(/apt-get install chromium-headless-shell/);
    }
  });

  it("uses puppeteer's 'shell' mode for the headless shell only", () => {
    expect(headlessModeFor('/usr/lib/chromium/chromium-headless-shell')).toBe('shell');
    expect(headlessModeFor('/usr/bin/chromium')).toBe(true);
  });
});
