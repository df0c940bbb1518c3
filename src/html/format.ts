// Swedish number and date style for every report (design brief "Numbers"): thousands separated by
// a narrow no-break space, decimal comma, a no-break space before "%", dates in words in text and
// ISO in data tables. A missing or suppressed figure prints as "..", the SCB convention.
import type { HelperDelegate } from 'handlebars';

/** U+202F NARROW NO-BREAK SPACE: the thousands separator ("3 000"). */
export const THIN_SPACE = '\u202F';
/** U+00A0 NO-BREAK SPACE: between a number and its unit ("92 %"). */
export const NBSP = '\u00A0';
/** What a suppressed or unavailable figure prints as. */
export const MISSING = '..';
/** U+2212 MINUS SIGN, the typographic minus. */
const MINUS = '\u2212';

type Num = number | null | undefined;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function groupThousands(digits: string): string {
  // Four-digit numbers are grouped too ("3 000"), as in the design brief.
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THIN_SPACE);
}

/** An integer count: 3000 → "3 000"; null → "..". Non-integers are rounded. */
export function formatInteger(value: Num): string {
  if (!isFiniteNumber(value)) return MISSING;
  const rounded = Math.round(value);
  const sign = rounded < 0 ? MINUS : '';
  return sign + groupThousands(String(Math.abs(rounded)));
}

/** A decimal number with a decimal comma: 12.5 → "12,5" (digits after the comma, default 1). */
export function formatDecimal(value: Num, digits = 1): string {
  if (!isFiniteNumber(value)) return MISSING;
  const fixed = Math.abs(value).toFixed(digits);
  const [whole = '0', fraction] = fixed.split('.');
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? MINUS : '') + groupThousands(whole) + (fraction === undefined ? '' : ',' + fraction);
}

/** Whole percent of numerator / denominator: (95, 103) → "92 %"; no denominator or suppressed → "..". */
export function formatPercent(numerator: Num, denominator: Num): string {
  const value = percentValue(numerator, denominator);
  return value === null ? MISSING : `${formatInteger(value)}${NBSP}%`;
}

/** The rounded whole percent as a number, or null when it cannot be shown. */
export function percentValue(numerator: Num, denominator: Num): number | null {
  if (!isFiniteNumber(numerator) || !isFiniteNumber(denominator) || denominator <= 0) return null;
  // Round half up on the exact fraction (avoid 0.5 landing on 0.49999… in floating point).
  return Math.floor((numerator * 200 + denominator) / (2 * denominator));
}

/** A share with its base, as the first mention in a section shows it: "92 % (95 av 103)". */
export function formatShare(numerator: Num, denominator: Num): string {
  const percent = formatPercent(numerator, denominator);
  if (percent === MISSING) return MISSING;
  return `${percent} (${formatInteger(numerator)} av ${formatInteger(denominator)})`;
}

/** A percentage value already computed (e.g. 25) → "25 %". */
export function formatPercentValue(value: Num): string {
  return isFiniteNumber(value) ? `${formatInteger(value)}${NBSP}%` : MISSING;
}

export const MONTHS_SV = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

function parseIso(iso: unknown): [number, number, number] | null {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return [y, mo, d];
}

/** A date in running text: "2018-02-27" → "27 februari 2018"; anything else → "..". */
export function formatDateText(iso: unknown): string {
  const parts = parseIso(iso);
  if (!parts) return MISSING;
  const [y, mo, d] = parts;
  return `${d}${NBSP}${MONTHS_SV[mo - 1]} ${y}`;
}

/** A date in a data table: the ISO form "2018-02-27"; anything else → "..". */
export function formatDateIso(iso: unknown): string {
  const parts = parseIso(iso);
  if (!parts) return MISSING;
  const [y, mo, d] = parts;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Month and year: "2015-08-17" → "augusti 2015". */
export function formatMonthYear(iso: unknown): string {
  const parts = parseIso(iso);
  if (!parts) return MISSING;
  return `${MONTHS_SV[parts[1] - 1]} ${parts[0]}`;
}

/** Drops Handlebars' trailing options argument from a helper call's arguments. */
function args(raw: unknown[]): unknown[] {
  return raw.slice(0, -1);
}
const num = (v: unknown): Num => (isFiniteNumber(v) ? v : null);

/**
 * The format helpers by name, for registration in a Handlebars environment:
 * `{{int n}}`, `{{dec n 1}}`, `{{pct num den}}`, `{{share num den}}`, `{{pctval n}}`,
 * `{{date iso}}`, `{{isodate iso}}`, `{{monthyear iso}}`.
 */
export const FORMAT_HELPERS: Record<string, HelperDelegate> = {
  int: (...raw: unknown[]) => formatInteger(num(args(raw)[0])),
  dec: (...raw: unknown[]) => {
    const [value, digits] = args(raw);
    return formatDecimal(num(value), isFiniteNumber(digits) ? digits : 1);
  },
  pct: (...raw: unknown[]) => {
    const [n, d] = args(raw);
    return formatPercent(num(n), num(d));
  },
  share: (...raw: unknown[]) => {
    const [n, d] = args(raw);
    return formatShare(num(n), num(d));
  },
  pctval: (...raw: unknown[]) => formatPercentValue(num(args(raw)[0])),
  date: (...raw: unknown[]) => formatDateText(args(raw)[0]),
  isodate: (...raw: unknown[]) => formatDateIso(args(raw)[0]),
  monthyear: (...raw: unknown[]) => formatMonthYear(args(raw)[0]),
};

const listFormat = new Intl.ListFormat('sv', { style: 'long', type: 'conjunction' });
/** A Swedish list: "Malmö, Lund och Burlöv". */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}
