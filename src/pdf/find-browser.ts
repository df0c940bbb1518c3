// Finding the Chromium to print with: explicit option, then PLUGIN_REPORT_CHROMIUM, then
// PUPPETEER_EXECUTABLE_PATH, then the usual system locations. The headless shell is preferred: it
// starts faster and uses less memory than the full browser.
import { accessSync, constants, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../errors.js';

// Debian's /usr/bin/chromium-headless-shell is a `sh` wrapper that runs the binary as a child (no
// exec); the binary itself comes first so there is one process to close or kill, not two.
export const KNOWN_BROWSER_PATHS = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const;

export interface BrowserChoice {
  executablePath: string;
  /** puppeteer's headless mode: 'shell' for chromium-headless-shell, true (new headless) otherwise. */
  headless: true | 'shell';
  /** Where the choice came from, for messages. */
  source: 'option' | 'PLUGIN_REPORT_CHROMIUM' | 'PUPPETEER_EXECUTABLE_PATH' | 'system';
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function headlessModeFor(path: string): true | 'shell' {
  return basename(path).includes('headless-shell') || basename(path).includes('headless_shell') ? 'shell' : true;
}

/** Picks the browser; throws UserError('BrowserNotFound') naming what was tried. */
export function findBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = KNOWN_BROWSER_PATHS): BrowserChoice {
  const configured: Array<[BrowserChoice['source'], string | undefined]> = [
    ['option', explicit],
    ['PLUGIN_REPORT_CHROMIUM', env['PLUGIN_REPORT_CHROMIUM']],
    ['PUPPETEER_EXECUTABLE_PATH', env['PUPPETEER_EXECUTABLE_PATH']],
  ];
  for (const [source, path] of configured) {
    if (!path) continue;
    // A path the user named must work: silently falling back would print with another browser.
    if (!isExecutable(path)) {
      throw new UserError('BrowserNotFound', `${source === 'option' ? 'The browser' : source} points at "${path}", which is not an executable file.`);
    }
    return { executablePath: path, headless: headlessModeFor(path), source };
  }
  for (const path of candidates) {
    if (isExecutable(path)) return { executablePath: path, headless: headlessModeFor(path), source: 'system' };
  }
  throw new UserError('BrowserNotFound', `No Chromium or Chrome was found (looked in ${candidates.slice(0, 6).join(', ')} and more).`);
}

/** Launch flags for a headless print job on a locked-down machine (root, no network, small /dev/shm). */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--font-render-hinting=none',
] as const;
