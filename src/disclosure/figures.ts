// The one entry the commands use: the suppressed figures of every unit in scope, from the same
// patterns for every document and export, and the audit of everything those outputs publish.
// A run whose figures were seen before (same content hash, tool version and N) takes pattern and
// audit from the cache without starting the solver; otherwise the solve runs in a worker thread.
import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Unit } from '../indicators/types.js';
import { interruptedError } from '../util/interrupt.js';
import { holdInterruptSignal } from '../util/signals.js';
import { mark } from '../util/timing.js';
import { disclosureOn, effectiveMinCount } from '../schema/disclosure.js';
import { cacheKey, defaultCacheDir, folderCache, pack, unpack } from './cache.js';
import type { AuditReport } from './report.js';
import { auditReport } from './report.js';
import { applyPattern, unitModel } from './units.js';
import { solveOffThread } from './worker-client.js';

export interface DisclosedFigures {
  n: number;
  /** Every region in scope, with hidden cells set to null. */
  regions: Array<Unit<number | null>>;
  /** The nation, when in scope (its children are `regions`). */
  nation?: Unit<number | null>;
  audit: AuditReport;
}

export interface DiscloseFiguresOptions {
  /** The cache folder; undefined: the user's (defaultCacheDir); null: no cache. */
  cacheDir?: string | null | undefined;
  /** The data folder: the cache may not be inside it (see cacheOutsideData). */
  dataDir?: string | undefined;
  /** Stops the solve (Ctrl-C); by default the process's SIGINT/SIGTERM. */
  signal?: AbortSignal | undefined;
}

/** What is printed on stderr when disclosure control is off. */
export const DISCLOSURE_OFF_NOTICE =
  'warning: disclosure control is off (--suppress 0): the output holds small counts that can identify persons and must not be published.';

/** `--suppress` and project.yaml resolved into N (schema/disclosure.ts); prints the notice when it is off. */
export function runMinCount(
  option: number | undefined,
  project: { disclosure?: { min_count: number } | undefined },
  warn: (line: string) => void,
): number {
  const n = effectiveMinCount(project, option);
  if (!disclosureOn(n)) warn(DISCLOSURE_OFF_NOTICE);
  return n;
}

export async function discloseFigures(
  computed: { regions: Unit[]; nation?: Unit | undefined },
  n: number,
  options: DiscloseFiguresOptions = {},
): Promise<DisclosedFigures> {
  const tops = computed.nation ? [computed.nation] : computed.regions;
  const { hidden, audit } = !disclosureOn(n) ? nothingHidden(tops, n) : await patternOf(tops, n, options);
  const copies = applyPattern(tops, hidden);
  if (computed.nation) return { n, regions: copies[0]!.children, nation: copies[0]!, audit };
  return { n, regions: copies, audit };
}

/** Off (N ≤ 1): nothing is hidden, nothing to solve, an audit that passes trivially. */
function nothingHidden(tops: Unit[], n: number): { hidden: Uint8Array; audit: AuditReport } {
  const model = unitModel(tops);
  const hidden = new Uint8Array(model.cells.length);
  const audit = auditReport(
    { n, model, hidden, primary: hidden, lps: 0, key: '' },
    { intervals: new Map(), recoverable: [], narrow: [], lps: 0 },
  );
  return { hidden, audit };
}

/**
 * Refuses a cache folder inside the data folder: a pull request to the data could then plant a
 * weaker pattern with a passing audit under the right content hash (data contract §7).
 */
export function cacheOutsideData(cacheDir: string, dataDir: string | undefined): string {
  if (dataDir === undefined) return cacheDir;
  const inside = relative(resolve(dataDir), resolve(cacheDir));
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new UserError(
      'InvalidOption',
      `--cache-dir ${cacheDir} is inside the data folder ${dataDir}: patterns are never kept with the data.`,
    );
  }
  return cacheDir;
}

async function patternOf(tops: Unit[], n: number, options: DiscloseFiguresOptions): Promise<{ hidden: Uint8Array; audit: AuditReport }> {
  const cacheDir = options.cacheDir === null ? null : cacheOutsideData(options.cacheDir ?? defaultCacheDir(), options.dataDir);
  const cache = cacheDir === null ? undefined : folderCache(cacheDir);
  // Everything published in this scope, by content: a hit needs neither the model nor the solver.
  const key = cacheKey('published', n, JSON.stringify(tops));
  const cached = await cache?.get(key);
  if (cached) {
    const [hidden, audit] = unpack(cached);
    if (hidden && audit) {
      const report = JSON.parse(Buffer.from(audit).toString('utf8')) as AuditReport;
      return { hidden, audit: { ...report, lps: { pattern: 0, audit: 0 } } };
    }
  }
  const own = options.signal ? undefined : holdInterruptSignal();
  try {
    mark('disclosure: solving (cache miss)');
    const solved = await solveOffThread(tops, n, cacheDir, options.signal ?? own!.signal);
    if (solved.audit.passed) await cache?.set(key, pack([solved.hidden, Buffer.from(JSON.stringify(solved.audit))]));
    return solved;
  } finally {
    own?.release();
  }
}

export interface PublishOptions extends DiscloseFiguresOptions {
  /** --suppress; undefined: project.yaml's disclosure.min_count, else 5. */
  suppress: number | undefined;
  /** Where the notice that disclosure control is off goes (stderr). */
  warn: (line: string) => void;
}

/**
 * What `build`, `brochures` and `figures` may publish: N resolved (with the notice when it is off),
 * the one audited pattern of the data applied, and a DisclosureFailed refusal, nothing written,
 * when the audit does not pass. A run interrupted meanwhile stops as interrupted instead.
 */
export async function publishableFigures(
  computed: { regions: Unit[]; nation?: Unit | undefined; project: { disclosure?: { min_count: number } | undefined } },
  options: PublishOptions,
): Promise<DisclosedFigures> {
  const n = runMinCount(options.suppress, computed.project, options.warn);
  const disclosed = await discloseFigures(computed, n, options);
  if (options.signal?.aborted) throw interruptedError(options.signal);
  assertAuditPassed(disclosed.audit);
  return disclosed;
}

/** Refuses to write anything the audit does not pass (after the tool's own suppression, a bug). */
export function assertAuditPassed(audit: AuditReport): void {
  if (audit.passed) return;
  const failing = audit.levels.flatMap((l) => [...l.recoverable, ...l.narrow]);
  throw new UserError(
    'DisclosureFailed',
    `${failing.length} hidden figure(s) could be worked out or narrowed below ${audit.n}, e.g. ${failing.slice(0, 3).join('; ')}. Nothing was written.`,
  );
}
