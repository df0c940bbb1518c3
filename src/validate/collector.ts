// Collects findings from every stage. Nothing stops at the first finding. Messages and hints pass
// through maskPersonalNumbers so no personnummer can leave here whole, whatever a rule wrote.
// A file where one rule fires on every row (a wrong date format in 1 000 000 rows) would bury the
// report, so each (file, rule) lists at most LIMIT findings and then one line saying how many more.
import type { Finding, Severity } from './finding.js';
import { safeText, safeValue } from '../util/quote.js';

export const FINDINGS_PER_RULE_AND_FILE = 200;

const summaries = new WeakSet<Finding>();
/** Whether a finding is the "N more findings of this rule" line (listed after the file's findings). */
export function isSummary(finding: Finding): boolean {
  return summaries.has(finding);
}

export class FindingCollector {
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];
  /** All findings, including those not listed because of the per-(file, rule) limit. */
  errorCount = 0;
  warningCount = 0;
  private readonly perRuleAndFile = new Map<string, { listed: number; more: number; sample: Finding }>();

  add(finding: Finding): void {
    if (finding.severity === 'error') this.errorCount++;
    else this.warningCount++;
    const key = `${finding.file}\u0000${finding.rule}`;
    const seen = this.perRuleAndFile.get(key);
    if (seen && seen.listed >= FINDINGS_PER_RULE_AND_FILE) {
      seen.more++;
      return;
    }
    // Masked, cut and with control characters escaped (util/quote.ts), whatever a rule wrote.
    const safe: Finding = { ...finding, message: safeText(finding.message) };
    if (finding.hint !== undefined) safe.hint = safeText(finding.hint);
    if (finding.columnName !== undefined) safe.columnName = safeValue(finding.columnName);
    if (seen) seen.listed++;
    else this.perRuleAndFile.set(key, { listed: 1, more: 0, sample: safe });
    (finding.severity === 'error' ? this.errors : this.warnings).push(safe);
  }

  /**
   * Counts a finding without building it when its (file, rule) is already listed in full, and
   * returns true; false when it would be listed (the caller then builds it and calls add). For
   * rules that may fire on every row: a file of 200 000 bad rows must not build 200 000 messages.
   */
  skipOverLimit(severity: Severity, rule: string, file: string): boolean {
    const seen = this.perRuleAndFile.get(`${file}\u0000${rule}`);
    if (!seen || seen.listed < FINDINGS_PER_RULE_AND_FILE) return false;
    if (severity === 'error') this.errorCount++;
    else this.warningCount++;
    seen.more++;
    return true;
  }

  error(rule: string, file: string, message: string, where: Omit<Finding, 'severity' | 'rule' | 'file' | 'message'> = {}): void {
    this.add({ severity: 'error', rule, file, ...where, message });
  }

  warning(rule: string, file: string, message: string, where: Omit<Finding, 'severity' | 'rule' | 'file' | 'message'> = {}): void {
    this.add({ severity: 'warning', rule, file, ...where, message });
  }

  /** Adds one summary line per (file, rule) whose findings were cut off. Call once at the end. */
  finish(): void {
    for (const { more, sample } of this.perRuleAndFile.values()) {
      if (more === 0) continue;
      const summary: Finding = {
        severity: sample.severity,
        rule: sample.rule,
        file: sample.file,
        message: `${more} more finding${more === 1 ? '' : 's'} of this rule in this file are not listed`,
        hint: 'Fix the findings listed above and run validate again to see the rest.',
      };
      summaries.add(summary);
      (summary.severity === 'error' ? this.errors : this.warnings).push(summary);
    }
  }
}

export type { Finding, Severity };
