// Ctrl-C (SIGINT) and SIGTERM on the BUILT CLI: while the browser starts (a fake browser that
// never answers, so the CLI would otherwise wait for the protocol timeout) and in the middle of a
// build. Each must end the process with exit 2 ("Interrupted"), leave no half-written file, no
// browser process and no profile folder. The bound on the exit (5 s) is there so a hang fails the
// test instead of stalling it; it is not a timing measurement.
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesBelow, noChromiumReason, orphansOf, processesMentioning, startCli, type Running } from './helpers/faults.js';

const out = mkdtempSync(join(tmpdir(), 'plugin-report-signals-'));
const runs: Running[] = [];
afterAll(() => {
  for (const run of runs) {
    run.child.kill('SIGKILL');
    rmSync(run.tmp, { recursive: true, force: true });
  }
  rmSync(out, { recursive: true, force: true });
});

/** A "browser" that starts and never answers on the DevTools pipe. */
const neverAnswers = join(out, 'never-answering-chromium');
// No exec: the shell keeps the browser's command line (with the profile folder) visible.
writeFileSync(neverAnswers, '#!/bin/sh\nsleep 600\n');
chmodSync(neverAnswers, 0o755);

function start(args: string[], env: Record<string, string> = {}): Running {
  const run = startCli(args, env);
  runs.push(run);
  return run;
}

/** The exit code, or 'still running' if the process is not gone within `ms`. */
async function exitWithin(run: Running, ms: number): Promise<number | string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running'), ms)));
  const result = await Promise.race([run.exited, late]);
  clearTimeout(timer);
  return result;
}

/** Waits (up to 30 s, so a broken setup fails instead of hanging) until `condition` holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 30_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function expectNothingLeft(run: Running, outDir: string): Promise<void> {
  expect(filesBelow(outDir).filter((f) => !f.endsWith('.pdf'))).toEqual([]);
  for (const pdf of filesBelow(outDir)) expect(readFileSync(join(outDir, pdf)).subarray(-8).toString('latin1'), pdf).toMatch(/%%EOF\s*$/);
  expect(readdirSync(run.tmp).filter((n) => n.startsWith('plugin-report-chromium-'))).toEqual([]);
  expect(await orphansOf(run.tmp)).toEqual([]);
}

describe.each(['SIGINT', 'SIGTERM'] as const)('%s', (signal) => {
  it.each(['build', 'brochures'])(
    'while the browser starts (one that never answers): %s exits 2 at once, nothing left',
    async (command) => {
      const dir = join(out, `${command}-${signal}-start`);
      const run = start([command, '--region', 'skane', '--data', 'fixtures', '--out', dir], { PLUGIN_REPORT_CHROMIUM: neverAnswers });
      // The fake browser is running, with its profile folder in the run's TMPDIR.
      await until(() => processesMentioning(join(run.tmp, 'plugin-report-chromium-')).length > 0, 'the fake browser to start');
      run.child.kill(signal);
      expect(await exitWithin(run, 5_000)).toBe(2);
      expect(run.stderr()).toContain(`Interrupted: Stopped by ${signal}`);
      expect(filesBelow(dir)).toEqual([]);
      await expectNothingLeft(run, dir);
    },
    60_000,
  );
});

describe.skipIf(noChromiumReason() !== undefined)(
  `signals during printing${noChromiumReason() ? ` (skipped: ${noChromiumReason()})` : ''}`,
  () => {
    it.each(['SIGINT', 'SIGTERM'] as const)(
      '%s in the middle of build --all: exit 2, only whole PDFs, no browser or profile left',
      async (signal) => {
        const dir = join(out, `build-${signal}`);
        const run = start(['build', '--all', '--data', 'fixtures', '--out', dir]);
        await run.waitFor(/^wrote /m);
        run.child.kill(signal);
        expect(await exitWithin(run, 5_000)).toBe(2);
        expect(run.stderr()).toContain(`Interrupted: Stopped by ${signal}`);
        const written = filesBelow(dir);
        expect(written.length).toBeGreaterThan(0);
        expect(written.length).toBeLessThan(9);
        for (const pdf of written) expect(run.stdout()).toContain(`wrote ${join(dir, pdf)} (`);
        await expectNothingLeft(run, dir);
      },
      120_000,
    );
  },
);

describe.each(['SIGINT', 'SIGTERM'] as const)('%s while disclosure control solves', (signal) => {
  it('stops a cold solve (the LPs run in a worker thread) at once: exit 2, nothing written', async () => {
    const dir = join(out, `figures-${signal}-solve`);
    // An empty cache: the solve is cold and takes seconds, so the signal lands in the middle of it.
    const cache = mkdtempSync(join(tmpdir(), 'plugin-report-signals-cache-'));
    try {
      const file = join(dir, 'figures.json');
      const run = start(['figures', '--national', '--data', 'fixtures', '--cache-dir', cache, '--out', file], {
        PLUGIN_REPORT_TIMING: '1',
      });
      await run.waitFor(/disclosure: solving/);
      await new Promise((r) => setTimeout(r, 500)); // the worker is in its LPs (a cold solve takes tens of seconds)
      run.child.kill(signal);
      expect(await exitWithin(run, 5_000)).toBe(2);
      expect(run.stderr()).toContain(`Interrupted: Stopped by ${signal}`); // the worker's words, or the entry's after its grace
      expect(filesBelow(dir)).toEqual([]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);
});
