import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParticipantIndex } from './participant-index.js';
import { dateNumber } from '../schema/csv.js';

describe('ParticipantIndex', () => {
  it('finds every id added, reports duplicates with the first slot, across growth', () => {
    const index = new ParticipantIndex();
    const n = 50_000;
    for (let i = 0; i < n; i++) expect(index.add(`P${i}`, i + 2, 20160101, (i % 3) + 1, true)).toBe(i);
    expect(index.size).toBe(n);
    for (let i = 0; i < n; i += 997) {
      expect(index.find(`P${i}`)).toBe(i);
      expect(index.line(i)).toBe(i + 2);
      expect(index.group(i)).toBe((i % 3) + 1);
      expect(index.id(i)).toBe(`P${i}`);
    }
    expect(index.add('P123', 99, 0, 0, true)).toBe(-(123 + 1));
    expect(index.find('P-none')).toBe(-1);
    expect(index.find('P1234567')).toBe(-1);
  });

  it('behaves like a Map on arbitrary ASCII ids', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9_.-]{1,8}$/), { maxLength: 300 }), (ids) => {
        const index = new ParticipantIndex();
        const model = new Map<string, number>();
        ids.forEach((id, line) => {
          const slot = index.add(id, line, 0, 0, true);
          const first = model.get(id);
          if (first === undefined) {
            expect(slot).toBe(model.size);
            model.set(id, slot);
          } else {
            expect(slot).toBe(-(first + 1));
          }
        });
        for (const [id, slot] of model) expect(index.find(id)).toBe(slot);
      }),
    );
  });

  it('tracks validity and KAA membership per slot', () => {
    const index = new ParticipantIndex();
    index.add('a', 2, 20160101, 2, false);
    expect(index.valid(0)).toBe(false);
    expect(index.inKaa(0)).toBe(false);
    index.markInKaa(0);
    expect(index.inKaa(0)).toBe(true);
    expect(index.valid(0)).toBe(false);
  });

  it('dateNumber orders like the ISO strings', () => {
    expect(dateNumber('2016-03-09')).toBe(20160309);
    expect(dateNumber('2015-12-31') < dateNumber('2016-01-01')).toBe(true);
  });
});
