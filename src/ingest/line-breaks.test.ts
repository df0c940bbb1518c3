// Contract §8: LF, CRLF and a lone CR each end a line, for records and line numbers alike.
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './reader.js';

async function read(text: string | Buffer): Promise<Array<[string[], number]>> {
  const records: Array<[string[], number]> = [];
  await readCsvRecords(typeof text === 'string' ? Buffer.from(text) : text, {
    record: (f, line) => records.push([[...f], line]),
    problem: () => {},
  });
  return records;
}

describe('line breaks', () => {
  it('reads a file with lone-CR line endings row by row', async () => {
    expect(await read('a,b\r1,2\r3,4\r')).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['3', '4'], 3],
    ]);
  });

  it('counts LF, CRLF and CR alike in one file, with blank lines', async () => {
    expect(await read('a,b\r\n1,2\r\r3,4\n5,6')).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['3', '4'], 4],
      [['5', '6'], 5],
    ]);
  });

  it('also on the quoted path', async () => {
    expect(await read('"a","b"\r"1","2"\r"x\ry","3"\r')).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['x\ny', '3'], 3],
    ]);
  });

  it('joins a CR and an LF split across chunks into one break', async () => {
    const head = 'a,b\r\n' + 'x,y\r\n'.repeat((1 << 18) / 5);
    const text = head.slice(0, (1 << 18) - 1) + '\r' + '\n1,2\n';
    const records = await read(text);
    const lines = records.map(([, line]) => line);
    expect(lines).toEqual(lines.map((_, i) => i + 1));
  });

  it('cuts a row of millions of delimiters at the field cap instead of splitting it all', async () => {
    const records = await read(`a,b\n1${','.repeat(100_000)}\n`);
    expect(records[1]![0].length).toBe(1001);
  });
});
