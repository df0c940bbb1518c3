// A PdfEngine for long batches (hundreds of brochures): it keeps ONE browser at a time but starts a
// fresh one (1) every `recycleAfter` documents — Chromium's renderer processes grow with every
// document a reused tab prints, so a batch of 290 would otherwise end far above one of 50; a
// document printed again (a brochure in a tighter layout) still counts once, so reprints never
// start a browser for a batch's last few brochures — and (2) when the browser dies under us
// (crashed, killed), retrying the documents it took with it once instead of failing them one by
// one. Recycling drains first: the old browser finishes its documents and closes before the new
// one starts, so two browsers never add up.
import { isUserError } from '../errors.js';
import type { PdfEngine, RenderJob, RenderResult } from './api.js';

export interface RecyclingOptions {
  open: () => Promise<PdfEngine>;
  /** Documents per browser before a fresh one is started. */
  recycleAfter: number;
  /** Fresh browsers allowed after crashes, for the whole batch. */
  maxRestarts: number;
}

/**
 * Documents per browser for a batch of `total`: as few browsers as `max` per browser allows,
 * sharing the batch evenly, so no browser is started for the last few (51 → 26 + 25, not 50 + 1).
 */
export function perBrowser(total: number, max: number): number {
  const browsers = Math.max(1, Math.ceil(total / max));
  return Math.max(1, Math.ceil(total / browsers));
}

/** The browser process or its connection is gone (as opposed to one document failing). */
export function browserGone(error: unknown): boolean {
  if (isUserError(error) && error.errorName !== 'BrowserFailed') return false;
  const message = error instanceof Error ? error.message : String(error);
  return /Target closed|Connection closed|Session closed|browser has disconnected|Browser closed|engine is already closed|engine was closed while/i.test(message);
}

export class RecyclingEngine implements PdfEngine {
  private engine!: PdfEngine;
  /** The documents (by output file) the current browser has taken. */
  private documents = new Set<string>();
  private inFlight = 0;
  private crashed = false;
  private gate: Promise<void> | undefined;
  private drained: (() => void) | undefined;
  /** Browsers started after a crash / for recycling, for tests and summaries. */
  restarts = 0;
  recycles = 0;
  /** Documents per browser: options.recycleAfter, or less once planBatch shares a batch out. */
  private recycleAfter: number;

  private constructor(private readonly options: RecyclingOptions) {
    this.recycleAfter = options.recycleAfter;
  }

  static async open(options: RecyclingOptions): Promise<RecyclingEngine> {
    const engine = new RecyclingEngine(options);
    engine.engine = await options.open();
    return engine;
  }

  /**
   * Shares a batch of `total` documents evenly between as few browsers as options.recycleAfter
   * allows (see perBrowser); returns the documents each browser will print.
   */
  planBatch(total: number): number {
    this.recycleAfter = perBrowser(total, this.options.recycleAfter);
    return this.recycleAfter;
  }

  async render(job: RenderJob): Promise<RenderResult> {
    for (let attempt = 0; ; attempt++) {
      const engine = await this.enter(job);
      try {
        return await engine.render(job);
      } catch (error) {
        if (attempt > 0 || !browserGone(error)) throw error;
        // The first to notice asks for a fresh browser; the others just retry in it.
        if (engine === this.engine && !this.crashed) {
          if (this.restarts >= this.options.maxRestarts) throw error;
          this.restarts++;
          this.crashed = true;
        }
      } finally {
        this.leave();
      }
    }
  }

  async close(): Promise<void> {
    while (this.gate) await this.gate.catch(() => undefined);
    await this.engine.close();
  }

  private async enter(job: RenderJob): Promise<PdfEngine> {
    for (;;) {
      if (this.gate) {
        await this.gate;
        continue;
      }
      const known = this.documents.has(job.outFile);
      if (this.crashed || (!known && this.documents.size >= this.recycleAfter)) {
        this.gate = this.replace().finally(() => {
          this.gate = undefined;
        });
        continue;
      }
      this.inFlight++;
      this.documents.add(job.outFile);
      return this.engine;
    }
  }

  private leave(): void {
    this.inFlight--;
    if (this.inFlight === 0) this.drained?.();
  }

  private async replace(): Promise<void> {
    const old = this.engine;
    if (this.crashed) {
      // A dead browser's documents fail fast once it is closed; no need to wait for them.
      await old.close().catch(() => undefined);
    } else {
      if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      this.drained = undefined;
      await old.close();
      this.recycles++;
    }
    this.engine = await this.options.open();
    this.documents = new Set();
    this.crashed = false;
  }
}
