// The one entry the commands use: the suppressed figures of every unit in scope, from the same
// patterns for every document and export, and the audit of everything those outputs publish.
import { UserError } from '../errors.js';
import type { Unit } from '../indicators/types.js';
import { attack } from './attack.js';
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

/** Yields to the event loop, so Ctrl-C and progress output are handled during a long solve. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The minimum count of the data contract when project.yaml says nothing (§7). */
export const DEFAULT_MIN_COUNT = 5;

/** `--suppress` and project.yaml resolved into N; prints the notice when it is off. */
export function runMinCount(option: number | undefined, project: { disclosure?: { min_count: number } | undefined }, warn: (line: string) => void): number {
  const n = minCountOf(option, project);
  if (n <= 1) warn(DISCLOSURE_OFF_NOTICE);
  return n;
}

export async function discloseFigures(computed: { regions: Unit[]; nation?: Unit | undefined }, n: number): Promise<DisclosedFigures> {
  const tops = computed.nation ? [computed.nation] : computed.regions;
  const d = await disclose(tops, n, { pause });
  const result = await attack(d.model, d.hidden, n, { pause });
  const copies = applyPattern(tops, d.hidden);
  const audit = auditReport(d, result);
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
