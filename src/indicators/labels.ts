// Swedish labels of every figure path, for the spreadsheet export and any table that lists
// indicators generically. Paths are dotted keys of `Figures` ("dropouts.byReason.moved"); the
// words are in each indicator's copy fragment (./<name>/copy.sv.json), the codes' labels in the
// code lists.
import { indicators } from './registry.js';

/** The Swedish label of a count or ratio path; falls back to the path itself. */
export function figureLabel(path: string): string {
  const [key, ...rest] = path.split('.');
  const indicator = indicators.find((i) => i.key === key);
  const labels = indicator?.copy.sv.labels;
  if (!indicator || !labels) return path;
  const fixed = labels[rest.join('.')];
  if (fixed) return fixed;
  if (rest.length === 2) {
    const [breakdown, code] = rest as [string, string];
    const template = labels[`${breakdown}.*`];
    if (template) return template.replace('{code}', () => indicator.codeLabels?.[breakdown]?.(code) ?? code);
  }
  return path;
}
