// The one entry the commands use: the suppressed figures of every unit in scope, from the same
// patterns for every document and export, and the audit of everything those outputs publish.
import { UserError } from '../errors.js';
import type { Unit } from '../indicators/types.js';
import { attack } from './attack.js';
import { cacheKey, defaultCacheDir, folderCache } from './cache.js';
import { disclose } from './disclose.js';
import { auditReport, type AuditReport } from './report.js';
import { applyPattern } from './units.js';

export interface DisclosedFigures {
  n: number;
  /** Every region in scope, with hidden cells set to null. */
  regions: Array<Unit<number | null>>;
  /** The nation, when in scope (its children are `regions`, the same objects' equals). */
  nation?: Unit<number | null>;
  audit: AuditReport;
}

export interface DiscloseFiguresOptions {
  /** The cache folder; undefined: the user's (defaultCacheDir); null: no cache. */
  cacheDir?: string | null | undefined;
  /** Stops the solve between two linear programs (Ctrl-C). */
  signal?: AbortSignal | undefined;
}

/** The minimum count of the data contract when project.yaml says nothing (§7). */
export const DEFAULT_MIN_COUNT = 5;

/** `--suppress` and project.yaml resolved into N; prints the notice when it is off. */
export function runMinCount(option: number | undefined, project: { disclosure?: { min_count: number } | undefined }, warn: (line: string) => void): number {
  const n = minCountOf(option, project);
  if (n <= 1) warn(DISCLOSURE_OFF_NOTICE);
  return n;
}

export async function discloseFigures(
  computed: { regions: Unit[]; nation?: Unit | undefined },
  n: number,
  options: DiscloseFiguresOptions = {},
): Promise<DisclosedFigures> {
  const tops = computed.nation ? [computed.nation] : computed.regions;
  // Yields to the event loop between programs, so Ctrl-C and progress output are handled.
  const pause = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) throw new UserError('Interrupted', `Stopped by ${String(options.signal.reason ?? 'a signal')} while choosing what to hide; nothing was written.`);
  };
  const cache = options.cacheDir === null ? undefined : folderCache(options.cacheDir ?? defaultCacheDir());
  const d = await disclose(tops, n, { pause, ...(cache ? { cache } : {}) });
  const auditKey = cacheKey('audit', n, d.key);
  const cachedAudit = await cache?.get(auditKey);
  let audit: AuditReport;
  if (cachedAudit) audit = { ...(JSON.parse(Buffer.from(cachedAudit).toString('utf8')) as AuditReport), lps: { pattern: d.lps, audit: 0 } };
  else {
    audit = auditReport(d, await attack(d.model, d.hidden, n, { pause }));
    // Only an audit that passed is worth keeping: a failing one is reported and investigated.
    if (audit.passed) await cache?.set(auditKey, Buffer.from(JSON.stringify(audit)));
  }
  const copies = applyPattern(tops, d.hidden);
  if (computed.nation) return { n, regions: copies[0]!.children, nation: copies[0]!, audit };
  return { n, regions: copies, audit };
}

/** N for this run: --suppress, else project.yaml's disclosure.min_count, else 5. */
export function minCountOf(option: number | undefined, project: { disclosure?: { min_count: number } | undefined }): number {
  return option ?? project.disclosure?.min_count ?? DEFAULT_MIN_COUNT;
}

/** What is printed on stderr when disclosure control is off. */
export const DISCLOSURE_OFF_NOTICE =
  'warning: disclosure control is off (--suppress 0): the output holds small counts that can identify persons and must not be published.';

/** Refuses to write anything the audit does not pass (after the tool's own suppression, a bug). */
export function assertAuditPassed(audit: AuditReport): void {
  if (audit.passed) return;
  const failing = audit.levels.flatMap((l) => [...l.recoverable, ...l.narrow]);
  throw new UserError('DisclosureFailed', `${failing.length} hidden figure(s) could be worked out or narrowed below ${audit.n}, e.g. ${failing.slice(0, 3).join('; ')}. Nothing was written.`);
}
