// The disclosure worker's entry (built to dist/disclosure-worker.js, see ./worker-client.ts): the
// linear programs of one run, off the main thread, so Ctrl-C and progress output are never held
// up by a long solve. One request per worker; the reply is the pattern and its audit.
import { parentPort, workerData } from 'node:worker_threads';
import type { Unit } from '../indicators/types.js';
import { defaultCacheDir, folderCache } from './cache.js';
import { solveDisclosure } from './solve.js';
import type { WorkerReply } from './worker-client.js';

const port = parentPort;
if (!port) throw new Error('disclosure-worker.js runs as a worker thread only');
const { tops, n, cacheDir } = workerData as { tops: Unit[]; n: number; cacheDir: string | null | undefined };

const cache = cacheDir === null ? undefined : folderCache(cacheDir ?? defaultCacheDir());
solveDisclosure(tops, n, cache).then(
  (solved) => port.postMessage({ solved } satisfies WorkerReply, [solved.hidden.buffer as ArrayBuffer]),
  (error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ error: e.message, ...(e.stack ? { stack: e.stack } : {}) } satisfies WorkerReply);
  },
);
