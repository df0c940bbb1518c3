// Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer):
// recognising, checking and masking them. A personnummer is never printed whole: every message,
// log line, JSON document and report passes through maskPersonalNumbers or maskPersonId.
import { asciiDigits } from './unicode-digits.js';

/** 6 or 8 date digits, an optional '-' or '+' (age 100+), then four digits. */
const PNR_SHAPE = /^(\d{6}|\d{8})([-+]?)(\d{4})$/;
/** The shape in any digits with any separator of up to three characters, inside free text, not glued to other digits. */
const PNR_IN_ANY_TEXT = /(?<!\p{Nd})(\p{Nd}{6}|\p{Nd}{8})([^\p{L}\p{N}]{0,3})(\p{Nd}{4})(?!\p{Nd})/gu;
/** The id form of contract v1.2 §9: any digits, any single separator (neither letter nor digit) or none. */
const PNR_ANY_FORM = /^(\p{Nd}{6}|\p{Nd}{8})([^\p{L}\p{N}])?(\p{Nd}{4})$/u;
/** Ten digits in a row with at most three other characters between: worth looking closer. */
const HAS_DIGIT_RUN = /\p{Nd}{4}/u;

/** Month 01–12 and day 01–31, or 61–91 for a samordningsnummer (day + 60). */
function plausibleDatePart(datePart: string): boolean {
  const six = datePart.length === 8 ? datePart.slice(2) : datePart;
  const month = Number(six.slice(2, 4));
  const day = Number(six.slice(4, 6));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

export interface PnrShape {
  datePart: string;
  separator: string;
  lastFour: string;
}

/**
 * Whether an id is meant as a personnummer: a separator makes it one; ten or twelve bare digits
 * do when they start with a plausible date. Anything else is a pseudonym.
 */
export function looksLikePersonalNumber(id: string): PnrShape | null {
  const match = PNR_SHAPE.exec(id);
  if (!match) return null;
  const [, datePart, separator, lastFour] = match as unknown as [string, string, string, string];
  if (separator === '' && !plausibleDatePart(datePart)) return null;
  return { datePart, separator, lastFour };
}

/** Luhn check over the 10-digit form (YYMMDDNNNC). */
export function hasValidCheckDigit(shape: PnrShape): boolean {
  const ten = (shape.datePart.length === 8 ? shape.datePart.slice(2) : shape.datePart) + shape.lastFour;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = ten.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Whether the date part (with day − 60 for a samordningsnummer) is a real calendar date. */
export function hasValidDate(shape: PnrShape): boolean {
  const six = shape.datePart.length === 8 ? shape.datePart.slice(2) : shape.datePart;
  const year = shape.datePart.length === 8 ? Number(shape.datePart.slice(0, 4)) : 2000 + Number(six.slice(0, 2));
  const month = Number(six.slice(2, 4));
  let day = Number(six.slice(4, 6));
  if (day > 60) day -= 60;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function masked(datePart: string, separator: string): string {
  return `${datePart}${separator === '+' ? '+' : '-'}****`;
}

/** An id as it may be shown: a personnummer with its last four digits hidden, a pseudonym as is. */
export function maskPersonId(id: string): string {
  const shape = PNR_SHAPE.exec(id);
  if (!shape) return maskPersonalNumbers(id);
  return masked(shape[1]!, shape[2]!);
}

/**
 * Hides the last four digits of everything in a text that has the shape of a personnummer: 6 or
 * 8 digits, up to three characters that are neither letters nor digits (or none), four digits, in
 * any Unicode digits (contract v1.2 §9). Generous on purpose: a separator of two characters or a
 * control character between the parts is masked too, and with '-' or '+' the date is not checked.
 */
export function maskPersonalNumbers(text: string): string {
  if (!HAS_DIGIT_RUN.test(text)) return text; // most messages: nothing to do
  return text.replace(PNR_IN_ANY_TEXT, (whole, rawDate: string, separator: string) => {
    const datePart = asciiDigits(rawDate);
    const standard = separator === '-' || separator === '+';
    return standard || plausibleDatePart(datePart) ? masked(datePart, separator.trim() === '+' ? '+' : '-') : whole;
  });
}

/**
 * The personnummer shape of contract v1.2 §9, for an id: a real date (YYMMDD or YYYYMMDD, day + 60
 * allowed), any single separator or none, four digits, in any Unicode digits, whatever the check
 * digit. Such an id is a personnummer, never a pseudonym; `isStandardPersonalNumber` says whether
 * it is also written in a form the contract accepts.
 */
export function personnummerShape(id: string): PnrShape | null {
  const match = PNR_ANY_FORM.exec(id);
  if (!match) return null;
  const shape: PnrShape = { datePart: asciiDigits(match[1]!), separator: match[2] ?? '', lastFour: asciiDigits(match[3]!) };
  return hasValidDateInAnyCentury(shape) ? shape : null;
}

/** Written as the contract's standard forms: ASCII digits, 6 or 8 date digits, '-', '+' or nothing. */
export function isStandardForm(id: string): boolean {
  return PNR_SHAPE.test(id);
}

/** A 6-digit date part is valid when it is a date in 19xx or 20xx (29 February differs). */
function hasValidDateInAnyCentury(shape: PnrShape): boolean {
  if (shape.datePart.length === 8) return hasValidDate(shape);
  return hasValidDate(shape) || hasValidDate({ ...shape, datePart: `19${shape.datePart}` });
}

/**
 * The birth year of a personnummer: written out in the 8-digit form; for the 6-digit form the
 * latest year ending in YY whose date is not after `today` ('-' or none: under 100 years old), or
 * 100 years before that ('+': 100 or older).
 */
export function birthYear(shape: PnrShape, today: Date = new Date()): number {
  if (shape.datePart.length === 8) return Number(shape.datePart.slice(0, 4));
  const yy = Number(shape.datePart.slice(0, 2));
  const month = Number(shape.datePart.slice(2, 4));
  const day = Number(shape.datePart.slice(4, 6)) % 60 || 60; // day + 60 for a samordningsnummer
  const thisYear = today.getUTCFullYear();
  let year = thisYear - ((((thisYear - yy) % 100) + 100) % 100);
  const notYetBorn = month * 100 + day > (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  if (year === thisYear && notYetBorn) year -= 100;
  return shape.separator === '+' ? year - 100 : year;
}

/**
 * Whether the person is 100 or older (at the start of this year, as the '+' form is written): the
 * separator of the canonical 10-digit form, so `101010+2661`, `19101010-2661` and `191010102661`
 * are one id, and every form of one personnummer one person (contract §8).
 */
export function centenarianSeparator(shape: PnrShape, today: Date = new Date()): '-' | '+' {
  if (shape.datePart.length === 6) return shape.separator === '+' ? '+' : '-';
  return today.getUTCFullYear() - birthYear(shape, today) >= 100 ? '+' : '-';
}
