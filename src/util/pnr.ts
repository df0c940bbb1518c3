// Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer):
// recognising, checking and masking them. A personnummer is never printed whole: every message,
// log line, JSON document and report passes through maskPersonalNumbers or maskPersonId.

/** 6 or 8 date digits, an optional '-' or '+' (age 100+), then four digits. */
const PNR_SHAPE = /^(\d{6}|\d{8})([-+]?)(\d{4})$/;
/** The same shape inside free text, not glued to other digits. */
const PNR_IN_TEXT = /(?<![\d])(\d{6}|\d{8})([-+]?)(\d{4})(?![\d])/g;

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

/** Hides the last four digits of everything in a text that has the shape of a personnummer. */
export function maskPersonalNumbers(text: string): string {
  return text.replace(PNR_IN_TEXT, (whole, datePart: string, separator: string) =>
    separator !== '' || plausibleDatePart(datePart) ? masked(datePart, separator) : whole,
  );
}
