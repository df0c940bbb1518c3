// Charts drawn in a worker thread, for a batch of brochures. vega is the largest piece of Node
// work in each brochure; drawn on the main thread it also holds the event loop, so the pages wait
// for answers (a document loading, a PDF coming back) while a chart is drawn. In a worker the
// main thread stays free for the browser, and the worker's vega is loaded and warm while the data
// is still being read. A report (`build`) draws its charts in-process: for one document the
// worker's start costs more than it saves.
//
// The worker is the built dist/chart-worker.js. Run from source (unit tests) there is none, and
// charts are drawn in-process as before; so they are if the worker fails to start or dies.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../util/package-root.js';
import type { Chart } from './chart.js';
import { maskStrings } from '../util/mask-deep.js';

export type ChartKind = 'horizontalBars' | 'groupedBars' | 'kaaFunnel' | 'stacked100';

export interface ChartRequest {
  id: number;
  kind: ChartKind;
  input: unknown;
}

export type ChartReply = { id: number; chart: Chart } | { id: number; error: string; stack?: string };

interface Pending {
  resolve: (chart: Chart) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

/**
 * Starts the chart worker (idempotent); a no-op where there is no built worker, or with
 * PLUGIN_REPORT_CHART_WORKER=0 (charts in-process, e.g. to compare: the output is the same).
 */
export function startChartWorker(): void {
  if (worker || process.env['PLUGIN_REPORT_CHART_WORKER'] === '0') return;
  const file = packagePath('dist', 'chart-worker.js');
  if (!existsSync(file)) return;
  const w = new Worker(file);
  w.unref(); // only pending charts keep the process alive (see call)
  w.on('message', (reply: ChartReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    if ('chart' in reply) waiting.resolve(reply.chart);
    else waiting.reject(Object.assign(new Error(reply.error), reply.stack ? { stack: reply.stack } : {}));
  });
  // Also after stopChartWorker(): charts still waiting are then drawn in-process.
  const gone = (error: Error) => {
    if (worker === w) worker = undefined;
    for (const waiting of pending.values()) waiting.reject(Object.assign(error, { workerGone: true }));
    pending.clear();
  };
  w.on('error', gone);
  w.on('exit', (code) => gone(new Error(`the chart worker exited (${code})`)));
  worker = w;
}

/** Stops the worker; charts asked for later are drawn in-process. */
export async function stopChartWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await w.terminate();
}

/**
 * The chart drawn by the worker, or by `local` when there is no worker or it has gone. An error
 * in drawing itself (the same code would fail in-process too) is passed on.
 */
export async function drawnByWorker<I>(kind: ChartKind, unmasked: I, local: (input: I) => Promise<Chart>): Promise<Chart> {
  // Labels are names from the data folder, drawn into the SVG: masked here, the one way in for
  // every chart, since the render context's masking sees a drawn chart only as trusted markup.
  const input = maskStrings(unmasked);
  const w = worker;
  if (!w) return local(input);
  try {
    return await new Promise<Chart>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      if (pending.size === 1) w.ref();
      w.postMessage({ id, kind, input } satisfies ChartRequest);
    });
  } catch (error) {
    if ((error as { workerGone?: boolean }).workerGone) return local(input);
    throw error;
  }
}
