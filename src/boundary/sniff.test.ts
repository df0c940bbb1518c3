import { describe, expect, it } from 'vitest';
import { headerFieldCount, headerLineEnd, sniff } from './sniff.js';

const text = 'participant_id,workshop\nP1,verkstad\n';
const utf16 = (s: string, le: boolean) => {
  const b = Buffer.from(s, 'utf16le');
  return le ? b : b.swap16();
};
const utf32le = (s: string) => {
  const out = Buffer.alloc(s.length * 4);
  [...s].forEach((ch, i) => {
    out.writeUInt32LE(ch.codePointAt(0)!, i * 4);
  });
  return out;
};

describe('sniff', () => {
  it('takes UTF-8 and Windows-1252 text as text', () => {
    expect(sniff(Buffer.from(text))).toEqual({ kind: 'text' });
    expect(sniff(Buffer.from('namn;kön\nÅsa;kvinna\n', 'latin1'))).toEqual({ kind: 'text' });
  });

  it('detects UTF-16 by BOM and by its NUL pattern, in both byte orders', () => {
    expect(sniff(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, true)]))).toEqual({ kind: 'wide', encoding: 'UTF-16' });
    expect(sniff(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, false)]))).toEqual({ kind: 'wide', encoding: 'UTF-16' });
    expect(sniff(utf16(text, true))).toEqual({ kind: 'wide', encoding: 'UTF-16' });
    expect(sniff(utf16(text, false))).toEqual({ kind: 'wide', encoding: 'UTF-16' });
  });

  it('detects UTF-32 by BOM and by its NUL pattern', () => {
    expect(sniff(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le(text)]))).toEqual({ kind: 'wide', encoding: 'UTF-32' });
    expect(sniff(utf32le(text))).toEqual({ kind: 'wide', encoding: 'UTF-32' });
  });

  it('calls binary content binary: NUL bytes, control bytes, a zip or PDF', () => {
    expect(sniff(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0]))).toMatchObject({ kind: 'binary' });
    expect(sniff(Buffer.from('a\x01b\x02c\x03d\x04e\x05'))).toMatchObject({ kind: 'binary' });
    expect(sniff(Buffer.from('PK\x03\x04rest'))).toMatchObject({ kind: 'binary', what: expect.stringContaining('Excel') });
    expect(sniff(Buffer.from('%PDF-1.7\n'))).toMatchObject({ kind: 'binary' });
  });
});

describe('header line', () => {
  it('ends at LF, CRLF or a lone CR, after blank lines and a BOM', () => {
    expect(headerLineEnd(Buffer.from('a,b\nc'))).toBe(3);
    expect(headerLineEnd(Buffer.from('a,b\r\nc'))).toBe(3);
    expect(headerLineEnd(Buffer.from('a,b\rc'))).toBe(3);
    expect(headerLineEnd(Buffer.from('\n  \r\na,b\n'))).toBe(8);
    expect(headerLineEnd(Buffer.from('\ufeff\na,b\n'))).toBe(7);
    expect(headerLineEnd(Buffer.from('a,b'))).toBe(-1);
  });

  it('counts the fields of the most common delimiter outside quotes', () => {
    expect(headerFieldCount(Buffer.from('a,b,c'))).toBe(3);
    expect(headerFieldCount(Buffer.from('a;b;"c;d"'))).toBe(3);
    expect(headerFieldCount(Buffer.from(','.repeat(5000)))).toBe(5001);
  });
});
