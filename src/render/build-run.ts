// The work behind `plugin-report build`, loaded lazily by the command: validate + compute in one
// pass, refuse invalid data, apply disclosure control, build the view models, print every document
// with one browser, report each file and its page count.
import type pc from 'picocolors';
import { computeFigures, suppressUnit } from '../indicators/index.js';
import { isUserError } from '../errors.js';
import { formatText, sortFindings } from '../validate/format.js';
import { reportUserError } from '../util/output.js';
import type { Outcome } from '../commands/outcome.js';
import type { RenderJob } from './api.js';
import { openPdfEngine } from './engine.js';
import { nationalReport } from './view/national.js';
import { regionalReport } from './view/regional.js';
import type { ValidationSummary } from './view/common.js';

export interface BuildRequest {
  data: string;
  out: string;
  target: { region: string } | 'national' | 'all';
  suppress: number;
  timeoutMs: number;
  concurrency: number;
  print: (line: string) => void;
  printError: (line: string) => void;
  colors: ReturnType<typeof pc.createColors>;
  findingsShown: number;
  paths: { regional: (out: string, region: string) => string; national: (out: string) => string };
}

export async function runBuild(req: BuildRequest): Promise<Outcome> {
  const scope = typeof req.target === 'object' ? { region: req.target.region } : {};
  const computed = await computeFigures(req.data, scope);
  const v = computed.validation;
  if (v.errorCount > 0) {
    const findings = sortFindings(v.errors).slice(0, req.findingsShown);
    req.printError(
      formatText(findings, { files: v.files, rows: v.rows, errors: v.errorCount, warnings: v.warningCount }, req.colors).trimEnd(),
    );
    req.printError(
      `No report was written. ${v.errorCount > findings.length ? `The first ${findings.length} of ${v.errorCount} errors are shown; run` : 'Run'} ` +
        `\`plugin-report validate --data ${req.data}${typeof req.target === 'object' ? ` --region ${req.target.region}` : ''}\` for the full list.`,
    );
    return 'invalid';
  }

  const validation: ValidationSummary = { files: v.files, rows: v.rows, errors: v.errorCount, warnings: v.warnings };
  const date = new Date(`${computed.project.period.end}T00:00:00Z`);
  const jobs: RenderJob[] = [];
  if (req.target !== 'national') {
    for (const [i, unit] of computed.regions.entries()) {
      const loaded = v.dataset.regions[i]!;
      const view = await regionalReport({
        project: computed.project,
        region: loaded.config,
        municipalities: loaded.municipalities,
        unit: suppressUnit(unit, req.suppress),
        validation: computed.regions.length === 1 ? validation : regionValidation(validation, loaded.config.id),
        suppress: req.suppress,
      });
      jobs.push({ template: 'regional-report', ...view, outFile: req.paths.regional(req.out, loaded.config.id), toc: true, date });
    }
  }
  if (req.target !== 'all' && typeof req.target === 'object') {
    // a single region: nothing more
  } else if (computed.nation) {
    const view = await nationalReport({
      project: computed.project,
      regions: v.dataset.regions,
      unit: suppressUnit(computed.nation, req.suppress),
      validation,
      suppress: req.suppress,
    });
    jobs.push({ template: 'national-report', ...view, outFile: req.paths.national(req.out), toc: true, date });
  }

  const engine = await openPdfEngine({ timeoutMs: req.timeoutMs, concurrency: req.concurrency });
  let outcome: Outcome = 'ok';
  try {
    const results = await Promise.allSettled(jobs.map((job) => engine.render(job)));
    for (const [i, result] of results.entries()) {
      if (result.status === 'fulfilled') {
        req.print(`${req.colors.green('wrote')} ${result.value.outFile} (${result.value.pages} pages)`);
        continue;
      }
      const error: unknown = result.reason;
      if (isUserError(error) && error.errorName === 'Interrupted') throw error;
      outcome = 'failed';
      if (isUserError(error)) reportUserError(error);
      else req.printError(`failed: ${jobs[i]!.outFile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    await engine.close();
  }
  return outcome;
}

/** The validation summary restricted to one region's files (paths start with "<region>/"). */
function regionValidation(all: ValidationSummary, regionId: string): ValidationSummary {
  // Files and rows are only counted for the whole scope, so a region's share of them is unknown.
  return { files: null, rows: null, errors: all.errors, warnings: all.warnings.filter((w) => w.file.startsWith(`${regionId}/`)) };
}
