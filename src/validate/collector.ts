// Collects findings from every stage. Nothing stops at the first finding. Messages, hints and
// column names pass through util/quote.ts (masked, cut, control characters escaped), so no
// personnummer and no terminal escape can leave here, whatever a rule wrote.
// A file where one rule fires on every row (a wrong date format in 1 000 000 rows) would bury the
// report, so each (file, rule) lists at most LIMIT findings and then one line saying how many more.
import type { Finding, Severity } from './finding.js';
import { RULE, type FieldRule, type Rule } from './rules.js';
import type { IngestProblems, ProblemSink } from '../ingest/problems.js';
import type { BoundaryProblems, BoundarySink } from '../boundary/problems.js';
import { safeText, safeValue } from '../util/quote.js';
import { columnLetters } from '../ingest/xlsx.js';

/** A sheet name as Excel writes it in a reference: quoted when it has anything but letters and digits. */
const quoteSheet = (name: string) => (/^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
import { WarningAcceptance } from './accept.js';

/** The rule of each problem the boundary reports; an unreadable file is its format's own rule. */
const BOUNDARY_RULES: { [K in keyof BoundaryProblems]: (facts: BoundaryProblems[K]) => Rule<BoundaryProblems[K]> } = {
  outsideDataFolder: () => RULE.file.outsideDataFolder as Rule<unknown>,
  special: () => RULE.file.special,
  brokenLink: () => RULE.file.brokenLink as Rule<unknown>,
  changed: () => RULE.file.changed as Rule<unknown>,
  unreadable: ({ what, format }) =>
    what === 'folder' ? RULE.file.unreadable : format === 'CSV' || format === 'XLSX' ? RULE.csv.unreadable : RULE.config.unreadable,
  tooLarge: () => RULE.file.tooLarge,
  wideEncoding: () => RULE.file.wideEncoding,
  notText: () => RULE.file.notText,
  notXlsx: () => RULE.file.notXlsx,
  zipExpansion: () => RULE.file.zipExpansion,
  headerTooLong: () => RULE.csv.headerTooLong,
  tooManyFields: () => RULE.csv.tooManyFields,
};

/** Where in the file a finding points. */
export type Where = Pick<Finding, 'line' | 'column' | 'columnName'>;

export const FINDINGS_PER_RULE_AND_FILE = 200;

const summaries = new WeakSet<Finding>();
/** Whether a finding is the "N more findings of this rule" line (listed after the file's findings). */
export function isSummary(finding: Finding): boolean {
  return summaries.has(finding);
}

export class FindingCollector implements ProblemSink, BoundarySink {
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];
  readonly infos: Finding[] = [];
  /** All findings, including those not listed because of the per-(file, rule) limit. */
  errorCount = 0;
  warningCount = 0;
  infoCount = 0;
  /** Warnings that project.yaml's validate.accept accepts (counted in warningCount too). */
  acceptedCount = 0;
  /** Set once project.yaml is read; until then nothing is accepted. */
  acceptance = new WarningAcceptance();
  private readonly perRuleAndFile = new Map<string, { listed: number; more: number; sample: Finding }>();

  /** The sheet each xlsx file's rows come from (ProblemSink.sheet), to name cells in its findings. */
  private readonly sheets = new Map<string, string>();

  sheet(file: string, name: string): void {
    this.sheets.set(file, name);
  }

  private count(severity: Severity): void {
    if (severity === 'error') this.errorCount++;
    else if (severity === 'warning') this.warningCount++;
    else this.infoCount++;
  }

  private listOf(severity: Severity): Finding[] {
    return severity === 'error' ? this.errors : severity === 'warning' ? this.warnings : this.infos;
  }

  add(finding: Finding): void {
    this.count(finding.severity);
    const accepted = this.acceptance.accept(finding);
    if (accepted !== undefined) this.acceptedCount++;
    const key = `${finding.file}\u0000${finding.rule}`;
    const seen = this.perRuleAndFile.get(key);
    if (seen && seen.listed >= FINDINGS_PER_RULE_AND_FILE) {
      seen.more++;
      return;
    }
    // Masked, cut and with control characters escaped (util/quote.ts), whatever a rule wrote.
    const safe: Finding = { ...finding, file: safeValue(finding.file, Number.POSITIVE_INFINITY), message: safeText(finding.message) };
    if (finding.hint !== undefined) safe.hint = safeText(finding.hint);
    if (finding.columnName !== undefined) safe.columnName = safeValue(finding.columnName);
    const sheet = this.sheets.get(finding.file);
    if (sheet !== undefined && finding.line !== undefined) {
      safe.cell = `${quoteSheet(safeValue(sheet))}!${finding.column === undefined ? '' : columnLetters(finding.column)}${finding.line}`;
    }
    if (accepted !== undefined) safe.accepted = safeText(accepted);
    if (seen) seen.listed++;
    else this.perRuleAndFile.set(key, { listed: 1, more: 0, sample: safe });
    this.listOf(finding.severity).push(safe);
  }

  /**
   * Counts a finding without building it when its (file, rule) is already listed in full, and
   * returns true; false when it would be listed (the caller then raises it). For rules that may
   * fire on every row: a file of 200 000 bad rows must not build 200 000 messages.
   */
  skipOverLimit(severity: Severity, ruleId: string, file: string): boolean {
    const seen = this.perRuleAndFile.get(`${file}\u0000${ruleId}`);
    if (!seen || seen.listed < FINDINGS_PER_RULE_AND_FILE) return false;
    this.count(severity);
    // Not built, so accepted as the first listed finding of its rule and file was.
    if (seen.sample.accepted !== undefined) this.acceptedCount++;
    seen.more++;
    return true;
  }

  /** Reports a rule of the catalogue: its severity, message and hint come from there. */
  raise<P>(rule: Rule<P>, file: string, params: P, where: Where = {}): void {
    this.add({ severity: rule.severity, rule: rule.id, file, ...where, message: rule.message(params), hint: rule.hint(params) });
  }

  /** Reports a problem ingest found in a file's bytes or header, as its `csv.*` rule (ProblemSink). */
  problem<K extends keyof IngestProblems>(kind: K, file: string, facts: IngestProblems[K], where: Where = {}): void {
    this.raise(RULE.csv[kind] as Rule<IngestProblems[K]>, file, facts, where);
  }

  /** Reports what the data folder's boundary refused, as its `file.*` (or `csv.*`, `config.*`) rule (BoundarySink). */
  refused<K extends keyof BoundaryProblems>(kind: K, file: string, facts: BoundaryProblems[K], where: Where = {}): void {
    const rule = (BOUNDARY_RULES[kind] as (facts: BoundaryProblems[K]) => Rule<BoundaryProblems[K]>)(facts);
    this.raise(rule, file, facts, where);
  }

  /** Reports a row rule of a column value; `ruleId` is its id in this file (fieldRuleId). */
  raiseField<P>(rule: FieldRule<P>, ruleId: string, file: string, params: P, where: Where): void {
    this.add({ severity: rule.severity, rule: ruleId, file, ...where, message: rule.message(params), hint: rule.hint(params) });
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
        ...(sample.accepted !== undefined ? { accepted: sample.accepted } : {}),
      };
      summaries.add(summary);
      this.listOf(summary.severity).push(summary);
    }
  }
}

export type { Finding, Severity };
