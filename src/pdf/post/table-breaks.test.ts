// Finding the first table that breaks across pages, from the pages of its rows.
import { describe, expect, it } from 'vitest';
import { firstBreak } from './table-breaks.js';

describe('firstBreak', () => {
  it('names the first table whose body rows span pages, and its first body row on the later page', () => {
    // Tables: one page; header on p2 (repeated on p3), body rows p2, p2, p3, p3; another break after it.
    const layout = {
      rowPages: [
        [1, 1, 1],
        [2, 2, 2, 3, 3],
        [4, 4, 5],
      ],
    };
    expect(firstBreak(layout)).toEqual({ table: 1, row: 2, rows: 4 });
    expect(firstBreak(layout, 2)).toEqual({ table: 2, row: 1, rows: 2 });
  });

  it('finds a caption and header left alone at the foot of a page, the rows on the next', () => {
    expect(firstBreak({ rowPages: [[3, 4, 4, 4]] })).toEqual({ table: 0, row: 0, rows: 3 });
  });

  it('leaves alone tables on one page and a table without rows', () => {
    expect(firstBreak({ rowPages: [[4, 4], [5, 5, 5], []] })).toBeUndefined();
  });
});
