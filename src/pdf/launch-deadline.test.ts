import type { Browser } from 'puppeteer-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchWithDeadline } from './engine.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('launchWithDeadline', () => {
  it('fails a launch that never settles, and aborts it, instead of letting the event loop empty', async () => {
    vi.useFakeTimers();
    let given: AbortSignal | undefined;
    const started = launchWithDeadline(new AbortController().signal, (signal) => {
      given = signal;
      return new Promise<Browser>(() => undefined); // what a browser killed mid-start left us
    });
    const outcome = started.then(
      () => 'started',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(64_000);
    expect(given?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await outcome).toBe('the browser did not start within 65 s');
    expect(given?.aborted).toBe(true);
  });

  it('passes the run signal through: Ctrl-C aborts the launch', async () => {
    const run = new AbortController();
    let given: AbortSignal | undefined;
    const started = launchWithDeadline(run.signal, (signal) => {
      given = signal;
      return new Promise<Browser>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    });
    run.abort('SIGINT');
    await expect(started).rejects.toThrow('aborted');
    expect(given?.aborted).toBe(true);
  });

  it('returns the browser of a launch that succeeds', async () => {
    const browser = { fake: true } as unknown as Browser;
    await expect(launchWithDeadline(new AbortController().signal, async () => browser)).resolves.toBe(browser);
  });
});
