// What `plugin-report audit` prints, and what build / brochures / figures check before writing:
// per level the cells hidden (primary, secondary), the narrowest interval of a hidden small count,
// pass or fail; in all, the share of cells hidden and the region and nation totals hidden.
import type { AttackResult } from './attack.js';
import type { Disclosure } from './disclose.js';

export interface LevelAudit {
  level: string;
  cells: number;
  primary: number;
  secondary: number;
  /** The narrowest interval (max − min, bounds rounded inward) of a hidden count from 1 to N−1. */
  narrowestSmall: { width: number; cell: string; lower: number; upper: number } | null;
  recoverable: string[];
  narrow: string[];
  passed: boolean;
}

export interface AuditReport {
  n: number;
  passed: boolean;
  levels: LevelAudit[];
  cells: number;
  hidden: number;
  /** Cells of the women / men / total splits' totals at region and nation level. */
  topTotals: number;
  topTotalsHidden: number;
  /** Linear programs solved: to choose the pattern, and to attack it. */
  lps: { pattern: number; audit: number };
}

const LEVELS = ['workshop', 'municipality', 'region', 'nation'];

export function auditReport(d: Disclosure, attack: AttackResult): AuditReport {
  const cells = d.model.cells;
  const levels: LevelAudit[] = LEVELS.filter((level) => cells.some((c) => c.level === level)).map((level) => ({
    level,
    cells: 0,
    primary: 0,
    secondary: 0,
    narrowestSmall: null,
    recoverable: [],
    narrow: [],
    passed: true,
  }));
  const byLevel = new Map(levels.map((l) => [l.level, l]));
  let hidden = 0;
  let topTotals = 0;
  let topTotalsHidden = 0;
  cells.forEach((cell, id) => {
    const l = byLevel.get(cell.level)!;
    l.cells++;
    if (d.hidden[id]) {
      hidden++;
      if (d.primary[id]) l.primary++;
      else l.secondary++;
    }
    if (cell.isTotal && (cell.level === 'region' || cell.level === 'nation')) {
      topTotals++;
      if (d.hidden[id]) topTotalsHidden++;
    }
    const interval = attack.intervals.get(id);
    if (interval?.exact && cell.isCount && cell.value > 0 && cell.value < d.n) {
      const width = interval.upper - interval.lower;
      if (l.narrowestSmall === null || width < l.narrowestSmall.width) {
        l.narrowestSmall = { width, cell: cell.label, lower: interval.lower, upper: interval.upper };
      }
    }
  });
  for (const id of attack.recoverable) byLevel.get(cells[id]!.level)!.recoverable.push(cells[id]!.label);
  for (const id of attack.narrow) byLevel.get(cells[id]!.level)!.narrow.push(cells[id]!.label);
  for (const l of levels) l.passed = l.recoverable.length === 0 && l.narrow.length === 0;
  return {
    n: d.n,
    passed: levels.every((l) => l.passed),
    levels,
    cells: cells.length,
    hidden,
    topTotals,
    topTotalsHidden,
    lps: { pattern: d.lps, audit: attack.lps },
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1));

export function auditText(report: AuditReport): string {
  if (report.n <= 1) return 'Disclosure control is off (--suppress 0): nothing is hidden, nothing to audit.\n';
  const lines = [
    `Disclosure audit, N = ${report.n} (counts 1–${report.n - 1} hidden; every hidden small count must keep an interval at least ${report.n} wide)`,
    '',
  ];
  const pad = (s: string, w: number) => s.padEnd(w);
  lines.push(`${pad('level', 14)}${pad('cells', 8)}${pad('primary', 9)}${pad('secondary', 11)}${pad('narrowest small', 17)}result`);
  for (const l of report.levels) {
    const narrowest = l.narrowestSmall
      ? `${l.narrowestSmall.upper === Infinity ? '∞' : l.narrowestSmall.width} [${l.narrowestSmall.lower}, ${l.narrowestSmall.upper === Infinity ? '∞' : l.narrowestSmall.upper}]`
      : '–';
    lines.push(
      `${pad(l.level, 14)}${pad(String(l.cells), 8)}${pad(String(l.primary), 9)}${pad(String(l.secondary), 11)}${pad(narrowest, 17)}${l.passed ? 'pass' : 'FAIL'}`,
    );
  }
  lines.push('');
  lines.push(
    `hidden: ${report.hidden} of ${report.cells} cells (${percent(report.hidden, report.cells)} %); region and nation totals: ${report.topTotalsHidden} of ${report.topTotals}`,
  );
  lines.push(`linear programs: ${report.lps.pattern} to choose the pattern, ${report.lps.audit} to attack it`);
  for (const l of report.levels) {
    for (const label of l.recoverable) lines.push(`recoverable: ${label}`);
    for (const label of l.narrow) lines.push(`narrower than ${report.n}: ${label}`);
  }
  lines.push(
    report.passed
      ? 'PASS: no hidden figure can be worked out, no hidden small count narrowed below N.'
      : 'FAIL: the pattern does not protect every hidden figure.',
  );
  return lines.join('\n') + '\n';
}
