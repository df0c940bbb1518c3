// The economics figures' number style: project amounts in millions with one decimal, per-person
// amounts in whole kronor, rates with at most two decimals, and an amount's price year or its
// source's unstated price level where the document's amounts do not share one.
import { describe, expect, it } from 'vitest';
import {
  amountIn,
  distinctSources,
  formatAssumption,
  formatKronor,
  formatMillions,
  formatRate,
  sourceFull,
  sourceShort,
} from './format.js';

const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('economics number style', () => {
  it('prints project amounts in mnkr with one decimal and per-person amounts in whole kronor', () => {
    expect(plain(formatMillions(7_000_000))).toBe('7,0 mnkr');
    expect(plain(formatMillions(1_318_000_000))).toBe('1 318,0 mnkr');
    expect(plain(formatMillions(-1_449_999.99))).toBe('−1,4 mnkr');
    expect(plain(formatKronor(1_139_348.96))).toBe('1 139 349 kr');
    expect(formatMillions(null)).toBe('..');
  });

  it('prints rates and shares as per cent with no more decimals than they have', () => {
    expect(plain(formatRate(0.035))).toBe('3,5 %');
    expect(plain(formatRate(0.0125))).toBe('1,25 %');
    expect(plain(formatRate(0.5))).toBe('50 %');
    expect(plain(formatAssumption('years', 5))).toBe('5 år');
    expect(plain(formatAssumption('kronor-per-year', 250_000))).toBe('250 000 kr');
  });

  it('names the price year only where the amounts do not share one, and the unstated level always', () => {
    expect(plain(amountIn({ kronor: 7e6, priceYear: 2016 }, true))).toBe('7,0 mnkr');
    expect(plain(amountIn({ kronor: 7e6, priceYear: 2016 }, false))).toBe('7,0 mnkr (2016)');
    expect(plain(amountIn({ kronor: 12.5e6, priceYear: null }, true, formatKronor))).toBe('12 500 000 kr (källans prisnivå)');
    expect(amountIn({ kronor: null, priceYear: 2016 }, false)).toBe('..');
  });

  it('cites a source with its year, or "u.å." when it states none, and lists a publication once', () => {
    const nw = { title: 'Är du lönsam lille vän?', author: 'Nilsson och Wadeskog', year: null, page: 's. 1', url: 'http://x.se/a' };
    expect(sourceFull(nw)).toBe('Nilsson och Wadeskog (u.å.): Är du lönsam lille vän?, s. 1. http://x.se/a');
    expect(sourceShort({ title: 'T', author: 'A', year: 2016 })).toBe('A (2016)');
    const a = { title: 'T', author: 'A', year: 2016 };
    expect(distinctSources([a, { ...a }, { ...a, page: 's. 2' }])).toEqual([a, { ...a, page: 's. 2' }]);
  });
});
