// Where the printed tables break across pages, read back from the tagged PDF Chromium prints: each
// Table element holds its rows (TR) in document order, and each row's content carries the page it
// was drawn on (/Pg). A row whose content lies on a later page than the table's first row starts
// the continuation. The header row is left out: Chromium repeats it on every page of a table.
import type { PDFDict, PDFObject } from 'pdf-lib';
import { loadPdf } from './metadata.js';

/**
 * A table that breaks badly: its index among the document's tables, the index of its first body
 * row on a later page (0: the caption and header stand alone above a page break, every row
 * after it), and how many body rows it has.
 */
export interface TableBreak {
  table: number;
  row: number;
  rows: number;
}

export interface TableLayout {
  /** Per table in document order: the page (1-based) of each of its rows, header row first. */
  rowPages: number[][];
}

/** The pages of every table's rows, from the structure tree of a tagged PDF. */
export async function readTableLayout(pdf: Uint8Array): Promise<TableLayout> {
  const lib = await import('pdf-lib');
  const doc = await loadPdf(pdf);
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const deref = (o: PDFObject | undefined) => (o instanceof lib.PDFRef ? doc.context.lookup(o) : o);
  const typeOf = (d: PDFDict) => {
    const s = d.get(lib.PDFName.of('S'));
    return s instanceof lib.PDFName ? s.decodeText() : undefined;
  };
  const kids = (o: PDFObject | undefined): PDFObject[] => {
    const v = deref(o);
    return v instanceof lib.PDFArray
      ? v
          .asArray()
          .map(deref)
          .filter((x): x is PDFObject => x !== undefined)
      : v
        ? [v]
        : [];
  };
  /** The earliest page any content of an element (or marked-content reference) is on. */
  const firstPage = (o: PDFObject): number | undefined => {
    if (!(o instanceof lib.PDFDict)) return undefined;
    const own = pageOf.get(String(o.get(lib.PDFName.of('Pg'))));
    const below = kids(o.get(lib.PDFName.of('K'))).map(firstPage);
    const pages = [own, ...below].filter((p): p is number => p !== undefined);
    return pages.length > 0 ? Math.min(...pages) : undefined;
  };
  const rowPages: number[][] = [];
  const visit = (o: PDFObject) => {
    if (!(o instanceof lib.PDFDict)) return;
    const type = typeOf(o);
    if (type === undefined) return;
    if (type === 'Table') {
      // Rows may sit directly under the Table or under THead/TBody, depending on Chromium's version.
      const rows: number[] = [];
      const collect = (e: PDFObject) => {
        if (!(e instanceof lib.PDFDict)) return;
        const t = typeOf(e);
        if (t === 'TR') rows.push(firstPage(e) ?? rows.at(-1) ?? 0);
        else if (t === 'THead' || t === 'TBody' || t === 'TFoot') kids(e.get(lib.PDFName.of('K'))).forEach(collect);
      };
      kids(o.get(lib.PDFName.of('K'))).forEach(collect);
      rowPages.push(rows);
      return;
    }
    kids(o.get(lib.PDFName.of('K'))).forEach(visit);
  };
  const root = doc.catalog.lookupMaybe(lib.PDFName.of('StructTreeRoot'), lib.PDFDict);
  if (root) kids(root.get(lib.PDFName.of('K'))).forEach(visit);
  return { rowPages };
}

/**
 * The first table from index `from` on (in document order) that breaks across pages: its body rows
 * on more than one page, or its header alone at the foot of a page, the rows on the next.
 */
export function firstBreak({ rowPages }: TableLayout, from = 0): TableBreak | undefined {
  for (let table = from; table < rowPages.length; table++) {
    const [header, ...body] = rowPages[table]!;
    const start = body[0];
    if (header === undefined || start === undefined) continue;
    if (header < start) return { table, row: 0, rows: body.length };
    const row = body.findIndex((p) => p > start);
    if (row > 0) return { table, row, rows: body.length };
  }
  return undefined;
}
