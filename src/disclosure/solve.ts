// The slow part of disclosure control, the same in the worker thread (./worker.ts) and in-process:
// the patterns (cached per region and for the nation) and the attacker's audit of them (cached by
// the pattern's key). Only an audit that passed is cached: a failing one is reported, not kept.
import type { Unit } from '../indicators/types.js';
import { mark } from '../util/timing.js';
import { cacheKey, type PatternCache } from './cache.js';
import { auditDisclosure, disclose } from './disclose.js';
import { auditReport, type AuditReport } from './report.js';

export interface Solved {
  /** 1 = hidden, per cell in the order of unitModel(tops) (see applyPattern). */
  hidden: Uint8Array;
  audit: AuditReport;
}

export async function solveDisclosure(
  tops: Unit[],
  n: number,
  cache: PatternCache | undefined,
  pause?: () => Promise<void>,
): Promise<Solved> {
  const d = await disclose(tops, n, { ...(pause ? { pause } : {}), ...(cache ? { cache } : {}) });
  const auditKey = cacheKey('audit', n, d.key);
  const cachedAudit = await cache?.get(auditKey);
  if (cachedAudit) {
    const audit = JSON.parse(Buffer.from(cachedAudit).toString('utf8')) as AuditReport;
    return { hidden: d.hidden, audit: { ...audit, lps: { pattern: d.lps, audit: 0 } } };
  }
  const audit = auditReport(d, await auditDisclosure(d, pause ? { pause } : {}));
  mark(`disclosure: audit (${audit.lps.audit} LPs)`);
  if (audit.passed) await cache?.set(auditKey, Buffer.from(JSON.stringify(audit)));
  return { hidden: d.hidden, audit };
}
