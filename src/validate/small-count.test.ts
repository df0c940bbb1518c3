import { describe, expect, it } from 'vitest';
import { quotePhrase, smallCounts, sourcePattern } from './small-count.js';

const phrases = (text: string, n = 5) => smallCounts(text, n).map((f) => [f.phrase, f.count]);

describe('smallCounts', () => {
  it('finds a number from 1 to N−1 before a word for people, in its inflections', () => {
    expect(phrases('3 elever slutade')).toEqual([['3 elever', 3]]);
    expect(phrases('Av dem var 1 elev och 2 ungdomar, 4 deltagare, 2 tjejerna, 3 killar, 1 person')).toEqual([
      ['1 elev', 1],
      ['2 ungdomar', 2],
      ['4 deltagare', 4],
      ['2 tjejerna', 2],
      ['3 killar', 3],
      ['1 person', 1],
    ]);
    expect(phrases('2 pojkar, 1 flicka, 3 barn, 2 kvinnor, 3 män, 1 man, 4 unga')).toHaveLength(7);
  });

  it('finds number words, "den enda", one word in between and compounds', () => {
    expect(phrases('två nyanlända tjejer')).toEqual([['två nyanlända tjejer', 2]]);
    expect(phrases('den enda eleven som hoppade av')).toEqual([['enda eleven', 1]]);
    expect(phrases('Fyra deltagare och 4 gymnasieelever och 1 KAA-ungdom')).toEqual([
      ['Fyra deltagare', 4],
      ['4 gymnasieelever', 4],
      ['1 KAA-ungdom', 1],
    ]);
    expect(phrases('3 av eleverna')).toEqual([['3 av eleverna', 3]]);
  });

  it('finds one picked out of a group, and a small rest of a whole', () => {
    expect(phrases('en av eleverna flyttade')).toEqual([['en av eleverna', 1]]);
    expect(phrases('Att 23 av 24 elever var kvar')).toEqual([['23 av 24 elever', 1]]);
    expect(phrases('92 av 103 deltagare')).toEqual([]);
    // One finding per phrase, though both the whole and the rest are small.
    expect(phrases('3 av 4 elever')).toEqual([['3 av 4 elever', 1]]);
  });

  it('finds a bare number before a verb only people do', () => {
    expect(phrases('3 fick arbete och 1 gick till folkhögskola')).toEqual([
      ['3 fick', 3],
      ['1 gick', 1],
    ]);
  });

  it('reads Markdown emphasis around the number', () => {
    expect(phrases('**2** killar')).toEqual([['2** killar', 2]]);
  });

  it('leaves alone counts of N or more, other things, decimals, ages and longer numbers', () => {
    expect(phrases('5 deltagare, 12 elever, 3 010 unga, 1 004 unga, Plug In 2.0 var')).toEqual([]);
    expect(phrases('i 3 kommuner, 2,5 elever, 17 år, 3 tunga år, 2 romaner, 05 elever')).toEqual([]);
    expect(phrases('HT2016 2 elever')).toEqual([['2 elever', 2]]);
  });

  it('follows N, and finds nothing when disclosure control is off', () => {
    expect(phrases('6 elever', 10)).toEqual([['6 elever', 6]]);
    expect(phrases('6 elever')).toEqual([]);
    expect(phrases('1 elev', 0)).toEqual([]);
    expect(phrases('1 elev', 1)).toEqual([]);
  });

  it('gives the offset of the phrase', () => {
    const [found] = smallCounts('Då hade **3** elever', 5);
    expect(found?.index).toBe('Då hade **'.length);
  });
});

describe('sourcePattern', () => {
  it('finds the phrase again across a folded line and indentation', () => {
    const source = 'results: >\n  Av dem fick 3\n  nyanlända elever arbete';
    const m = sourcePattern('3 nyanlända elever').exec(source);
    expect(m?.index).toBe(source.indexOf('3\n'));
  });
});

describe('quotePhrase', () => {
  it('puts the phrase on one line and cuts it', () => {
    expect(quotePhrase('3\n   elever')).toBe('3 elever');
    expect(quotePhrase('2** killar')).toBe('2 killar');
    expect(quotePhrase('x'.repeat(80))).toHaveLength(60);
  });
});
