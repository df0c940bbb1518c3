// Runs the disclosure solve (./solve.ts) in a worker thread, dist/disclosure-worker.js, so the main
// thread stays free: Ctrl-C terminates the worker at once, whatever LP it is in, and progress
// output keeps flowing. Run from source without a build there is no worker file, and the solve
// runs in-process, yielding to the event loop between programs (same result, same caches).
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { Unit } from '../indicators/types.js';
import { defaultCacheDir, folderCache } from './cache.js';
import { solveDisclosure, type Solved } from './solve.js';
import { workerFile } from './worker-file.js';

export type WorkerReply = { solved: Solved } | { error: string; stack?: string };

const stopped = (signal: AbortSignal) =>
  new UserError('Interrupted', `Stopped by ${String(signal.reason ?? 'a signal')} while choosing what to hide; nothing was written.`);

export async function solveOffThread(tops: Unit[], n: number, cacheDir: string | null | undefined, signal: AbortSignal): Promise<Solved> {
  if (signal.aborted) throw stopped(signal);
  const file = workerFile();
  if (!file) {
    const pause = async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal.aborted) throw stopped(signal);
    };
    const cache = cacheDir === null ? undefined : folderCache(cacheDir ?? defaultCacheDir());
    return solveDisclosure(tops, n, cache, pause);
  }
  const worker = new Worker(file, { workerData: { tops, n, cacheDir } });
  try {
    return await new Promise<Solved>((resolve, reject) => {
      const abort = () => reject(stopped(signal));
      signal.addEventListener('abort', abort, { once: true });
      worker.once('message', (reply: WorkerReply) => {
        signal.removeEventListener('abort', abort);
        if ('solved' in reply) resolve(reply.solved);
        else reject(Object.assign(new Error(reply.error), reply.stack ? { stack: reply.stack } : {}));
      });
      worker.once('error', (error) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      });
      worker.once('exit', (code) => reject(new Error(`the disclosure worker exited (${code}) before it answered`)));
    });
  } finally {
    await worker.terminate();
  }
}
