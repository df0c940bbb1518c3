// The disclosure worker's entry (built to dist/disclosure-worker.js, see ./worker-client.ts): the
// linear programs of one run, off the main thread, so Ctrl-C and progress output are never held
// up by a long solve. One request per worker: a whole solve (the pattern and its audit), or, from
// the solve's own thread, one region's pattern (./region-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { Unit } from '../indicators/types.js';
import { defaultCacheDir, folderCache } from './cache.js';
import { protectRegion, type RegionTask } from './region.js';
import type { RegionReply } from './region-pool.js';
import { solveDisclosure } from './solve.js';
import type { WorkerReply } from './worker-client.js';

const port = parentPort;
if (!port) throw new Error('disclosure-worker.js runs as a worker thread only');
const failed = (error: unknown) => {
  const e = error instanceof Error ? error : new Error(String(error));
  return { error: e.message, ...(e.stack ? { stack: e.stack } : {}) };
};

const request = workerData as { region: RegionTask } | { tops: Unit[]; n: number; cacheDir: string | null | undefined };
if ('region' in request) {
  protectRegion(request.region).then(
    (pattern) =>
      port.postMessage({ pattern } satisfies RegionReply, [pattern.hidden.buffer, pattern.up.buffer, pattern.down.buffer] as ArrayBuffer[]),
    (error: unknown) => port.postMessage(failed(error) satisfies RegionReply),
  );
} else {
  const { tops, n, cacheDir } = request;
  const cache = cacheDir === null ? undefined : folderCache(cacheDir ?? defaultCacheDir());
  solveDisclosure(tops, n, cache).then(
    (solved) => port.postMessage({ solved } satisfies WorkerReply, [solved.hidden.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage(failed(error) satisfies WorkerReply),
  );
}
