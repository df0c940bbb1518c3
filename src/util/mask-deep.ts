// A personnummer in any text of a data folder is masked wherever it is printed (contract v1.2 §9).
// Documents print from two structures built of that text: the templates' render context and the
// charts' inputs (labels drawn into SVG, which the context then only carries as finished markup).
// Both are masked whole, once, by this one walk, instead of trusting every place that prints.
import { maskPersonalNumbers } from './pnr.js';

/**
 * A copy of `value` with every string in plain objects and arrays masked. Anything else (numbers,
 * trusted markup such as drawn charts, class instances) is passed through as it is.
 */
export function maskStrings<T>(value: T): T {
  return maskValue(value) as T;
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalNumbers(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = maskValue(item);
    return out;
  }
  return value;
}
