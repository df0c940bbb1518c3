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

async function read(input: string | Buffer, options: { quotedFastPath?: boolean } = {}): Promise<Read> {
  const records: Read['records'] = [];
  const problems: Read['problems'] = [];
  const sink = {
    record: (fields: string[], line: number) => records.push({ fields: [...fields], line }),
    problem: (line: number, message: string) => problems.push({ line, message }),
  };
  const info = await readCsvRecords(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, sink, options);
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
    expect(r.records.map((x) => [x.fields, x.line])).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['3', '4'], 3],
    ]);
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
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t'),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        async (sep, width, rows, nl) => {
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const text = [header, ...rows.map((r) => r.slice(0, width))].map((r) => r.join(sep)).join(nl) + nl;
          const ours = await read(text);
          const theirs = parseSync(text, { delimiter: sep, relax_column_count: true, skip_empty_lines: true }) as string[][];
          expect(ours.records.map((x) => x.fields)).toEqual(theirs);
        },
      ),
    );
  });

  /**
   * The fast path for whole-field quotes reads as csv-parse alone does: the same records and
   * problems. One difference is allowed: csv-parse alone puts a quote that is never closed on the
   * line after the last record, even when blank lines follow it; read from the line where the
   * quote opens, the problem is on that line.
   */
  async function expectSameAsCsvParse(text: string) {
    const ours = await read(text);
    const theirs = await read(text, { quotedFastPath: false });
    expect({ ...ours, problems: [] }).toEqual({ ...theirs, problems: [] });
    expect(ours.problems.map((p) => p.message)).toEqual(theirs.problems.map((p) => p.message));
    ours.problems.forEach((p, i) => {
      const their = theirs.problems[i]!;
      if (p.line === their.line) return;
      expect(p.message).toMatch(/never closed/);
      expect(p.line).toBeGreaterThan(their.line);
      expect(
        text
          .split(/\r?\n/)
          .slice(their.line - 1, p.line - 1)
          .every((l) => l === ''),
      ).toBe(true); // only blank lines between
    });
  }

  it('reads whole-field quotes as csv-parse does, and hands csv-parse the rest from any other quoting on', async () => {
    // Cells with delimiters, quotes and newlines, quoted as exports do (always, or when needed).
    const cell = fc.array(fc.constantFrom('a', 'ö', ' ', ',', ';', '"', '\n', '1'), { maxLength: 5 }).map((cs) => cs.join(''));
    const quoteAs = fc.constantFrom('always', 'needed', 'never');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';'),
        quoteAs,
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        async (sep, how, rows, nl) => {
          const quote = (v: string) => (how === 'always' || (how === 'needed' && /[,;"\n]/.test(v)) ? `"${v.replace(/"/g, '""')}"` : v);
          await expectSameAsCsvParse(['"a"' + sep + 'b', ...rows.map((r) => r.map(quote).join(sep))].join(nl) + nl);
        },
      ),
      { numRuns: 400 },
    );
    // Anything at all: stray and unclosed quotes, quotes after text, blank lines, no last newline.
    // (Not a lone '\r': csv-parse counts it as a line in its numbers, though not between records;
    // both of our paths count lines by '\n' only.)
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', '"', '"', ',', ';', '\n', '\r\n', ' ', 'ö'), { maxLength: 120 }), async (chars) => {
        await expectSameAsCsvParse('"x",y\n' + chars.join(''));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a quoted file of many chunks the same, with csv-parse taking over far into it', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `"p${i}","HT2016","SV ""A""","${i % 7 === 0 ? 'x;y' : 'C'}"`);
    rows.splice(25_000, 0, '"late","quoted\nnewline","z","w"', '"after",stray"quote,"q","r"');
    const text = '"id","term","subject","grade"\r\n' + rows.join('\r\n') + '\r\n';
    expect(text.length).toBeGreaterThan(3 * (1 << 18)); // several chunks before csv-parse takes over
    await expectSameAsCsvParse(text);
    const r = await read(text);
    expect(r.records[25_001]).toEqual({ fields: ['late', 'quoted\nnewline', 'z', 'w'], line: 25_002 });
    expect(r.problems.map((p) => p.line)).toEqual([25_004]);
    expect(r.records.at(-1)).toEqual({ fields: ['p29999', 'HT2016', 'SV "A"', 'C'], line: 30_004 });
  });

  it('reads a file whose only quotes are in the header in one pass, however long it is', async () => {
    // One column: no delimiter after the header either. Each line must not look ahead through the
    // rest of the chunk for the next quote or delimiter (that made such a file take minutes).
    const lines = Array.from({ length: 300_000 }, (_, i) => `p${i}`);
    const r = await read('"participant_id"\n' + lines.join('\n') + '\n');
    expect(r.records).toHaveLength(300_001);
    expect(r.records.at(-1)).toEqual({ fields: ['p299999'], line: 300_001 });
    const wide = await read('"a","b"\n' + lines.map((l) => `${l},x`).join('\n') + '\n"z","q""uote"\n');
    expect(wide.records.at(-1)).toEqual({ fields: ['z', 'q"uote'], line: 300_002 });
  });

  it('gives the lines after a quoted newline their own numbers, when csv-parse takes over mid-file', async () => {
    const r = await read('"a","b"\n"1","2"\n\n"3","x\ny"\n"5","6"\n');
    expect(r.records.map((x) => [x.line, ...x.fields])).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [4, '3', 'x\ny'],
      [6, '5', '6'],
    ]);
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
