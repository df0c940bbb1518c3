// Regions are independent by design (each pattern from that region's data alone), so they are
// solved side by side, one worker thread per region and at most one per core: the CPU time is the
// same, the wall time is divided by the cores. Each region's pattern depends on its task only, and
// the results come back in task order, so the patterns are the same for any number of threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { protectRegion, type RegionPattern, type RegionTask } from './region.js';
import { workerFile } from './worker-file.js';

export type RegionReply = { pattern: RegionPattern } | { error: string; stack?: string };

/** Threads at most: PLUGIN_REPORT_DISCLOSURE_THREADS, else the cores (capped: each holds a region). */
export function regionThreads(): number {
  const asked = Number(process.env['PLUGIN_REPORT_DISCLOSURE_THREADS']);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, Math.min(8, availableParallelism()));
}

export async function solveRegions(tasks: RegionTask[], pause?: () => Promise<void>): Promise<RegionPattern[]> {
  const file = workerFile();
  const threads = Math.min(regionThreads(), tasks.length);
  // One region, one core or no built worker: in process, yielding between programs.
  if (!file || threads <= 1) {
    const out: RegionPattern[] = [];
    for (const task of tasks) out.push(await protectRegion(task, pause));
    return out;
  }
  const out = new Array<RegionPattern>(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await inWorker(file, tasks[i]!);
    }
  };
  await Promise.all(Array.from({ length: threads }, lane));
  return out;
}

/** One region in a worker thread of its own (terminated with its parent: Ctrl-C stops it too). */
async function inWorker(file: string, task: RegionTask): Promise<RegionPattern> {
  const worker = new Worker(file, { workerData: { region: task } });
  try {
    return await new Promise<RegionPattern>((resolve, reject) => {
      worker.once('message', (reply: RegionReply) => {
        if ('pattern' in reply) resolve(reply.pattern);
        else reject(Object.assign(new Error(reply.error), reply.stack ? { stack: reply.stack } : {}));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`a region's disclosure worker exited (${code}) before it answered`)));
    });
  } finally {
    await worker.terminate();
  }
}
