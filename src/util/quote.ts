// Safe quoting of untrusted text in anything we print (findings in every format, error messages).
// Data comes from an untrusted repository: a header name with ESC [ 2 J, an OSC sequence that
// rewrites a terminal's title or clipboard, NUL, a carriage return that overwrites the line, or
// a bidirectional override that makes text read backwards must reach the terminal or the CI log
// as visible escapes (\u001b), never as control characters. Personnummer are masked first, then
// the text is cut, then escaped, so neither a cut nor an escape can split a number unmasked.
import { maskPersonalNumbers } from './pnr.js';

/** Values quoted in a message are cut to this many characters. */
export const MAX_QUOTED_CHARS = 80;

/** A whole message or hint is cut to this many characters (a backstop for the rule texts). */
export const MAX_MESSAGE_CHARS = 1000;

// C0 controls (tab and newline too: a shown value is one line), DEL, C1
// controls (0x9b is a one-byte CSI), line and paragraph separators, bidi embeddings/overrides and
// isolates, zero-width and BOM characters, lone surrogates.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// The same but for tab and newline, for whole messages and hints: ours, and multi-line on purpose
// at times (github output turns a newline into %0A; values inside were quoted already).
const UNSAFE_IN_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const asEscape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Control and invisible formatting characters as \uXXXX; everything else unchanged. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, asEscape);
}

/** Cuts to `max` characters (not inside a surrogate pair), marking the cut with "…". */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A value from the data as it may be shown: masked, cut, escaped, in double quotes (a quote or backslash inside escaped as JSON does). */
export function quote(value: string, max = MAX_QUOTED_CHARS): string {
  return `"${escapeControls(cut(maskPersonalNumbers(value), max).replace(/["\\]/g, '\\$&'))}"`;
}

/** The same without the quotes (for a value shown in a field of its own, such as columnName). */
export function safeValue(value: string, max = MAX_QUOTED_CHARS): string {
  return escapeControls(cut(maskPersonalNumbers(value), max));
}

/**
 * A whole message or hint as it may be printed: masked, cut to a sane length, control characters
 * but tab and newline escaped. A backstop: the values inside were quoted already.
 */
export function safeText(text: string, max = MAX_MESSAGE_CHARS): string {
  return cut(maskPersonalNumbers(text), max).replace(UNSAFE_IN_TEXT, asEscape);
}
