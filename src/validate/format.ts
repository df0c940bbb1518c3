// The three output formats of `plugin-report validate`: text for people, a stable JSON document for
// tools (docs/validate-json.md) and GitHub Actions workflow commands for annotations in pull
// requests. Findings are already masked and escaped by the collector; the formatters do it again
// anyway (util/quote.ts) because a personnummer or a terminal escape must never leave the program.
import { relative, join } from 'node:path';
import type pc from 'picocolors';
import type { Finding } from './finding.js';
import { isSummary } from './collector.js';
import { safeText, safeValue } from '../util/quote.js';

export type Colors = ReturnType<typeof pc.createColors>;

export interface Summary {
  files: number;
  rows: number;
  errors: number;
  warnings: number;
  /** Of the warnings, those project.yaml's validate.accept accepts (they do not fail --strict). */
  accepted?: number;
  /** What was not checked and why: counted apart from the warnings, never failing --strict. */
  infos?: number;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Whether the data passes: no errors, and with --strict no warnings but those project.yaml's
 * validate.accept accepts. Infos never fail: they say what was not checked, not what is wrong.
 */
export function isValid(summary: Summary, strict: boolean): boolean {
  return summary.errors === 0 && (!strict || summary.warnings === (summary.accepted ?? 0));
}

/** A finding's place within its file: whole-file findings first, "N more" summaries last. */
const lineKey = (f: Finding) => (isSummary(f) ? Number.MAX_SAFE_INTEGER : (f.line ?? 0));

/** Findings in report order: by file (first seen), then line, then column. */
export function sortFindings(findings: Finding[]): Finding[] {
  const fileOrder = new Map<string, number>();
  for (const f of findings) if (!fileOrder.has(f.file)) fileOrder.set(f.file, fileOrder.size);
  return [...findings].sort(
    (a, b) =>
      fileOrder.get(a.file)! - fileOrder.get(b.file)! ||
      lineKey(a) - lineKey(b) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/** 1234567 → "1,234,567" (no toLocaleString: loading ICU's locale data costs start-up time). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, word: string) => `${thousands(n)} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(summary: Summary): string {
  const accepted = summary.accepted ? ` (${thousands(summary.accepted)} accepted)` : '';
  const infos = summary.infos ? `, ${plural(summary.infos, 'info')}` : '';
  return `${plural(summary.files, 'file')}, ${plural(summary.rows, 'row')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${accepted}${infos}`;
}

export function formatText(findings: Finding[], summary: Summary, c: Colors): string {
  const out: string[] = [];
  let file: string | undefined;
  for (const f of sortFindings(findings)) {
    if (f.file !== file) {
      if (file !== undefined) out.push('');
      file = f.file;
      out.push(c.underline(f.file));
    }
    const where = f.cell ?? (f.line === undefined ? '-' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`);
    const severity =
      f.severity === 'error' ? c.red('error'.padEnd(7)) : f.severity === 'warning' ? c.yellow('warning') : c.cyan('info'.padEnd(7));
    out.push(`  ${where.padEnd(7)} ${severity} ${safeText(f.message)} ${c.dim(`(${f.rule})`)}`);
    if (f.hint) out.push(`  ${' '.repeat(7)} ${c.dim(`hint: ${safeText(f.hint)}`)}`);
    if (f.accepted !== undefined) out.push(`  ${' '.repeat(7)} ${c.green(`accepted: ${safeText(f.accepted)}`)}`);
  }
  if (out.length > 0) out.push('');
  const line = summaryLine(summary);
  const open = summary.warnings - (summary.accepted ?? 0);
  out.push(summary.errors > 0 ? c.red(c.bold(line)) : open > 0 ? c.yellow(line) : c.green(line));
  return out.join('\n') + '\n';
}

/** The JSON document of docs/validate-json.md (version 1). */
export interface ValidateJson {
  version: 1;
  valid: boolean;
  summary: Summary;
  findings: Finding[];
}

export function formatJson(findings: Finding[], summary: Summary, valid: boolean): string {
  const document: ValidateJson = {
    version: 1,
    valid,
    summary,
    findings: sortFindings(findings).map((f) => {
      const item: Finding = { severity: f.severity, rule: f.rule, file: f.file, message: safeText(f.message) };
      if (f.line !== undefined) item.line = f.line;
      if (f.column !== undefined) item.column = f.column;
      if (f.columnName !== undefined) item.columnName = safeValue(f.columnName);
      if (f.cell !== undefined) item.cell = f.cell;
      if (f.hint !== undefined) item.hint = safeText(f.hint);
      if (f.accepted !== undefined) item.accepted = safeText(f.accepted);
      return item;
    }),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

/** GitHub's escaping of a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a workflow command's property value (also ':' and ','). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::error file=…,line=…,col=…,title=…::message` per finding (`::notice` for an info), with the file relative to the
 * current working directory (where the workflow runs), then the summary as a notice.
 */
export function formatGithub(findings: Finding[], summary: Summary, dataDir: string, cwd = process.cwd()): string {
  const out: string[] = [];
  for (const f of sortFindings(findings)) {
    const props = [`file=${escapeProperty(relative(cwd, join(dataDir, f.file)).split('\\').join('/'))}`];
    if (f.line !== undefined) props.push(`line=${f.line}`);
    if (f.column !== undefined) props.push(`col=${f.column}`);
    props.push(`title=${escapeProperty(f.rule)}`);
    const said = f.hint ? `${safeText(f.message)}\n${safeText(f.hint)}` : safeText(f.message);
    // An accepted warning and an info are notices: still visible on the pull request, but not a problem.
    const message = f.accepted !== undefined ? `Accepted (${safeText(f.accepted)}): ${said}` : said;
    const command = f.accepted !== undefined || f.severity === 'info' ? 'notice' : f.severity;
    out.push(`::${command} ${props.join(',')}::${escapeData(message)}`);
  }
  out.push(`::notice title=plugin-report validate::${escapeData(summaryLine(summary))}`);
  return out.join('\n') + '\n';
}
