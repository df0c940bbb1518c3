// The PDF engine: ONE headless Chromium per run, pages pooled up to `concurrency`, each page a
// sandbox (no JavaScript, no network, no file access: every request but data: is refused), a
// timeout per document, atomic output (temp file beside the target, then rename), and the browser
// closed whatever happens — on success, on error, and on SIGINT/SIGTERM.
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import type { ChildProcess } from 'node:child_process';
import { UserError, isUserError } from '../errors.js';
import { VERSION } from '../version.js';
import type { EngineOptions, PdfEngine, RenderJob, RenderResult } from './api.js';
import { LAUNCH_ARGS, findBrowser } from './find-browser.js';
import { ensureDir } from '../util/fs.js';
import { renderHtml, tocPageTexts, tocPlaceholders, warmUpHtml, type TocEntry } from '../html/render.js';
import { mark } from '../util/timing.js';
import { buildDate, finalizeDocument, loadPdf, outlineOf, type OutlineItem } from './post/metadata.js';
import { finishSkiaPdf, readSkiaOutline } from './post/finish.js';
import { fillTocInPdf } from './post/toc.js';
import { continueBrokenTables } from './continued-tables.js';
import { createProfileDir, removeProfileDir, sweepStaleProfileDirs } from './profile-dirs.js';
import { cleanUpOnExit, holdInterruptSignal } from '../util/signals.js';
import { outputNotWritable } from '../util/output-errors.js';
import { sweepStaleTempFiles } from '../util/stale-temp-files.js';
import { interruptedError } from '../util/interrupt.js';

const DEFAULT_TIMEOUT_MS = 120_000;
/** How every document is printed: A4 from the CSS, backgrounds, tagged, with the outline. */
const PRINT_OPTIONS = {
  format: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
  waitForFonts: true,
} as const;
/** Passes after the first: one to fill the TOC, one more if that moved any heading. */
const MAX_TOC_PASSES = 3;

/** Collapses whitespace (incl. no-break spaces) so outline titles compare with heading texts. */
export function normalizeTitle(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/** Maps each TOC entry to the page of its heading's bookmark, matching titles in document order. */
export function tocPagesFromOutline(entries: TocEntry[], outline: OutlineItem[]): Record<string, number> {
  const pages: Record<string, number> = {};
  let cursor = 0;
  for (const entry of entries) {
    const full = normalizeTitle(`${entry.number} ${entry.title}`);
    const title = normalizeTitle(entry.title);
    for (let i = cursor; i < outline.length; i++) {
      const item = normalizeTitle(outline[i]!.title);
      if (item === full || item === title) {
        if (outline[i]!.page > 0) pages[entry.id] = outline[i]!.page;
        cursor = i + 1;
        break;
      }
    }
  }
  return pages;
}

/** The bookmarks of a printed PDF: read from Skia's bytes directly, else with pdf-lib. */
async function outlineOfPdf(pdf: Uint8Array): Promise<OutlineItem[]> {
  return readSkiaOutline(pdf) ?? outlineOf(await loadPdf(pdf));
}

/**
 * Writes the page numbers into the table of contents of the document loaded in `page`, through
 * the DevTools DOM domain (no script runs in the page). The numbers sit in fixed-width boxes, so
 * nothing else moves, and Chromium only lays the document out again instead of parsing it anew.
 */
async function fillTocPages(page: Page, entries: TocEntry[], pages: Record<string, number>): Promise<void> {
  const client = await page.createCDPSession();
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.toc-page' });
    // The template writes one .toc-page per entry, in the order of the entries.
    if (nodeIds.length !== entries.length) {
      throw new Error(`the table of contents has ${nodeIds.length} page boxes for ${entries.length} entries`);
    }
    const texts = tocPageTexts(entries, pages);
    await Promise.all(
      nodeIds.map((nodeId, i) => client.send('DOM.setOuterHTML', { nodeId, outerHTML: `<span class="toc-page">${texts[i]}</span>` })),
    );
  } finally {
    await client.detach().catch(() => undefined);
  }
}

function samePages(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

interface Printed {
  pdf: Uint8Array;
  passes: number;
  /** Page of each heading id, when the document has a table of contents. */
  tocPages?: Record<string, number>;
}

class Engine implements PdfEngine {
  private readonly idle: Page[] = [];
  private readonly waiters: Array<{ resolve: (page: Page) => void; reject: (error: unknown) => void }> = [];
  private pagesOpen = 0;
  /** Temp files being written, with the write: close() waits for it before removing the file. */
  private readonly tempFiles = new Map<string, Promise<unknown>>();
  /**
   * Outputs whose final rename has been issued. A stop that lands while the rename is in flight
   * leaves a whole PDF in place, so its job is reported as written, never as interrupted.
   */
  private readonly renaming = new Set<string>();
  private readonly folders = new Set<string>();
  private closing: Promise<void> | undefined;
  private interruptedBy: string | undefined;
  /** Set when the browser went away on its own (crashed, killed): the engine then closes itself. */
  private crashed = false;
  /** Rejects when the engine closes, so renders in flight or waiting for a page never hang. */
  private readonly stopped: Promise<never>;
  private stop: (reason: unknown) => void = () => undefined;
  private readonly onAbort = () => {
    this.interruptedBy = String(this.signal.reason ?? 'a signal');
    void this.close();
  };
  private readonly onDisconnected = () => {
    if (this.closing) return;
    // Without this, documents waiting for a page would wait forever: nothing else settles them.
    this.crashed = true;
    void this.close();
  };

  constructor(
    private readonly browser: Browser,
    private readonly userDataDir: string,
    private readonly concurrency: number,
    private readonly timeoutMs: number,
    private readonly creator: string,
    private readonly producer: string,
    private readonly signal: AbortSignal,
    private readonly releaseSignal: () => void,
    private readonly unregisterExitCleanup: () => void,
  ) {
    this.stopped = new Promise<never>((_, reject) => {
      this.stop = reject;
    });
    this.stopped.catch(() => undefined);
    signal.addEventListener('abort', this.onAbort, { once: true });
    browser.on('disconnected', this.onDisconnected);
  }

  async render(job: RenderJob): Promise<RenderResult> {
    this.assertOpen();
    renderHtml(job); // before taking a page (cached: a caller may have rendered it ahead)
    const page = await Promise.race([this.acquire(), this.stopped]);
    let released = false;
    const release = (healthy: boolean) => {
      if (released) return;
      released = true;
      this.release(page, healthy);
    };
    let timer: NodeJS.Timeout | undefined;
    const work = (async () => {
      const printed = await this.printOn(page, job);
      // The page is free once the PDF is in Node: the next document prints while this one is
      // finished and written.
      release(true);
      return this.finish(job, printed);
    })();
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new UserError('RenderTimeout', `${basename(job.outFile)} was not printed within ${Math.round(this.timeoutMs / 1000)} s.`),
            ),
          this.timeoutMs,
        );
      });
      return await Promise.race([work, timeout, this.stopped]);
    } catch (error) {
      if (this.renaming.has(job.outFile)) {
        try {
          return await work;
        } catch {
          // The rename failed after all: the error below is the one to report.
        }
      }
      release(false);
      work.catch(() => undefined);
      throw this.explain(error, job);
    } finally {
      clearTimeout(timer);
      release(true);
    }
  }

  /** Prints the job in `page`: the PDF with its table of contents filled in, and the passes it took. */
  private async printOn(page: Page, job: RenderJob): Promise<Printed> {
    const name = basename(job.outFile);
    const print = (): Promise<Uint8Array> => page.pdf({ ...PRINT_OPTIONS, timeout: this.timeoutMs });

    await page.setContent(renderHtml(job), { waitUntil: 'load', timeout: this.timeoutMs });
    mark(`${name}: content set`);
    let pdf = await print();
    mark(`${name}: pass 1 printed`);
    let passes = 1;
    if (job.toc) {
      // A report's tables that break across pages are split, their continuations captioned "(forts.)".
      // Those prints are not the table of contents' passes (counted and capped below).
      const continued = await continueBrokenTables(page, pdf, print);
      pdf = continued.pdf;
      if (continued.prints > 0) mark(`${name}: tables continued, ${continued.prints} more prints`);
    }
    let tocPages: Record<string, number> | undefined;
    const entries = Array.isArray(job.context['toc']) ? (job.context['toc'] as TocEntry[]) : [];
    if (job.toc && entries.length > 0) {
      // Pass 1 printed placeholders of the same width. Its bookmarks give each heading's page; the
      // numbers are then written into that very PDF (pdf-toc.ts). Where that cannot be done, they
      // are written into the loaded page and it is printed again, until the headings stop moving.
      tocPages = tocPagesFromOutline(entries, await outlineOfPdf(pdf));
      // PLUGIN_REPORT_TOC=reprint takes the slow way, for tests that compare the two.
      const filled =
        process.env['PLUGIN_REPORT_TOC'] === 'reprint'
          ? undefined
          : fillTocInPdf(pdf, tocPlaceholders(entries), tocPageTexts(entries, tocPages));
      if (filled) {
        pdf = filled;
        mark(`${name}: table of contents filled in the PDF`);
      }
      while (!filled && passes < MAX_TOC_PASSES) {
        await fillTocPages(page, entries, tocPages);
        pdf = await print();
        passes++;
        const found = tocPagesFromOutline(entries, await outlineOfPdf(pdf));
        mark(`${name}: pass ${passes} printed and read`);
        if (samePages(found, tocPages)) break;
        tocPages = found;
      }
    }
    return { pdf, passes, ...(tocPages ? { tocPages } : {}) };
  }

  /** Post-processes a printed PDF and writes it (no page needed). */
  private async finish(job: RenderJob, { pdf, passes, tocPages }: Printed): Promise<RenderResult> {
    this.assertOpen();
    const dumpDir = process.env['PLUGIN_REPORT_DUMP_HTML'];
    if (dumpDir) {
      // The final HTML as one document (what a fresh tab would print): the bench's floor prints it.
      await ensureDir(dumpDir);
      const html = renderHtml(job, tocPages ? { tocPages } : {});
      await writeFile(join(dumpDir, basename(job.outFile).replace(/\.pdf$/i, '') + '.html'), html);
    }

    const options = { date: buildDate(job.date ?? new Date()), creator: this.creator, producer: this.producer };
    const { bytes, pages } = finishSkiaPdf(pdf, job.meta, options) ?? (await finalizeDocument(await loadPdf(pdf), job.meta, options));
    mark(`${basename(job.outFile)}: finalized`);
    await this.writeAtomically(job.outFile, bytes);
    return { outFile: job.outFile, pages, passes };
  }

  private async writeAtomically(outFile: string, bytes: Uint8Array): Promise<void> {
    const dir = dirname(outFile);
    const temp = join(dir, `.${basename(outFile)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      // Once per folder and run: a batch writes hundreds of PDFs into the same one.
      if (!this.folders.has(dir)) {
        await ensureDir(dir);
        this.folders.add(dir);
        sweepStaleTempFiles(dir);
      }
      const writing = writeFile(temp, bytes, { flag: 'wx' });
      this.tempFiles.set(temp, writing);
      try {
        await writing;
      } catch (error) {
        throw outputNotWritable(outFile, error);
      }
      this.assertOpen();
      this.renaming.add(outFile);
      try {
        await rename(temp, outFile);
      } catch (error) {
        throw outputNotWritable(outFile, error, 'rename');
      }
    } catch (error) {
      // Quietly: the error that matters is the one above (rm itself fails with ENOTDIR there).
      await rm(temp, { force: true }).catch(() => undefined);
      if (isUserError(error)) throw error;
      throw outputNotWritable(outFile, error);
    } finally {
      this.tempFiles.delete(temp);
    }
  }

  private explain(error: unknown, job: RenderJob): unknown {
    if (this.interruptedBy)
      return new UserError(
        'Interrupted',
        `Stopped by ${this.interruptedBy} while printing ${basename(job.outFile)}; the browser was closed.`,
      );
    if (isUserError(error)) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof TimeoutError) {
      return new UserError('RenderTimeout', `${basename(job.outFile)}: ${message}`, { cause: error });
    }
    return new UserError('BrowserFailed', `Printing ${basename(job.outFile)} failed: ${message}`, { cause: error });
  }

  private assertOpen(): void {
    if (this.interruptedBy) throw new UserError('Interrupted', `Stopped by ${this.interruptedBy}; the browser was closed.`);
    if (this.closing) throw new UserError('BrowserFailed', 'The PDF engine is already closed.');
  }

  /** Opens the first page ahead of time (the caller is still building its documents). */
  async openFirstPage(): Promise<void> {
    if (this.pagesOpen > 0) return;
    this.pagesOpen++;
    try {
      this.idle.push(await this.newSandboxPage());
    } catch (error) {
      this.pagesOpen--;
      throw error;
    }
  }

  /**
   * Opens the pages up to `concurrency` and prints a small document with the template's fonts and
   * CSS in each, while the caller is still reading data and building views (Chromium is idle
   * then): the fonts are decoded and cached and the print path is warm, so the first real
   * document loads ~0.1 s faster. A page being warmed up is in use; it goes to the first document
   * waiting as soon as it is done, and skips the print when one is already waiting.
   */
  warmUp(html: string): void {
    const warm = async (page: Page) => {
      try {
        mark('warm-up: start');
        await page.setContent(html, { waitUntil: 'load', timeout: this.timeoutMs });
        mark('warm-up: content set');
        if (this.waiters.length === 0) await page.pdf({ ...PRINT_OPTIONS, timeout: this.timeoutMs });
        mark('warm-up: printed');
        this.release(page, true);
      } catch {
        this.release(page, false);
      }
    };
    for (const page of this.idle.splice(0)) void warm(page);
    const open = async () => {
      while (this.pagesOpen < this.concurrency && !this.closing) {
        this.pagesOpen++;
        let page: Page;
        try {
          page = await this.newSandboxPage();
        } catch {
          this.pagesOpen--;
          return;
        }
        void warm(page);
      }
    };
    void open();
  }

  private async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    if (this.pagesOpen < this.concurrency) {
      this.pagesOpen++;
      try {
        return await this.newSandboxPage();
      } catch (error) {
        this.pagesOpen--;
        throw error;
      }
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private release(page: Page, healthy: boolean): void {
    if (!healthy || this.closing) {
      this.pagesOpen--;
      page.close().catch(() => undefined);
      // A waiter gets a fresh page instead of the broken one.
      const waiter = this.waiters.shift();
      if (waiter && !this.closing) {
        this.pagesOpen++;
        this.newSandboxPage().then(waiter.resolve, (error: unknown) => {
          this.pagesOpen--;
          // The document waiting fails (and is reported) instead of waiting forever.
          waiter.reject(error);
        });
      }
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(page);
    else this.idle.push(page);
  }

  private async newSandboxPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // Our documents are self-contained (data: fonts, inline CSS/SVG); nothing else may load.
      const url = request.url();
      if (url.startsWith('data:') || url === 'about:blank') void request.continue();
      else void request.abort('blockedbyclient');
    });
    return page;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      const reason = this.interruptedBy
        ? new UserError('Interrupted', `Stopped by ${this.interruptedBy}; the browser was closed.`)
        : this.crashed
          ? new UserError('BrowserFailed', 'The browser has disconnected: it crashed or was killed.')
          : new UserError('BrowserFailed', 'The PDF engine was closed while documents were still printing.');
      this.stop(reason);
      for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
      this.browser.off('disconnected', this.onDisconnected);
      this.signal.removeEventListener('abort', this.onAbort);
      this.releaseSignal();
      await closeBrowser(this.browser);
      mark('engine: browser closed');
      // A write still going would create its temp file after the removal: let it finish first.
      await Promise.allSettled(this.tempFiles.values());
      this.removeFiles();
      this.unregisterExitCleanup();
      mark('engine: profile removed');
    })();
    return this.closing;
  }

  /** Temp files and the profile folder; also run, synchronously, if the process exits first. */
  removeFiles(): void {
    for (const temp of this.tempFiles.keys()) rmSync(temp, { force: true });
    removeProfileDir(this.userDataDir);
  }
}

/**
 * Kills what is left of the browser: its whole process group (puppeteer starts it detached, as a
 * group of its own). After a crash of the main process its helpers (zygote, renderers) would
 * otherwise linger for a while, writing to the profile folder being removed.
 */
function killBrowserGroup(child: ChildProcess | null): void {
  if (!child?.pid) return;
  try {
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Closes the browser and waits until its process has exited (it may still write to its profile). */
async function closeBrowser(browser: Browser): Promise<void> {
  const child = browser.process();
  const exited = child && child.exitCode === null && child.signalCode === null ? once(child, 'exit') : Promise.resolve();
  try {
    await browser.close();
  } catch {
    child?.kill('SIGKILL');
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      child?.kill('SIGKILL');
      resolve();
    }, 5_000);
  });
  await Promise.race([exited, late]);
  clearTimeout(timer);
  killBrowserGroup(child);
}

/**
 * Aborts on SIGINT/SIGTERM: while it is held, Ctrl-C closes the browser and removes temp files
 * instead of killing the process halfway. The signal is the process-wide one (src/util/signals.ts),
 * so a signal that came while no engine was open yet still counts. `release()` lets go of it.
 */
export function interruptOnSignals(): { signal: AbortSignal; release: () => void } {
  return holdInterruptSignal();
}

const importPuppeteer = async () => (await import('puppeteer-core')).default;
let puppeteerModule: ReturnType<typeof importPuppeteer> | undefined;

/**
 * Loads puppeteer-core (~0.2 s of module loading). A command that will print calls this before
 * anything else: loading it alone is fastest, and the browser can then start on the other core
 * while the data is read, instead of waiting for a module load starved by that work.
 */
export function loadPuppeteer(): ReturnType<typeof importPuppeteer> {
  puppeteerModule ??= importPuppeteer();
  return puppeteerModule;
}

const LAUNCH_TIMEOUT_MS = 60_000;

/**
 * Runs puppeteer's launch with a deadline of our own. A browser killed at the wrong moment of its
 * start (seen under load: between the spawn and the first protocol answer) can leave launch()
 * waiting on a promise nothing settles and no timer holds, so Node's event loop empties and the
 * run ends with nothing reported. The deadline holds the loop, fails the start with an error
 * after the launch timeout, and aborts the launch (which kills the browser, if there is one).
 * A browser that still arrives after the deadline is closed.
 */
export async function launchWithDeadline(signal: AbortSignal, launch: (signal: AbortSignal) => Promise<Browser>): Promise<Browser> {
  const deadline = new AbortController();
  const launching = launch(AbortSignal.any([signal, deadline.signal]));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`the browser did not start within ${Math.round((LAUNCH_TIMEOUT_MS + 5_000) / 1000)} s`);
      deadline.abort(error);
      reject(error);
      launching.then(
        (browser) => closeBrowser(browser),
        () => undefined,
      );
    }, LAUNCH_TIMEOUT_MS + 5_000);
  });
  try {
    return await Promise.race([launching, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the browser. Always pair with `close()` in a finally. With `options.signal` the caller
 * decides when to stop (e.g. its own interruptOnSignals()); without one the engine listens to
 * SIGINT/SIGTERM itself while it is open.
 */
export async function openPdfEngine(options: EngineOptions = {}): Promise<PdfEngine> {
  const choice = findBrowser(options.executablePath);
  const own = options.signal ? undefined : interruptOnSignals();
  const signal = options.signal ?? own!.signal;
  const release = () => own?.release();
  if (signal.aborted) {
    release();
    throw interruptedError(signal);
  }
  const puppeteer = await loadPuppeteer();
  mark('engine: puppeteer loaded');
  // Profile folders that killed runs left behind (their owner is gone) go first.
  sweepStaleProfileDirs();
  const userDataDir = createProfileDir();
  // Until the engine exists, all there is to clean up on exit is the folder (puppeteer kills a
  // browser still starting when the process exits, and at once when the signal aborts).
  let exitCleanup: () => void = () => removeProfileDir(userDataDir);
  const unregisterExitCleanup = cleanUpOnExit(() => exitCleanup());
  let browser: Browser;
  try {
    browser = await launchWithDeadline(signal, (launchSignal) =>
      puppeteer.launch({
        executablePath: choice.executablePath,
        headless: choice.headless,
        pipe: true,
        userDataDir,
        args: [...LAUNCH_ARGS],
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: LAUNCH_TIMEOUT_MS,
        protocolTimeout: Math.max(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 30_000) + 30_000,
        // Ctrl-C while the browser starts kills it at once: launch() then fails within
        // milliseconds, instead of when a browser that never answers reaches the protocol timeout.
        signal: launchSignal,
      }),
    );
  } catch (error) {
    removeProfileDir(userDataDir);
    unregisterExitCleanup();
    release();
    if (signal.aborted) throw interruptedError(signal);
    throw new UserError('BrowserFailed', `Could not start ${choice.executablePath}: ${(error as Error).message}`, { cause: error });
  }
  if (signal.aborted) {
    // Interrupted while the browser was starting: close it before reporting.
    await closeBrowser(browser);
    removeProfileDir(userDataDir);
    unregisterExitCleanup();
    release();
    throw interruptedError(signal);
  }
  mark('engine: browser started');
  const creator = options.creator ?? `plugin-report ${VERSION}`;
  const engine = new Engine(
    browser,
    userDataDir,
    Math.max(1, Math.floor(options.concurrency ?? 2)),
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    creator,
    `${creator} (Chromium, pdf-lib)`,
    signal,
    release,
    unregisterExitCleanup,
  );
  const child = browser.process();
  exitCleanup = () => {
    killBrowserGroup(child);
    engine.removeFiles();
  };
  try {
    await engine.openFirstPage();
  } catch (error) {
    await engine.close();
    if (signal.aborted) throw interruptedError(signal);
    throw new UserError('BrowserFailed', `Could not open a page in ${choice.executablePath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  mark('engine: first page ready');
  if (options.warmUp) engine.warmUp(warmUpHtml(options.warmUp));
  return engine;
}
