// The keyed-hash pseudonym of a person id: HMAC-SHA-256 over the id's canonical form with the key
// file's bytes, shortened to 16 hex digits (64 bits). Why 64 bits is enough: a project holds at
// most some 10^5 persons, so the chance that any two collide is about n²/2^65 ≈ 3·10^-10, and a
// collision is detected and refused anyway (rewrite.ts). Without the key, a pseudonym cannot
// be linked back to a personnummer by trying all ~10^7 of one birth date's numbers.
import { createHmac } from 'node:crypto';
import { parsePersonId } from '../../validate/fields.js';

export const PSEUDONYM_PREFIX = 'p-';
const PSEUDONYM_HEX_DIGITS = 16;

/** Whether an id already is one of our pseudonyms: it is kept, so running twice changes nothing. */
export function isPseudonym(id: string): boolean {
  return new RegExp(`^${PSEUDONYM_PREFIX}[0-9a-f]{${PSEUDONYM_HEX_DIGITS}}$`).test(id);
}

/**
 * The pseudonym of one id. Every form of one personnummer (`990101-1234`, `199901011234`, …) is
 * one person (contract §8), so the canonical form is hashed; an id that is neither a valid
 * personnummer nor a pseudonym is hashed as written (trimmed), still consistently.
 */
export function pseudonymFor(key: Uint8Array, rawId: string): string {
  const id = rawId.trim();
  if (isPseudonym(id)) return id;
  const canonical = parsePersonId(id) ?? id;
  const digest = createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
  return PSEUDONYM_PREFIX + digest.slice(0, PSEUDONYM_HEX_DIGITS);
}
