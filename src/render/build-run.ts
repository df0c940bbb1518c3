// The work behind `plugin-report build`, loaded lazily by the command: validate + compute in one
// pass, refuse invalid data, apply disclosure control, build the view models, print every document
// with one browser, report each file and its page count.
import type pc from 'picocolors';
import { computeFigures } from '../indicators/index.js';
import { assertAuditPassed, discloseFigures, runMinCount } from '../disclosure/figures.js';
import { isUserError } from '../errors.js';
import { refusalText, validateCommandFor } from '../validate/refusal.js';
import { reportUserError } from '../util/output.js';
import type { Outcome } from '../commands/outcome.js';
import type { PdfEngine, RenderJob, RenderResult } from './api.js';
import { mark } from './timing.js';
import { renderHtml } from './html.js';
import { interruptOnSignals, interruptedError, loadPuppeteer, openPdfEngine } from './engine.js';
import { nationalReport } from './view/national.js';
import { regionalReport } from './view/regional.js';
import type { ValidationSummary } from './view/common.js';
import type { DatasetValidation } from '../validate/dataset.js';

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
  findingsShown: number;
  paths: { regional: (out: string, region: string) => string; national: (out: string) => string };
}

export async function runBuild(req: BuildRequest): Promise<Outcome> {
  // From the first file read to the last PDF renamed, Ctrl-C stops cleanly (Interrupted, exit 2).
  // Charts are drawn in-process here, not in the chart worker (chart-client.ts): a report has a
  // few dozen charts at most, and starting the worker (a thread, vega loaded twice) costs more
  // than it saves (measured: build --national ~0.15 s slower with it).
  const interrupt = interruptOnSignals();
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
  const starting = openPdfEngine({ timeoutMs: req.timeoutMs, concurrency, signal, warmUp });
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
        shown: req.findingsShown,
        colors: req.colors,
      }).trimEnd(),
    );
    return 'invalid';
  }

  // One pattern for every document of the run, audited before anything is printed.
  const suppress = runMinCount(req.suppress, computed.project, req.printError);
  const disclosed = await discloseFigures(computed, suppress, { cacheDir: req.cacheDir, signal });
  mark('build: disclosure control');
  assertAuditPassed(disclosed.audit);
  if (signal.aborted) throw interruptedError(signal);

  const validation: ValidationSummary = { files: v.files, rows: v.rows, errors: v.errorCount, warnings: v.warnings };
  const date = new Date(`${computed.project.period.end}T00:00:00Z`);

  // Each document's view model is built just before it is queued, so building the next one (charts
  // in Node) overlaps with printing the previous ones (in Chromium).
  const makers: Array<() => Promise<RenderJob>> = [];
  if (req.target !== 'national') {
    for (const [i, unit] of disclosed.regions.entries()) {
      const loaded = v.dataset.regions[i]!;
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
  const report = (outFile: string, result: PromiseSettledResult<RenderResult>) => {
    if (result.status === 'fulfilled') {
      req.print(`${req.colors.green('wrote')} ${result.value.outFile} (${result.value.pages} pages)`);
      return;
    }
    const error: unknown = result.reason;
    if (isUserError(error) && error.errorName === 'Interrupted') {
      interrupted ??= error;
      return;
    }
    outcome = 'failed';
    if (isUserError(error)) reportUserError(error);
    else req.printError(`failed: ${outFile}: ${error instanceof Error ? error.message : String(error)}`);
  };
  const pending: Array<Promise<void>> = [];
  for (const make of makers) {
    if (signal.aborted) break;
    const job = await make();
    mark(`view model ready: ${job.outFile}`);
    renderHtml(job);
    mark(`html rendered: ${job.outFile}`); // compiles templates and inlines fonts while the browser may still be starting
    const engine = await starting;
    pending.push(
      engine.render(job).then(
        (value) => report(job.outFile, { status: 'fulfilled', value }),
        (reason: unknown) => report(job.outFile, { status: 'rejected', reason }),
      ),
    );
  }
  await Promise.all(pending);
  if (interrupted || signal.aborted) throw interrupted ?? interruptedError(signal);
  return outcome;
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
