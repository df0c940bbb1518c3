// The work behind `plugin-report build`, loaded lazily by the command: validate + compute in one
// pass, refuse invalid data, apply disclosure control, build the view models, print every document
// with one browser, report each file and its page count.
import type pc from 'picocolors';
import { publishableFigures } from '../../disclosure/figures.js';
import { computeFigures } from '../../pipeline/load.js';
import { isUserError } from '../../errors.js';
import { refusalText, validateCommandFor } from '../../validate/refusal.js';
import { reportUserError } from '../../util/output.js';
import { safeText } from '../../util/quote.js';
import type { Outcome } from '../../errors.js';
import { FINDINGS_SHOWN } from '../options.js';
import type { PdfEngine, RenderJob, RenderResult } from '../../pdf/api.js';
import { mark } from '../../util/timing.js';
import { renderHtml } from '../../html/render.js';
import { interruptOnSignals, loadPuppeteer, openPdfEngine } from '../../pdf/engine.js';
import { interruptedError } from '../../util/interrupt.js';
import { nationalReport } from '../../documents/report/national.js';
import { regionalReport } from '../../documents/report/regional.js';
import type { ValidationSummary } from '../../documents/report/common.js';
import { unansweredQuestions, type DatasetValidation } from '../../validate/dataset.js';
import { RecyclingEngine } from '../../pdf/batch-engine.js';
import { checkOutputFolder } from '../../util/output-folder.js';
import { isOutputError } from '../../util/output-errors.js';
import { notWrittenText } from '../../pdf/not-written.js';

export interface BuildRequest {
  data: string;
  out: string;
  target: { region: string } | 'national' | 'all';
  /** --suppress; undefined: project.yaml's disclosure.min_count, else 5. */
  suppress: number | undefined;
  cacheDir?: string | undefined;
  timeoutMs: number;
  concurrency: number;
  print: (line: string) => void;
  printError: (line: string) => void;
  colors: ReturnType<typeof pc.createColors>;
  paths: { regional: (out: string, region: string) => string; national: (out: string) => string };
}

export async function runBuild(req: BuildRequest): Promise<Outcome> {
  // From the first file read to the last PDF renamed, Ctrl-C stops cleanly (Interrupted, exit 2).
  // Charts are drawn in-process here, not in the chart worker (chart-client.ts): a report has a
  // few dozen charts at most, and starting the worker (a thread, vega loaded twice) costs more
  // than it saves (measured: build --national ~0.15 s slower with it).
  const interrupt = interruptOnSignals();
  checkOutputFolder(req.out); // a path through a file or a read-only folder stops here, exit 2
  try {
    return await build(req, interrupt.signal);
  } finally {
    interrupt.release();
  }
}

async function build(req: BuildRequest, signal: AbortSignal): Promise<Outcome> {
  // The browser starts while the data is validated and the view models are built (it runs in its
  // own processes, so this hides its start-up). Invalid data closes it unused.
  await loadPuppeteer();
  // One document needs one page: a second would only cost the browser time to open and warm up.
  const concurrency = req.target === 'all' ? req.concurrency : 1;
  const warmUp = req.target === 'national' ? 'national-report' : 'regional-report';
  // When the browser dies mid-run, the documents still due are printed once more in a fresh one
  // (RecyclingEngine); a second death fails them, and they are listed as not written.
  const starting = RecyclingEngine.open({
    open: () => openPdfEngine({ timeoutMs: req.timeoutMs, concurrency, signal, warmUp }),
    recycleAfter: Number.POSITIVE_INFINITY,
    maxRestarts: 1,
  });
  starting.catch(() => undefined); // awaited below, where a failure is reported
  try {
    return await buildWith(req, signal, starting);
  } finally {
    await starting.then(
      (engine) => engine.close(),
      () => undefined,
    );
  }
}

async function buildWith(req: BuildRequest, signal: AbortSignal, starting: Promise<PdfEngine>): Promise<Outcome> {
  const scope = typeof req.target === 'object' ? { region: req.target.region } : {};
  mark('build: start');
  const computed = await computeFigures(req.data, scope);
  mark('build: validated and computed');
  if (signal.aborted) throw interruptedError(signal);
  const v = computed.validation;
  if (v.errorCount > 0) {
    req.printError(
      refusalText(v, {
        nothingWritten: 'No report was written.',
        validateCommand: validateCommandFor(req.data, scope),
        shown: FINDINGS_SHOWN,
        colors: req.colors,
      }).trimEnd(),
    );
    return 'invalid';
  }

  // One pattern for every document of the run, audited before anything is printed.
  const disclosed = await publishableFigures(computed, {
    suppress: req.suppress,
    cacheDir: req.cacheDir,
    dataDir: req.data,
    signal,
    warn: req.printError,
  });
  mark('build: disclosure control');
  const suppress = disclosed.n;

  const validation: ValidationSummary = { files: v.files, rows: v.rows, errors: v.errorCount, warnings: v.warnings };
  const date = new Date(`${computed.project.period.end}T00:00:00Z`);

  // Each document's view model is built just before it is queued, so building the next one (charts
  // in Node) overlaps with printing the previous ones (in Chromium).
  const makers: Array<() => Promise<RenderJob>> = [];
  /** The file each maker writes, in the same order: what is missing at the end is listed. */
  const planned: string[] = [];
  if (req.target !== 'national') {
    for (const [i, unit] of disclosed.regions.entries()) {
      const loaded = v.dataset.regions[i]!;
      planned.push(req.paths.regional(req.out, loaded.config.id));
      makers.push(async () => {
        const view = await regionalReport({
          project: computed.project,
          region: loaded.config,
          municipalities: loaded.municipalities,
          unit,
          validation: regionValidation(v, loaded.config.id),
          suppress,
        });
        return { template: 'regional-report', ...view, outFile: req.paths.regional(req.out, loaded.config.id), toc: true, date };
      });
    }
  }
  const nation = disclosed.nation;
  if (typeof req.target !== 'object' && nation) {
    planned.push(req.paths.national(req.out));
    makers.push(async () => {
      const view = await nationalReport({
        project: computed.project,
        regions: v.dataset.regions,
        unit: nation,
        validation,
        suppress,
      });
      return { template: 'national-report', ...view, outFile: req.paths.national(req.out), toc: true, date };
    });
  }

  if (signal.aborted) throw interruptedError(signal);
  let outcome: Outcome = 'ok';
  let interrupted: unknown;
  /** The first failed write (a full disk, a folder in the way): the others still print, then exit 2. */
  let unwritable: unknown;
  const written = new Set<string>();
  const report = (outFile: string, result: PromiseSettledResult<RenderResult>) => {
    if (result.status === 'fulfilled') {
      written.add(outFile);
      req.print(`${req.colors.green('wrote')} ${result.value.outFile} (${result.value.pages} pages)`);
      return;
    }
    const error: unknown = result.reason;
    if (isUserError(error) && error.errorName === 'Interrupted') {
      interrupted ??= error;
      return;
    }
    outcome = 'failed';
    if (isOutputError(error)) {
      unwritable ??= error;
      return;
    }
    if (isUserError(error)) reportUserError(error);
    // Masked, cut and escaped (util/quote.ts): an error may quote the data.
    else req.printError(`failed: ${outFile}: ${safeText(error instanceof Error ? error.message : String(error))}`);
  };
  const pending: Array<Promise<void>> = [];
  for (const make of makers) {
    if (signal.aborted) break;
    const job = await make();
    mark(`view model ready: ${job.outFile}`);
    renderHtml(job);
    mark(`html rendered: ${job.outFile}`); // compiles templates and inlines fonts while the browser may still be starting
    let engine: PdfEngine;
    try {
      engine = await starting;
    } catch (error) {
      // A browser that died as it started (twice): no document is written, each is listed below.
      if (!(isUserError(error) && error.errorName === 'BrowserFailed')) throw error;
      reportUserError(error);
      outcome = 'failed';
      break;
    }
    pending.push(
      engine.render(job).then(
        (value) => report(job.outFile, { status: 'fulfilled', value }),
        (reason: unknown) => report(job.outFile, { status: 'rejected', reason }),
      ),
    );
  }
  await Promise.all(pending);
  if (interrupted || signal.aborted) throw interrupted ?? interruptedError(signal);
  // Never 'ok' with a document missing, whatever the reason it went missing.
  const missing = planned.filter((f) => !written.has(f));
  if (missing.length > 0) {
    req.printError(notWrittenText(planned.length, missing, req.colors));
  }
  // One line, not the list: validate names each question (narrative.missing).
  const open = unansweredQuestions(v.dataset, typeof req.target !== 'object');
  if (open > 0) {
    req.printError(
      `${open} report question${open === 1 ? ' is' : 's are'} unanswered in the data folder; \`plugin-report validate\` lists them`,
    );
  }
  if (unwritable) throw unwritable; // exit 2, after the list
  return missing.length > 0 ? 'failed' : outcome;
}

/**
 * A region's report summarises the data it was made from: project.yaml and the region's files,
 * the same whether this build validated one region or all of them (`--region` or `--all`).
 */
function regionValidation(v: DatasetValidation, regionId: string): ValidationSummary {
  const counts = v.regionCounts[regionId] ?? { files: 0, rows: 0 };
  const ours = (file: string) => file === 'project.yaml' || file.startsWith(`${regionId}/`);
  return { files: counts.files, rows: counts.rows, errors: v.errorCount, warnings: v.warnings.filter((w) => ours(w.file)) };
}
