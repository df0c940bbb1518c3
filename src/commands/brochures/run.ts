// The work behind `plugin-report brochures`, loaded lazily by the command: validate + compute in
// one pass (invalid data → findings, nothing written), then print every brochure through ONE
// browser with at most `concurrency` pages at a time. A brochure that fails is reported and the
// others still finish; the summary says which failed and the outcome is 'failed' (exit 1).
import { rm } from 'node:fs/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { join } from 'node:path';
import type pc from 'picocolors';
import { UserError, isUserError } from '../../errors.js';
import { safeText } from '../../util/quote.js';
import { refusalText, validateCommandFor } from '../../validate/refusal.js';
import { FINDINGS_SHOWN, defaultConcurrency, scopeOf } from '../options.js';
import type { Outcome } from '../../errors.js';
import type { RenderJob } from '../../pdf/api.js';
import type { RecyclingEngine } from '../../pdf/batch-engine.js';
import { mark } from '../../util/timing.js';
import { checkOutputFolder } from '../../util/output-folder.js';
import { isOutputError } from '../../util/output-errors.js';

export interface BrochuresRequest {
  region?: string | undefined;
  all: boolean;
  municipality?: string | undefined;
  data: string;
  out: string;
  concurrency?: number | undefined;
  /** --suppress; undefined: project.yaml's disclosure.min_count, else 5 (see schema/disclosure.ts). */
  suppress?: number | undefined;
  cacheDir?: string | undefined;
  timeout: number;
  quiet: boolean;
  /** A line of the command's output (stdout). */
  print: (line: string) => void;
  /** A line of diagnostics (stderr). */
  printError: (line: string) => void;
  colors: ReturnType<typeof pc.createColors>;
}

/** Fresh browsers a batch may start after its browser died, before it gives up. */
const MAX_BROWSER_RESTARTS = 2;
/**
 * Brochures per browser at most: its renderer processes grow with every document a reused tab
 * prints, about 0.7 MB each; a fresh browser costs about half a second.
 */
const MAX_PER_BROWSER = 50;

// A full garbage collection once per browser (printBrochures). Each brochure allocates a few MB of
// short-lived large strings and buffers (HTML with inlined fonts, the PDF, chart dataflows); V8
// lets the heap grow with them rather than collect, so without this the process would end a batch
// of 290 some 100 MB above a batch of 50 while holding the same ~40 MB of live data. Once per
// browser is enough (measured: peak RSS 290/50 = 1.07, against 1.04 when collecting every 20),
// and each collection costs ~50 ms of the CPU the pages need.

/** V8's gc() without the --expose-gc command-line flag; undefined if the runtime refuses. */
function garbageCollector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

interface Planned {
  regionId: string;
  municipalityId: string;
  fileName: string;
  outFile: string;
}

export async function runBrochures(options: BrochuresRequest): Promise<Outcome> {
  checkOutputFolder(options.out); // a path through a file or a read-only folder stops here, exit 2
  // The browser starts while the data is validated and computed (it is a process of its own, so
  // this overlaps for free); it is closed unused when the data turns out invalid.
  const { startChartWorker, stopChartWorker } = await import('../../charts/worker-client.js');
  startChartWorker(); // first: it loads vega on its own thread while the data is read
  const { loadPuppeteer, openPdfEngine } = await import('../../pdf/engine.js');
  await loadPuppeteer(); // alone first, so the browser can start before the data is read
  const batch = await import('../../pdf/batch-engine.js');
  const concurrency = options.municipality !== undefined ? 1 : (options.concurrency ?? defaultConcurrency());
  // One browser at a time for the whole batch, started afresh after at most MAX_PER_BROWSER
  // brochures so memory stays bounded however many municipalities there are, and after a crash.
  // The batch's size is not known yet (the data is read while the browser starts); it is shared
  // out evenly once it is (planBatch, in printBrochures).
  const starting = batch.RecyclingEngine.open({
    // No warm-up (EngineOptions.warmUp): a batch's start-up keeps both cores busy (validation,
    // the chart worker, the browser starting), so a warm-up print only delays it (measured).
    open: () => openPdfEngine({ concurrency, timeoutMs: options.timeout * 1000 }),
    recycleAfter: MAX_PER_BROWSER,
    maxRestarts: MAX_BROWSER_RESTARTS,
  });
  // A browser that cannot start matters only once there is something to print.
  starting.catch(() => undefined);
  try {
    return await printBrochures(options, () => starting);
  } finally {
    const engine = await starting.catch(() => undefined);
    await engine?.close();
    await stopChartWorker();
  }
}

async function printBrochures(options: BrochuresRequest, browser: () => Promise<RecyclingEngine>): Promise<Outcome> {
  const { colors: pc } = options;
  const say = (line: string) => {
    if (!options.quiet) options.print(line);
  };
  const { computeFigures } = await import('../../pipeline/load.js');
  // The whole region even for one --municipality: its brochure shows the region's pattern, which
  // depends on every municipality of the region (data contract §7).
  const scope = scopeOf({ region: options.region });
  const computed = await computeFigures(options.data, scope);
  mark('brochures: validated and computed');
  const { errors, warnings } = computed.validation;
  if (errors.length > 0) {
    options.printError(
      refusalText(computed.validation, {
        nothingWritten: 'No brochure was written.',
        validateCommand: validateCommandFor(options.data, scope),
        shown: FINDINGS_SHOWN,
        colors: pc,
      }).trimEnd(),
    );
    return 'invalid';
  }
  if (warnings.length > 0 && !options.quiet) {
    options.printError(
      `${pc.yellow('warning')} the data has ${warnings.length} warning(s); run \`plugin-report validate --data ${options.data}\` to see them.`,
    );
  }

  // The same audited pattern as the reports and exports of the same data; a failed audit writes nothing.
  const { publishableFigures } = await import('../../disclosure/figures.js');
  const disclosed = await publishableFigures(computed, {
    suppress: options.suppress,
    cacheDir: options.cacheDir,
    dataDir: options.data,
    warn: (line) => options.printError(pc.yellow(line)),
  });
  mark('brochures: disclosure control');
  const suppress = disclosed.n;

  // Plan every brochure from the computed units; configs come from the loaded dataset.
  const { brochureJob } = await import('../../documents/brochure/context.js');
  const { brochureModel, nextLayout, pagesOf } = await import('../../documents/brochure/model.js');
  const { renderHtml } = await import('../../html/render.js');
  type Layout = Exclude<Parameters<typeof brochureModel>[0]['layout'], undefined | 'auto'>;
  const planned: Array<Planned & { build: (layout: Layout | 'auto') => ReturnType<typeof brochureJob> }> = [];
  disclosed.regions.forEach((regionUnit, i) => {
    const loaded = computed.validation.dataset.regions[i];
    if (!loaded) return;
    for (const unit of regionUnit.children) {
      if (options.municipality !== undefined && unit.id !== options.municipality) continue;
      const municipality = loaded.municipalities.find((m) => m.id === unit.id);
      if (!municipality) continue;
      const fileName = `broschyr-${unit.id}.pdf`;
      const outFile = join(options.out, loaded.config.id, fileName);
      planned.push({
        regionId: loaded.config.id,
        municipalityId: unit.id,
        fileName,
        outFile,
        // Built when its turn comes, so only the brochures being printed hold HTML and charts.
        build: (layout) =>
          brochureJob(
            brochureModel({
              unit,
              municipality,
              region: loaded.config,
              project: computed.project,
              layout,
              photo: loaded.photos?.[unit.id],
              // The run's threshold: no count below it is set large on the cover.
              minCount: suppress,
            }),
            outFile,
          ),
      });
    }
  });
  if (planned.length === 0) {
    throw new UserError(
      'UnknownMunicipality',
      `No municipality to print${options.municipality ? ` (--municipality ${options.municipality})` : ''}.`,
    );
  }

  let engine: RecyclingEngine;
  try {
    engine = await browser();
  } catch (error) {
    // A browser that died as it started (twice): no brochure is written, each is listed.
    if (!(isUserError(error) && error.errorName === 'BrowserFailed')) throw error;
    const { reportUserError } = await import('../../util/output.js');
    const { notWrittenText } = await import('../../pdf/not-written.js');
    reportUserError(error);
    options.printError(
      notWrittenText(
        planned.length,
        planned.map((p) => p.outFile),
        pc,
      ),
    );
    return 'failed';
  }
  const collectEvery = engine.planBatch(planned.length);
  const workers = Math.min(options.concurrency ?? defaultConcurrency(), planned.length);
  const progress = await openProgress(planned.length, options);
  const written: Array<{ outFile: string; pages: number }> = [];
  const failed: Array<{ fileName: string; message: string }> = [];
  let interrupted: unknown;
  /** The first failed write (a full disk, a folder in the way): the others still print, then exit 2. */
  let unwritable: unknown;
  let done = 0;

  // Each brochure's job (model, charts, HTML: Node work) is built one round ahead, while the pages
  // print the ones before it, so a page that comes free finds its next document ready instead of
  // waiting for Node. Only `workers` jobs are held ahead, so memory stays bounded. Builds run one
  // after another: they all need Node's one thread, so interleaving them makes each one later.
  const ahead = new Map<number, Promise<RenderJob>>();
  let building: Promise<unknown> = Promise.resolve();
  const prepare = (index: number): Promise<RenderJob> | undefined => {
    const item = planned[index];
    if (!item) return undefined;
    let job = ahead.get(index);
    if (!job) {
      job = building.then(async () => {
        const built = await item.build('auto');
        renderHtml(built); // cached on the job: the engine finds the HTML ready
        return built;
      });
      building = job.catch(() => undefined);
      job.catch(() => undefined); // awaited (and reported) when its turn comes
      ahead.set(index, job);
    }
    return job;
  };

  const print = async (item: (typeof planned)[number], index: number) => {
    const first = prepare(index)!;
    ahead.delete(index);
    let job = await first;
    mark(`${item.fileName}: job ready`);
    // Only now: started together with this one, the next would delay it (they share Node).
    prepare(index + workers);
    let result = await engine.render(job);
    // The print is the measurement (no sizes are estimated in TypeScript): more pages than the
    // layout allows means it did not fit, so it is printed again in the next layout.
    let layout = job.context['layout'] as Layout;
    try {
      for (let next = nextLayout(layout); result.pages > pagesOf(layout) && next; next = nextLayout(next)) {
        layout = next;
        job = await item.build(next);
        result = await engine.render(job);
      }
    } catch (error) {
      // The earlier print did not fit its layout and will be reported as not written (or the run
      // as interrupted), so its PDF may not stay on disk as if it were the brochure.
      await rm(result.outFile, { force: true }).catch(() => undefined);
      throw error;
    }
    return result;
  };

  const collect = garbageCollector();
  try {
    let next = 0;
    const worker = async () => {
      while (next < planned.length && interrupted === undefined) {
        const index = next++;
        const item = planned[index]!;
        try {
          const result = await print(item, index);
          written.push({ outFile: result.outFile, pages: result.pages });
          done++;
          if (done % collectEvery === 0 && done < planned.length) collect?.(); // not after the last
          progress.tick(done, `${item.fileName} (${result.pages} ${result.pages === 1 ? 'page' : 'pages'})`);
        } catch (error) {
          if (isUserError(error) && error.errorName === 'Interrupted') {
            interrupted ??= error;
            return;
          }
          if (isOutputError(error)) unwritable ??= error;
          done++;
          // Masked, cut and escaped (util/quote.ts): an error may quote the data.
          const message = safeText(error instanceof Error ? error.message : String(error));
          failed.push({ fileName: item.fileName, message });
          progress.fail(done, item.fileName, message);
        }
      }
    };
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    progress.stop();
  }
  if (interrupted !== undefined) throw interrupted;

  // Summary: the written files in plan order, then the failures.
  const order = new Map(planned.map((p, i) => [p.outFile, i]));
  written.sort((a, b) => (order.get(a.outFile) ?? 0) - (order.get(b.outFile) ?? 0));
  if (written.length > 0) {
    say(`${pc.green('✓')} ${written.length} brochure${written.length === 1 ? '' : 's'} written:`);
    for (const w of written) say(`  ${w.outFile}  ${w.pages} ${w.pages === 1 ? 'page' : 'pages'}`);
  }
  if (failed.length > 0) {
    options.printError(`${pc.red(pc.bold('error'))} ${failed.length} of ${planned.length} brochures failed:`);
    for (const f of failed) options.printError(`  ${f.fileName}: ${f.message}`);
  }
  // Never 'ok' with a brochure missing, whatever the reason it went missing.
  const missing = planned.filter((p) => !written.some((w) => w.outFile === p.outFile));
  if (missing.length > 0) {
    const { notWrittenText } = await import('../../pdf/not-written.js');
    options.printError(
      notWrittenText(
        planned.length,
        missing.map((p) => p.outFile),
        pc,
      ),
    );
  }
  if (unwritable !== undefined) throw unwritable; // exit 2, after the lists
  return failed.length > 0 || missing.length > 0 ? 'failed' : 'ok';
}

interface Progress {
  tick(done: number, what: string): void;
  fail(done: number, fileName: string, message: string): void;
  stop(): void;
}

/**
 * A bar on a terminal, one plain line per brochure otherwise (logs, CI), nothing with --quiet.
 * The bar draws on stderr itself; everything else goes through the request's print functions.
 */
async function openProgress(total: number, { quiet, print, printError, colors: pc }: BrochuresRequest): Promise<Progress> {
  const failLine = (fileName: string, message: string) => `${pc.red('✗')} ${fileName}: ${message}`;
  if (quiet) {
    return { tick() {}, fail: (_d, f, m) => printError(failLine(f, m)), stop() {} };
  }
  if (!process.stderr.isTTY) {
    const line = (done: number, text: string) => `[${done}/${total}] ${text}`;
    return {
      tick: (done, what) => print(line(done, what)),
      fail: (done, f, m) => printError(line(done, failLine(f, m))),
      stop() {},
    };
  }
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: 'Brochures [{bar}] {value}/{total} {what}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { what: '' });
  return {
    tick: (done, what) => bar.update(done, { what }),
    fail: (done, f, m) => {
      bar.update(done, { what: '' });
      bar.stop();
      printError(failLine(f, m));
      bar.start(total, done, { what: '' });
    },
    stop: () => bar.stop(),
  };
}
