// Finding the first table that breaks across pages, from the pages of its rows.
import { describe, expect, it } from 'vitest';
import { firstBreak } from './table-breaks.js';

describe('firstBreak', () => {
  it('names the first table whose body rows span pages, and its first body row on the later page', () => {
    // Tables: one page; header on p2 (repeated on p3), body rows p2, p2, p3, p3; another break after it.
    expect(
      firstBreak({
        rowPages: [
          [1, 1, 1],
          [2, 2, 2, 3, 3],
          [4, 4, 5],
        ],
      }),
    ).toEqual({ table: 1, row: 2 });
  });

  it('leaves alone a table whose header alone stands on the page before its rows, and an empty one', () => {
    expect(firstBreak({ rowPages: [[3, 4, 4, 4], [4], []] })).toBeUndefined();
  });
});
