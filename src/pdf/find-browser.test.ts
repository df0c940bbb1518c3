import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { browserCandidates, findBrowser, headlessModeFor } from './find-browser.js';

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
    expect(headlessModeFor('C:\\tools\\chrome-headless-shell\\chrome-headless-shell.exe')).toBe('shell');
    expect(headlessModeFor('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe(true);
  });
});

describe('browser discovery on Windows', () => {
  const env = {
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local',
  };
  const edgeX86 = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
  const chromeUser = 'C:\\Users\\anna\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';

  it('looks for Chrome, then Chromium, then Edge, under Program Files, Program Files (x86) and LOCALAPPDATA', () => {
    const candidates = browserCandidates('win32', env);
    expect(candidates[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(candidates).toContain('C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe');
    expect(candidates).toContain(chromeUser);
    expect(candidates).toContain(edgeX86);
    expect(candidates.indexOf(chromeUser)).toBeLessThan(candidates.indexOf(edgeX86));
    expect(candidates.every((path) => !path.includes('/'))).toBe(true);
  });

  it('reads the variables whatever their case and falls back to the usual folders', () => {
    expect(browserCandidates('win32', { programfiles: 'D:\\Apps' })[0]).toBe('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
    expect(browserCandidates('win32', {})).toContain(edgeX86);
  });

  it('finds the Edge every Windows PC has, with nothing else installed', () => {
    const choice = findBrowser(undefined, {}, { platform: 'win32', env, isUsable: (path) => path === edgeX86 });
    expect(choice).toEqual({ executablePath: edgeX86, headless: true, source: 'system' });
  });

  it('says what to install on Windows, not apt-get', () => {
    try {
      findBrowser(undefined, {}, { platform: 'win32', env, isUsable: () => false });
      expect.unreachable();
    } catch (error) {
      expect((error as UserError).message).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
      expect((error as UserError).hint).toMatch(/^Install Microsoft Edge or Google Chrome/);
      expect((error as UserError).hint).not.toMatch(/apt-get/);
    }
  });
});

describe('browser discovery on macOS', () => {
  it('looks in /Applications and ~/Applications for Chrome, Chromium and Edge app bundles', () => {
    const candidates = browserCandidates('darwin', { HOME: '/Users/anna' });
    expect(candidates).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/anna/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/anna/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Users/anna/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
  });

  it('picks the first bundle that is there and advises Chrome when none is', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser(undefined, {}, { platform: 'darwin', env: {}, isUsable: (path) => path === edge }).executablePath).toBe(edge);
    expect(() => findBrowser(undefined, {}, { platform: 'darwin', env: {}, isUsable: () => false })).toThrow(UserError);
  });
});

describe('browser discovery on Linux', () => {
  it('prefers the headless shell binary over its wrapper and the full browser', () => {
    const candidates = browserCandidates('linux', {});
    expect(candidates.slice(0, 3)).toEqual([
      '/usr/lib/chromium/chromium-headless-shell',
      '/usr/bin/chromium-headless-shell',
      '/usr/bin/chromium',
    ]);
    expect(candidates).toContain('/usr/bin/google-chrome');
  });
});
