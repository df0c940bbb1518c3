import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { packagePath } from '../util/package-root.js';
import { startChartWorker, stopChartWorker } from './worker-client.js';
import { horizontalBars } from './draw.js';

const input = {
  title: 'Utfall vid avslut',
  categories: [
    { label: 'Studier', women: 12, men: 9, total: 21 },
    { label: 'Arbete', women: 3, men: 5, total: 8 },
  ],
};

// The worker is the built dist/chart-worker.js (`npm test` builds first).
describe.runIf(existsSync(packagePath('dist', 'chart-worker.js')))('the chart worker', () => {
  afterEach(() => stopChartWorker());

  it('draws the same SVG as the main thread', async () => {
    const local = await horizontalBars(input);
    startChartWorker();
    const drawn = await horizontalBars(input);
    expect(drawn).toEqual(local);
  });

  it('falls back to drawing in-process when the worker goes away mid-chart', async () => {
    const local = await horizontalBars(input);
    startChartWorker();
    const pending = horizontalBars(input);
    await stopChartWorker();
    expect(await pending).toEqual(local);
  });
});
