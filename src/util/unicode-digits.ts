// Unicode decimal digits (\p{Nd}: full-width ０–９, Arabic-Indic, Devanagari, mathematical …) to
// ASCII, so a personnummer written in any of them is recognised, checked and masked (contract
// v1.2 §9). Every block of decimal digits is ten code points from 0 to 9; ZEROS lists each block's
// zero (generated from Node 20's Unicode data). A digit of a newer block is placed by counting the
// digits before it, which is right for every block that does not directly follow another.
const ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090,
  0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
  0xff10, 0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da,
  0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0,
  0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];
const DIGIT = /\p{Nd}/u;
const NOT_ASCII_DIGITS = /[^0-9]/; // anything but ASCII digits takes the slow path

/** The value 0–9 of one decimal digit (a code point matching \p{Nd}). */
export function digitValue(codePoint: number): number {
  let lo = 0;
  let hi = ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ZEROS[mid]! <= codePoint) lo = mid;
    else hi = mid - 1;
  }
  const offset = codePoint - ZEROS[lo]!;
  if (offset >= 0 && offset <= 9) return offset;
  let run = 0;
  while (run < 10 && DIGIT.test(String.fromCodePoint(codePoint - run - 1))) run++;
  return run % 10;
}

/** A string of decimal digits in any script as ASCII digits (ASCII input is returned as is). */
export function asciiDigits(digits: string): string {
  if (!NOT_ASCII_DIGITS.test(digits)) return digits;
  let out = '';
  for (const ch of digits) out += DIGIT.test(ch) ? String(digitValue(ch.codePointAt(0)!)) : ch;
  return out;
}
