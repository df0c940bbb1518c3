// The findings as a Markdown table for a GitHub Actions job summary ($GITHUB_STEP_SUMMARY): the
// page a reviewer opens from the run, beside the annotations on the pull request. Findings are
// masked and escaped as in every format; pipes and line breaks are escaped so a message stays in
// its cell.
import type { Finding } from './finding.js';
import { sortFindings, summaryLine, type Summary } from './format.js';
import { safeText, safeValue } from '../util/quote.js';

/** Rows listed before "… and N more": a job summary is capped at 1 MiB. */
export const SUMMARY_ROWS = 100;

/** Text for one table cell: no `|`, no line break, no HTML. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

export function findingsMarkdown(findings: Finding[], summary: Summary, valid: boolean): string {
  const open = summary.warnings - (summary.accepted ?? 0);
  const verdict = valid ? (open > 0 ? '⚠️ valid, with warnings' : '✅ valid') : '❌ not valid';
  const out = [`### plugin-report validate: ${verdict}`, '', summaryLine(summary), ''];
  if (findings.length > 0) {
    out.push('| | file | line | rule | finding |', '|---|---|---|---|---|');
    for (const f of sortFindings(findings).slice(0, SUMMARY_ROWS)) {
      const kind = f.accepted !== undefined ? 'accepted' : f.severity;
      const where = f.line === undefined ? '' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`;
      const said = f.accepted !== undefined ? `${safeText(f.message)} (accepted: ${safeText(f.accepted)})` : safeText(f.message);
      out.push(`| ${kind} | ${cell(safeValue(f.file, Number.POSITIVE_INFINITY))} | ${where} | ${cell(f.rule)} | ${cell(said)} |`);
    }
    if (findings.length > SUMMARY_ROWS)
      out.push('', `… and ${findings.length - SUMMARY_ROWS} more: run \`plugin-report validate\` to see them all.`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
