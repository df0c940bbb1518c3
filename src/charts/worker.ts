// The chart worker's entry (see chart-client.ts): draws the charts it is asked for with the same
// code as in-process, so the SVG is byte-for-byte the same. It loads vega and warms it up on
// start, while the main thread is still reading the data.
import { parentPort } from 'node:worker_threads';
import type { ChartReply, ChartRequest } from './worker-client.js';
import { drawLocally, warmUpCharts } from './draw.js';

const port = parentPort;
if (!port) throw new Error('chart-worker.js runs as a worker thread only');

// Requests that arrive while warming up wait for it (one thread), then go in order.
let ready: Promise<unknown> = warmUpCharts().catch(() => undefined);
port.on('message', (request: ChartRequest) => {
  ready = ready.then(async () => {
    let reply: ChartReply;
    try {
      reply = { id: request.id, chart: await drawLocally(request.kind, request.input) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = { id: request.id, error: e.message, ...(e.stack ? { stack: e.stack } : {}) };
    }
    port.postMessage(reply);
  });
});
