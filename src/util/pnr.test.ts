import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasValidCheckDigit, hasValidDate, looksLikePersonalNumber, maskPersonId, maskPersonalNumbers } from './pnr.js';

/** Luhn check digit over the first nine digits of the 10-digit form. */
function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const valid = (shape: string) => {
  const found = looksLikePersonalNumber(shape);
  return found !== null && hasValidCheckDigit(found) && hasValidDate(found);
};

describe('personnummer', () => {
  it('accepts the well-known test number 811218-9876 and its other forms', () => {
    expect(checkDigit('811218987')).toBe(6);
    for (const form of ['811218-9876', '8112189876', '19811218-9876', '198112189876']) expect(valid(form)).toBe(true);
  });

  it('rejects a wrong check digit in every form', () => {
    for (const form of ['811218-9877', '8112189870', '19811218-9875', '198112189871']) {
      const shape = looksLikePersonalNumber(form);
      expect(shape).not.toBeNull();
      expect(hasValidCheckDigit(shape!)).toBe(false);
    }
  });

  it('accepts a samordningsnummer (day + 60) and rejects day 92', () => {
    const nine = '701063238'; // 1970-10-03 as samordningsnummer: day 63
    const id = `${nine.slice(0, 6)}-${nine.slice(6)}${checkDigit(nine)}`;
    expect(valid(id)).toBe(true);
    const bad = looksLikePersonalNumber('701092-2381');
    expect(bad === null || !hasValidDate(bad)).toBe(true);
  });

  it('accepts "+" for people aged 100 or more', () => {
    const nine = '121212121';
    expect(valid(`121212+${nine.slice(6)}${checkDigit(nine)}`)).toBe(true);
    expect(looksLikePersonalNumber('121212+1212')?.separator).toBe('+');
  });

  it('rejects impossible dates', () => {
    const nine = '990230123'; // 30 February
    const shape = looksLikePersonalNumber(`990230-123${checkDigit(nine)}`);
    expect(shape).not.toBeNull();
    expect(hasValidDate(shape!)).toBe(false);
  });

  it('treats digit strings without a plausible date as pseudonyms', () => {
    expect(looksLikePersonalNumber('1234567890')).toBeNull(); // month 34
    expect(looksLikePersonalNumber('P0042')).toBeNull();
  });

  it('every valid generated personnummer passes, and changing the check digit fails', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1920-01-01'), max: new Date('2015-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 1, max: 9 }),
        (date, serial, delta) => {
          const iso = date.toISOString();
          const six = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
          const nine = six + String(serial).padStart(3, '0');
          const c = checkDigit(nine);
          expect(valid(`${six}-${nine.slice(6)}${c}`)).toBe(true);
          expect(valid(`${iso.slice(0, 4)}${six.slice(2)}${nine.slice(6)}${c}`)).toBe(true);
          expect(valid(`${six}-${nine.slice(6)}${(c + delta) % 10}`)).toBe(false);
        },
      ),
    );
  });
});

describe('masking', () => {
  it('hides the last four digits of every form', () => {
    expect(maskPersonId('811218-9876')).toBe('811218-****');
    expect(maskPersonId('8112189876')).toBe('811218-****');
    expect(maskPersonId('19811218-9876')).toBe('19811218-****');
    expect(maskPersonId('198112189876')).toBe('19811218-****');
    expect(maskPersonId('121212+1212')).toBe('121212+****');
    expect(maskPersonId('P0042')).toBe('P0042');
  });

  it('masks numbers inside text, also with a wrong check digit, and leaves other digits alone', () => {
    const text = 'ids 811218-9876, 8112189877 and 19811218-9876; year 2017, phone-like 0701234567';
    const masked = maskPersonalNumbers(text);
    expect(masked).not.toMatch(/9876|9877/);
    expect(masked).toContain('811218-****');
    expect(masked).toContain('19811218-****');
    expect(masked).toContain('2017');
  });

  it('never lets a generated personnummer through whole', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1920-01-01'), max: new Date('2015-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('-', '+', ''),
        fc.boolean(),
        fc.string(),
        (date, last, sep, long, prefix) => {
          const iso = date.toISOString();
          const datePart = long
            ? iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10)
            : iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
          const id = `${datePart}${sep}${String(last).padStart(4, '0')}`;
          const text = `${prefix.replace(/\d/g, '')} ${id} x`;
          expect(maskPersonalNumbers(text)).not.toContain(id);
          expect(maskPersonId(id)).toBe(`${datePart}${sep === '+' ? '+' : '-'}****`);
        },
      ),
    );
  });
});
