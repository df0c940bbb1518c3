import { describe, expect, it } from 'vitest';
import { cut, escapeControls, quote, safeText, safeValue } from './quote.js';

describe('quoting data for output', () => {
  it('escapes ESC, OSC, BEL, NUL, CR, C1 CSI, DEL and bidi overrides as \\uXXXX', () => {
    expect(escapeControls('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
    expect(escapeControls('\u001b]0;title\u0007')).toBe('\\u001b]0;title\\u0007');
    expect(escapeControls('x\u0000y\rz\u009b\u007f')).toBe('x\\u0000y\\u000dz\\u009b\\u007f');
    expect(escapeControls('abc\u202egnp.exe')).toBe('abc\\u202egnp.exe');
    expect(escapeControls('Åsa Öberg – 15–24')).toBe('Åsa Öberg – 15–24');
  });

  it('quotes a value: masked, cut, escaped, with quotes and backslashes escaped', () => {
    expect(quote('verk\u001bstad')).toBe('"verk\\u001bstad"');
    expect(quote('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(quote('x'.repeat(200))).toBe(`"${'x'.repeat(79)}…"`);
    expect(quote('id 19990101 2386')).toBe('"id 19990101-****"');
  });

  it('masks before it cuts, so a cut cannot leave a personnummer unmasked', () => {
    const value = `${'x'.repeat(70)}199901012386`;
    const shown = safeValue(value);
    expect(shown).not.toMatch(/2386/);
    expect(shown.length).toBeLessThanOrEqual(80);
  });

  it('keeps tab and newline in our own texts but escapes every other control character', () => {
    expect(safeText('one\ntwo\tthree\u001b')).toBe('one\ntwo\tthree\\u001b');
    expect(safeText('y'.repeat(5000)).length).toBe(1000);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = `${'a'.repeat(8)}😀😀`;
    expect(cut(text, 10)).toBe(`${'a'.repeat(8)}…`);
  });
});
