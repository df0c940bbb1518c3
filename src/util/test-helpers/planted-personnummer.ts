// A personnummer in any of the forms contract v1.2 §9 counts as one (any single separator or none,
// a two- or four-digit year, any Unicode digits), for the property tests that plant one in the data
// and then search every output for it, in this form or any other.
import fc from 'fast-check';

export const SEPARATORS = ['', '-', '+', ' ', '–', '—', '/', '.', '_', ':', ',', ';', '\u00a0', '\u2009', '\u202f', '\t'];
/** The zero of each digit script tried: ASCII, full-width, Arabic-Indic, Devanagari, mathematical bold. */
export const DIGITS = [0x30, 0xff10, 0x660, 0x966, 0x1d7ce];

export interface PlantedPersonnummer {
  /** As planted: separator and digit script applied. */
  id: string;
  /** Its date part and last four digits in ASCII, to find the number again in any form. */
  datePart: string;
  four: string;
}

const inDigits = (s: string, zero: number) => s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

export function plantedPersonnummer(options: {
  min: Date;
  max: Date;
  separators?: readonly string[];
  digits?: readonly number[];
}): fc.Arbitrary<PlantedPersonnummer> {
  return fc
    .record({
      date: fc.date({ min: options.min, max: options.max, noInvalidDate: true }),
      last: fc.integer({ min: 0, max: 9999 }),
      sep: fc.constantFrom(...(options.separators ?? SEPARATORS)),
      long: fc.boolean(),
      zero: fc.constantFrom(...(options.digits ?? DIGITS)),
    })
    .map(({ date, last, sep, long, zero }) => {
      const iso = date.toISOString();
      const datePart = (long ? iso.slice(0, 4) : iso.slice(2, 4)) + iso.slice(5, 7) + iso.slice(8, 10);
      const four = String(last).padStart(4, '0');
      return { id: inDigits(`${datePart}${sep}${four}`, zero), datePart, four };
    });
}

/**
 * Digits of any script tried here as ASCII, compatibility forms (full-width, bold) folded. Written
 * apart from util/unicode-digits.ts on purpose: the search for a leak must not share a digit table
 * with the masking it checks, or one wrong entry would hide itself.
 */
export function asciiDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x966));
}

/** The number in any form: digits made ASCII, up to three characters between its parts. */
export function holdsNumber(output: string, { datePart, four }: PlantedPersonnummer): boolean {
  return new RegExp(`${datePart}[^0-9]{0,3}${four}`).test(asciiDigits(output));
}
