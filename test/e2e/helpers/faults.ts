// Helpers for the fault-injection end-to-end tests: run the built CLI with its own temp directory
// (TMPDIR), watch its output, kill its browser, and look for what it may have left behind.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../../../src/pdf/find-browser.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const CLI = join(ROOT, 'bin', 'plugin-report.js');

/** Why the browser tests are skipped, or undefined when a Chromium is there. */
export function noChromiumReason(): string | undefined {
  try {
    findBrowser();
    return undefined;
  } catch (error) {
    return `no Chromium found (${(error as Error).message}); set PLUGIN_REPORT_CHROMIUM to run these tests`;
  }
}

export interface Running {
  child: ChildProcess;
  /** The run's own temp directory: every profile folder of its browsers is made here. */
  tmp: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  /** Resolves once stdout or stderr matches. */
  waitFor: (pattern: RegExp) => Promise<void>;
}

/** Starts the CLI with `tmp` (default: a fresh folder) as its TMPDIR. */
export function startCli(
  args: string[],
  env: Record<string, string> = {},
  tmp = mkdtempSync(join(tmpdir(), 'plugin-report-fault-tmp-')),
): Running {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const watchers: Array<{ pattern: RegExp; resolve: () => void }> = [];
  const check = () => {
    for (const w of [...watchers]) {
      if (w.pattern.test(out) || w.pattern.test(err)) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    check();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    check();
  });
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      watchers.push({ pattern, resolve });
      check();
      void exited.then(() => reject(new Error(`the CLI exited before printing ${pattern}:\n${out}\n${err}`)));
    });
  return { child, tmp, stdout: () => out, stderr: () => err, exited, waitFor };
}

/** Processes whose command line mentions `text` (e.g. a run's TMPDIR, in its browser's profile path). */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmdline.includes(text)) found.push(Number(name));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** The browser processes the CLI started (its direct children with a profile in its TMPDIR). */
export function browserPids(run: Running): number[] {
  try {
    const children = execFileSync('pgrep', ['-P', String(run.child.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
    return children.filter((pid) => processesMentioning(join(run.tmp, 'plugin-report-chromium-')).includes(pid));
  } catch {
    return []; // pgrep: no children
  }
}

/** Kills (SIGKILL) the CLI's browser; returns how many processes were killed. */
export function killBrowser(run: Running): number {
  const pids = browserPids(run);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return pids.length;
}

/** Waits (up to `ms`, checking every 100 ms) until no process mentions `text`; returns those left. */
export async function orphansOf(text: string, ms = 5_000): Promise<number[]> {
  for (let waited = 0; ; waited += 100) {
    const left = processesMentioning(text);
    if (left.length === 0 || waited >= ms) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every file below `dir`, relative, hidden ones (temp files) included. */
export function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
