import { describe, expect, it } from 'vitest';
import { xlsxTable } from './xlsx-table.js';

type Workbook = import('exceljs').Workbook;

async function workbook(build: (workbook: Workbook) => void): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function load(bytes: Buffer): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  return book;
}

describe('xlsxTable', () => {
  it('reads the first sheet by value from its header on, and writes edits into the cells of those rows only', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Blad1');
      sheet.getCell('A3').value = 'person_id'; // two blank rows above the header
      sheet.getCell('B3').value = 'contact_date';
      sheet.getCell('C3').value = 'year';
      sheet.getCell('A4').value = 199001011234; // a 12-digit id typed as a number
      sheet.getCell('B4').value = new Date('2016-05-01T00:00:00Z');
      sheet.getCell('C4').value = { formula: '2000+16', result: 2016 };
      book.addWorksheet('Anteckningar').getCell('A1').value = 'kept';
    });
    const table = await xlsxTable(bytes);
    expect(table.records).toEqual([
      ['person_id', 'contact_date', 'year'],
      ['199001011234', '2016-05-01', '2016'],
    ]);
    const after = await load(
      await table.apply({ cells: [{ record: 1, field: 0, value: 'p-0123456789abcdef' }], addedGender: ['gender', 'female'] }),
    );
    const sheet = after.worksheets[0]!;
    expect(sheet.getCell('A4').value).toBe('p-0123456789abcdef');
    expect(sheet.getCell('B4').value).toEqual(new Date('2016-05-01T00:00:00Z'));
    expect(sheet.getCell('C4').value).toEqual({ formula: '2000+16', result: 2016 });
    expect([sheet.getCell('D3').value, sheet.getCell('D4').value]).toEqual(['gender', 'female']);
    expect(sheet.getCell('A1').value).toBeNull();
    expect(after.worksheets[1]!.getCell('A1').value).toBe('kept');
  });
});
