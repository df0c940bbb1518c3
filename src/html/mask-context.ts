// Every text a document prints comes from its render context, and much of it is anyone's text:
// names, quotes, baseline labels and narrative from the YAML files of an untrusted data folder.
// A personnummer in any of it is masked in the PDF as everywhere (contract v1.2 §9), whichever
// template or helper prints it: the context's strings are masked once, before rendering, instead
// of trusting every `{{value}}` of every template to remember it.
import { maskPersonalNumbers } from '../util/pnr.js';

/**
 * A copy of `value` with every string in plain objects and arrays masked. Anything else (numbers,
 * our own TrustedHtml charts, class instances) is passed through as it is.
 */
export function maskContext<T>(value: T): T {
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
