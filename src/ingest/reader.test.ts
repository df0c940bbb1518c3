import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseSync } from 'csv-parse/sync';
import { detectDelimiter, readCsvRecords } from './reader.js';
import { createDecoder } from './encoding.js';

interface Read {
  records: Array<{ fields: string[]; line: number }>;
  problems: Array<{ line: number; message: string }>;
  delimiter: string;
  encoding: string;
  quoted: boolean;
}

async function read(input: string | Buffer): Promise<Read> {
  const records: Read['records'] = [];
  const problems: Read['problems'] = [];
  const info = await readCsvRecords(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, {
    record: (fields, line) => records.push({ fields: [...fields], line }),
    problem: (line, message) => problems.push({ line, message }),
  });
  return { records, problems, delimiter: info.delimiter, encoding: info.encoding, quoted: info.quoted };
}

describe('delimiter detection', () => {
  it('picks the most frequent of , ; tab outside quotes', () => {
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('readCsvRecords', () => {
  it('reads a plain file with line numbers, skipping blank lines', async () => {
    const r = await read('a,b\n1,2\n\n3,4\n');
    expect(r.records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 4 },
    ]);
    expect(r.quoted).toBe(false);
  });

  it('handles CRLF and a last line without newline', async () => {
    const r = await read('a;b\r\n1;2\r\n3;4');
    expect(r.delimiter).toBe(';');
    expect(r.records.map((x) => [x.fields, x.line])).toEqual([[['a', 'b'], 1], [['1', '2'], 2], [['3', '4'], 3]]);
  });

  it('gives a record with a quoted newline the line where it starts, with LF and CRLF', async () => {
    for (const nl of ['\n', '\r\n']) {
      const r = await read(['a,b', '1,"x', 'y"', '', '3,"p,q"', '"4 ""quoted""",5', ''].join(nl));
      expect(r.records.map((x) => x.line)).toEqual([1, 2, 5, 6]);
      expect(r.records[1]!.fields).toEqual(['1', 'x\ny']);
      expect(r.records[2]!.fields).toEqual(['3', 'p,q']);
      expect(r.records[3]!.fields).toEqual(['4 "quoted"', '5']);
      expect(r.problems).toEqual([]);
    }
  });

  it('reports an unclosed quote as a problem with a line, not an exception', async () => {
    const r = await read('a,b\n1,2\n3,"oops\n5,6\n');
    expect(r.records.map((x) => x.line)).toEqual([1, 2]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.line).toBe(3);
  });

  it('reports a stray quote inside an unquoted field at its line', async () => {
    const r = await read('a,b\n1,x"y\n3,4\n');
    expect(r.problems.map((p) => p.line)).toEqual([2]);
    expect(r.records.map((x) => x.line)).toEqual([1, 3]);
  });

  it('detects encodings: BOM, UTF-8, Windows-1252 (including € and š, which Node 20 gets wrong)', async () => {
    expect((await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kön\nå\n')]))).records[0]!.fields).toEqual(['kön']);
    const utf8 = await read(Buffer.from('kön\nå\n'));
    expect(utf8.encoding).toBe('utf-8');
    const cp = await read(Buffer.from([0x6b, 0xf6, 0x6e, 0x0a, 0x80, 0x9a, 0xe5, 0x0a]));
    expect(cp.encoding).toBe('windows-1252');
    expect(cp.records.map((x) => x.fields[0])).toEqual(['kön', '€šå']);
  });

  it('decodes multi-byte UTF-8 split across chunk boundaries', async () => {
    const text = 'namn\n' + 'åäö€'.repeat(200_000) + '\n';
    const r = await read(Buffer.from(text, 'utf8'));
    expect(r.encoding).toBe('utf-8');
    expect(r.records[1]!.fields[0]).toBe('åäö€'.repeat(200_000));
  });

  it('keeps a CRLF split across chunks intact', async () => {
    const decoder = createDecoder('windows-1252');
    expect(decoder.decode(Buffer.from([0x80])) + decoder.end()).toBe('€');
    const line = 'x'.repeat((1 << 18) - 5);
    const r = await read(`h\r\n${line}\r\nz\r\n`); // the first chunk ends between \r and \n
    expect(r.records.map((x) => x.fields[0])).toEqual(['h', line, 'z']);
  });

  it('agrees with csv-parse on any quote-free file (fast path = RFC 4180)', async () => {
    const cell = fc.stringMatching(/^[a-zåäö0-9 _.-]{0,6}$/);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(',', ';', '\t'), fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), async (sep, width, rows, nl) => {
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const text = [header, ...rows.map((r) => r.slice(0, width))].map((r) => r.join(sep)).join(nl) + nl;
          const ours = await read(text);
          const theirs = parseSync(text, { delimiter: sep, relax_column_count: true, skip_empty_lines: true }) as string[][];
          expect(ours.records.map((x) => x.fields)).toEqual(theirs);
        }),
    );
  });

  it('never throws on arbitrary bytes: it gives records or problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const r = await read(Buffer.from(bytes));
        for (const x of r.records) expect(x.line).toBeGreaterThanOrEqual(1);
        for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary CSV-ish text full of quotes, delimiters and newlines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', '"', ',', ';', '\n', '\r', ' ', 'ö'), { maxLength: 120 }), async (chars) => {
        const r = await read(chars.join(''));
        expect(r.records.length + r.problems.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readCsvRecords from a file (streamed in chunks)', () => {
  it('detects UTF-8 when multi-byte characters straddle chunk boundaries, and Windows-1252 otherwise', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'plugin-report-rd-'));
    try {
      const utf8 = join(dir, 'utf8.csv');
      // 'ö' is two bytes; an odd prefix makes some fall across the 256 KiB chunk boundaries.
      writeFileSync(utf8, 'x' + 'namn\n' + 'kö\n'.repeat(300_000));
      const seen: string[] = [];
      const info = await readCsvRecords(utf8, { record: (f) => seen.push(f[0]!), problem: () => {} });
      expect(info.encoding).toBe('utf-8');
      expect(seen).toHaveLength(300_001);
      expect(seen.every((v, i) => i === 0 || v === 'kö')).toBe(true);
      const cp = join(dir, 'cp.csv');
      writeFileSync(cp, Buffer.concat([Buffer.from('namn\n' + 'ab\n'.repeat(200_000)), Buffer.from([0xf6, 0x0a])]));
      const last: string[] = [];
      const info2 = await readCsvRecords(cp, { record: (f) => last.splice(0, 1, f[0]!), problem: () => {} });
      expect(info2.encoding).toBe('windows-1252');
      expect(last).toEqual(['ö']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
