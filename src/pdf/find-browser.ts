// Finding the Chromium to print with: explicit option, then PLUGIN_REPORT_CHROMIUM, then
// PUPPETEER_EXECUTABLE_PATH, then the usual locations of the platform. The headless shell is
// preferred where it exists (Linux): it starts faster and uses less memory than the full browser.
// Windows has Edge on every PC and macOS users mostly have Chrome, so both are looked for there:
// nothing needs installing. The platform, environment and file check are parameters so the
// Windows and macOS lists are tested on Linux CI.
import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { UserError } from '../errors.js';

// Debian's /usr/bin/chromium-headless-shell is a `sh` wrapper that runs the binary as a child (no
// exec); the binary itself comes first so there is one process to close or kill, not two.
const LINUX_PATHS = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  // Homebrew on Linux, and what GitHub's Ubuntu runners put on PATH besides google-chrome.
  '/usr/local/bin/chromium',
  '/usr/bin/microsoft-edge',
] as const;

/** The known locations on Linux (kept for callers that want the plain list). */
export const KNOWN_BROWSER_PATHS: readonly string[] = LINUX_PATHS;

/** An app bundle's executable below an Applications folder. */
const MAC_APPS = [
  ['Google Chrome.app', 'Google Chrome'],
  ['Chromium.app', 'Chromium'],
  ['Microsoft Edge.app', 'Microsoft Edge'],
] as const;

/** Below Program Files, Program Files (x86) or %LOCALAPPDATA% (a per-user install). */
const WINDOWS_APPS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
] as const;

/** Reads an environment variable as Windows does, whatever the case of its name. */
function windowsEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : env[key];
  return value === undefined || value === '' ? undefined : value;
}

/** Where a browser usually is on this platform, most preferred first. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [
      windowsEnv(env, 'ProgramFiles') ?? 'C:\\Program Files',
      windowsEnv(env, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)',
      windowsEnv(env, 'LOCALAPPDATA'),
    ].filter((root): root is string => root !== undefined);
    const unique = [...new Set(roots)];
    return WINDOWS_APPS.flatMap((app) => unique.map((root) => win32.join(root, ...app)));
  }
  if (platform === 'darwin') {
    const home = env['HOME'];
    const folders = ['/Applications', ...(home ? [posix.join(home, 'Applications')] : [])];
    return MAC_APPS.flatMap(([bundle, binary]) => folders.map((folder) => posix.join(folder, bundle, 'Contents', 'MacOS', binary)));
  }
  return [...LINUX_PATHS];
}

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
    // On Windows X_OK only checks that the file exists, which is all that can be asked there.
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function headlessModeFor(path: string): true | 'shell' {
  // win32's basename splits at both separators, so it reads POSIX and Windows paths alike.
  const name = win32.basename(path);
  return name.includes('headless-shell') || name.includes('headless_shell') ? 'shell' : true;
}

/** What to install, said for the platform the user is on. */
export function installAdvice(platform: NodeJS.Platform = process.platform): string {
  const pointAt = 'or point PLUGIN_REPORT_CHROMIUM (or PUPPETEER_EXECUTABLE_PATH) at a Chrome, Chromium or Edge executable.';
  if (platform === 'win32') return `Install Microsoft Edge or Google Chrome (Edge comes with Windows 10 and 11), ${pointAt}`;
  if (platform === 'darwin') return `Install Google Chrome (or \`brew install --cask chromium\`) into /Applications, ${pointAt}`;
  return `Install one with \`sudo apt-get install chromium-headless-shell\` (or \`chromium\`) on Debian/Ubuntu, ${pointAt}`;
}

export interface BrowserSearch {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Where to look; defaults to the platform's known locations. */
  candidates?: readonly string[];
  /** Whether a path is a file that can be run (injected by tests). */
  isUsable?: (path: string) => boolean;
}

/** Picks the browser; throws UserError('BrowserNotFound') naming what was tried. */
export function findBrowser(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
  candidatesOrSearch?: readonly string[] | BrowserSearch,
): BrowserChoice {
  const search: BrowserSearch = Array.isArray(candidatesOrSearch)
    ? { candidates: candidatesOrSearch }
    : ((candidatesOrSearch as BrowserSearch | undefined) ?? {});
  const platform = search.platform ?? process.platform;
  const isUsable = search.isUsable ?? isExecutable;
  const candidates = search.candidates ?? browserCandidates(platform, search.env ?? env);
  const configured: Array<[BrowserChoice['source'], string | undefined]> = [
    ['option', explicit],
    ['PLUGIN_REPORT_CHROMIUM', env['PLUGIN_REPORT_CHROMIUM']],
    ['PUPPETEER_EXECUTABLE_PATH', env['PUPPETEER_EXECUTABLE_PATH']],
  ];
  for (const [source, path] of configured) {
    if (!path) continue;
    // A path the user named must work: silently falling back would print with another browser.
    if (!isUsable(path)) {
      throw new UserError(
        'BrowserNotFound',
        `${source === 'option' ? 'The browser' : source} points at "${path}", which is not an executable file.`,
        { hint: installAdvice(platform) },
      );
    }
    return { executablePath: path, headless: headlessModeFor(path), source };
  }
  for (const path of candidates) {
    if (isUsable(path)) return { executablePath: path, headless: headlessModeFor(path), source: 'system' };
  }
  const shown = candidates.slice(0, 6).join(', ');
  throw new UserError(
    'BrowserNotFound',
    `No Chromium, Chrome or Edge was found (looked in ${shown}${candidates.length > 6 ? ' and more' : ''}).`,
    { hint: installAdvice(platform) },
  );
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
