import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import type { PdfEngine, RenderJob } from './api.js';
import { RecyclingEngine, browserGone, perBrowser } from './batch-engine.js';

/** A fake browser: records what it printed; can be made to die. */
class FakeEngine implements PdfEngine {
  static opened: FakeEngine[] = [];
  printed: string[] = [];
  closed = false;
  dead = false;
  inFlight = 0;
  maxInFlight = 0;
  constructor(readonly id: number) {}
  async render(job: RenderJob) {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((r) => setTimeout(r, 2));
      if (this.dead || this.closed) throw new UserError('BrowserFailed', `Printing ${job.outFile} failed: Protocol error: Target closed`);
      if (job.outFile === 'kill') this.dead = true;
      if (job.outFile === 'bad') throw new UserError('BrowserFailed', 'Printing bad failed: a document error');
      this.printed.push(job.outFile);
      return { outFile: job.outFile, pages: 3 };
    } finally {
      this.inFlight--;
    }
  }
  async close() {
    // Two browsers must never be open at once.
    expect(FakeEngine.opened.filter((e) => !e.closed && e !== this)).toEqual([]);
    this.closed = true;
  }
}

function opener() {
  FakeEngine.opened = [];
  return async () => {
    const e = new FakeEngine(FakeEngine.opened.length);
    FakeEngine.opened.push(e);
    return e;
  };
}

const job = (outFile: string): RenderJob => ({ template: 'brochure', context: {}, meta: { title: '', shortTitle: '', author: '', subject: '', keywords: [], lang: 'sv' }, outFile });

describe('RecyclingEngine', () => {
  it('starts a fresh browser every N documents, closing the old one first, and prints everything once', async () => {
    const engine = await RecyclingEngine.open({ open: opener(), recycleAfter: 3, maxRestarts: 0 });
    const names = Array.from({ length: 10 }, (_, i) => `d${i}`);
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        while (next < names.length) await engine.render(job(names[next++]!));
      }),
    );
    await engine.close();
    expect(FakeEngine.opened.map((e) => e.printed.length)).toEqual([3, 3, 3, 1]);
    expect(FakeEngine.opened.flatMap((e) => e.printed).sort()).toEqual([...names].sort());
    expect(FakeEngine.opened.every((e) => e.closed)).toBe(true);
    expect(engine.recycles).toBe(3);
  });

  it('counts a document printed again (a tighter layout) once, so a reprint never starts a browser', async () => {
    const engine = await RecyclingEngine.open({ open: opener(), recycleAfter: 3, maxRestarts: 0 });
    for (const name of ['a', 'a', 'b', 'b', 'c', 'c']) await engine.render(job(name));
    await engine.render(job('d'));
    await engine.close();
    expect(FakeEngine.opened.map((e) => e.printed)).toEqual([['a', 'a', 'b', 'b', 'c', 'c'], ['d']]);
  });

  it('follows the share of a batch planned once its size is known', async () => {
    const engine = await RecyclingEngine.open({ open: opener(), recycleAfter: 2, maxRestarts: 0 });
    expect(engine.planBatch(3)).toBe(2);
    for (const name of ['a', 'b', 'c']) await engine.render(job(name));
    await engine.close();
    expect(FakeEngine.opened.map((e) => e.printed.length)).toEqual([2, 1]);
  });

  it('retries the documents a dead browser took with it in a fresh one', async () => {
    const engine = await RecyclingEngine.open({ open: opener(), recycleAfter: 100, maxRestarts: 2 });
    const results = await Promise.allSettled(['a', 'kill', 'b', 'c', 'd'].map((n) => engine.render(job(n))));
    await engine.close();
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(0);
    expect(engine.restarts).toBe(1);
    expect(FakeEngine.opened.length).toBe(2);
  });

  it('does not retry a document that fails on its own, and gives up after maxRestarts', async () => {
    const engine = await RecyclingEngine.open({ open: opener(), recycleAfter: 100, maxRestarts: 0 });
    await expect(engine.render(job('bad'))).rejects.toThrow('a document error');
    await engine.render(job('kill'));
    await expect(engine.render(job('after'))).rejects.toThrow('Target closed');
    await engine.close();
    expect(FakeEngine.opened.length).toBe(1);
  });

  it('shares a batch evenly between as few browsers as the maximum allows', () => {
    expect(perBrowser(50, 50)).toBe(50);
    expect(perBrowser(51, 50)).toBe(26);
    expect(perBrowser(290, 50)).toBe(49);
    expect(perBrowser(7, 50)).toBe(7);
    expect(perBrowser(0, 50)).toBe(1);
  });

  it('tells a dead browser from a failed document', () => {
    expect(browserGone(new UserError('BrowserFailed', 'Printing x failed: Connection closed.'))).toBe(true);
    expect(browserGone(new UserError('RenderTimeout', 'x was not printed within 120 s.'))).toBe(false);
    expect(browserGone(new UserError('Interrupted', 'Stopped by SIGINT; the browser was closed.'))).toBe(false);
    expect(browserGone(new Error('Protocol error (Target.createTarget): Target closed'))).toBe(true);
    expect(browserGone(new UserError('BrowserFailed', 'The PDF engine was closed while documents were still printing.'))).toBe(true);
  });
});
