// Contract v1.2 §9: the personnummer shape in every separator and digit form; §8: all forms of one
// personnummer are one person, the '+' form included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthYear, centenarianSeparator, looksLikePersonalNumber, maskPersonalNumbers, personnummerShape } from './pnr.js';
import { asciiDigits } from './unicode-digits.js';
import { parsePersonId } from '../validate/fields.js';

/** 19990101-2386 has a valid check digit; 19990101-2387 does not. */
const SEPARATORS = [' ', '–', '—', '/', '.', '_', ':', '\u00a0', '\u2009', '\u0000', '\t', ',', '−'];
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const arabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));

describe('the personnummer shape (contract v1.2 §9)', () => {
  it('is a real date, any single separator or none, and four digits, in any Unicode digits', () => {
    for (const sep of [...SEPARATORS, '', '-', '+']) {
      expect(personnummerShape(`19990101${sep}2386`), JSON.stringify(sep)).toMatchObject({ datePart: '19990101', lastFour: '2386' });
      expect(personnummerShape(`990101${sep}2387`), JSON.stringify(sep)).toMatchObject({ datePart: '990101', lastFour: '2387' });
    }
    expect(personnummerShape(fullWidth('19990101-2386'))).toMatchObject({ datePart: '19990101', lastFour: '2386' });
    expect(personnummerShape(arabicIndic('9901012386'))).toMatchObject({ datePart: '990101', lastFour: '2386' });
    expect(personnummerShape('990161-2386')).not.toBeNull(); // samordningsnummer: day + 60
  });

  it('needs a date that exists', () => {
    expect(personnummerShape('19990230.2386')).toBeNull();
    expect(personnummerShape('1234567890')).toBeNull();
    expect(personnummerShape('19991301 2386')).toBeNull();
    expect(personnummerShape('000229-1234')).not.toBeNull(); // 2000-02-29
  });

  it('is an invalid id unless written in a standard form with a valid check digit', () => {
    expect(parsePersonId('19990101-2386')).toBe('990101-2386');
    expect(parsePersonId('199901012386')).toBe('990101-2386');
    for (const id of [
      '19990101.2387',
      '19990101.2386',
      '19990101 2386',
      '990101–2386',
      '19990101/2386',
      fullWidth('19990101-2386'),
      '990101_2386',
    ]) {
      expect(parsePersonId(id), id).toBeUndefined();
    }
    expect(parsePersonId('P0042')).toBe('P0042');
    expect(parsePersonId('1999.01.01')).toBe('1999.01.01'); // too few digits: a pseudonym
  });

  it('treats every form of one personnummer as one person, the + form included', () => {
    const today = new Date();
    const year = today.getUTCFullYear();
    expect(year - birthYear(looksLikePersonalNumber('101010+2661')!, today)).toBeGreaterThanOrEqual(100);
    const forms = ['101010+2661', '19101010-2661', '191010102661', '19101010+2661'];
    const ids = forms.map((f) => parsePersonId(f));
    expect(new Set(ids)).toEqual(new Set(['101010+2661']));
    // The same date a century later is another person.
    expect(parsePersonId('20101010-2661')).toBe('101010-2661');
    expect(parsePersonId('101010-2661')).toBe('101010-2661');
  });

  it('places a 6-digit date part in the right century', () => {
    const today = new Date(Date.UTC(2026, 11, 5));
    const shape = (id: string) => looksLikePersonalNumber(id)!;
    expect(birthYear(shape('990101-2386'), today)).toBe(1999);
    expect(birthYear(shape('260101-1234'), today)).toBe(2026);
    expect(birthYear(shape('261231-1234'), today)).toBe(1926); // not born yet in 2026
    expect(birthYear(shape('990101+2386'), today)).toBe(1899);
    expect(centenarianSeparator(shape('19260101-1234'), today)).toBe('+');
    expect(centenarianSeparator(shape('19270101-1234'), today)).toBe('-');
  });

  it('digits of every script become ASCII', () => {
    expect(asciiDigits(fullWidth('0123456789'))).toBe('0123456789');
    expect(asciiDigits(arabicIndic('0123456789'))).toBe('0123456789');
    expect(asciiDigits('𝟎𝟏𝟐𝟗')).toBe('0129'); // mathematical bold
  });
});

describe('masking every form', () => {
  it('masks each separator form and each digit form in free text', () => {
    for (const sep of [...SEPARATORS, '', '-', '+', ' - ', '\r\n']) {
      const text = `id 19990101${sep}2386 and 990101${sep}2387 end`;
      expect(maskPersonalNumbers(text), JSON.stringify(sep)).not.toMatch(/238[67]/);
    }
    expect(maskPersonalNumbers(`x ${fullWidth('19990101 2386')} y`)).toBe('x 19990101-**** y');
  });

  it('never lets a personnummer through in any separator or digit form (property)', () => {
    const digitForms = [(s: string) => s, fullWidth, arabicIndic];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom(...SEPARATORS, '', '-', '+'),
        fc.boolean(),
        fc.constantFrom(...digitForms),
        fc.string({ maxLength: 20 }),
        (date, last, sep, long, digits, around) => {
          const iso = date.toISOString();
          const datePart = (long ? iso.slice(0, 4) : iso.slice(2, 4)) + iso.slice(5, 7) + iso.slice(8, 10);
          const four = String(last).padStart(4, '0');
          const id = digits(`${datePart}${sep}${four}`);
          const clean = around.replace(/\p{N}/gu, '');
          const masked = maskPersonalNumbers(`${clean}${id}${clean}`);
          expect(masked).not.toContain(id);
          expect(asciiDigits(masked).replace(/\D/g, '')).not.toContain(`${datePart}${four}`);
        },
      ),
    );
  });
});
