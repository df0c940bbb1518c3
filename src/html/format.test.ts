import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import {
  FORMAT_HELPERS,
  MISSING,
  formatDateIso,
  formatDateText,
  formatDecimal,
  formatInteger,
  formatMonthYear,
  formatPercent,
  formatShare,
  percentValue,
} from './format.js';

const T = '\u202F';
const NB = '\u00A0';

describe('Swedish number style', () => {
  it('groups thousands with a narrow no-break space', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(3000)).toBe(`3${T}000`);
    expect(formatInteger(1234567)).toBe(`1${T}234${T}567`);
    expect(formatInteger(-2500)).toBe(`\u22122${T}500`);
  });
  it('prints null, undefined and NaN as ".."', () => {
    expect(formatInteger(null)).toBe(MISSING);
    expect(formatInteger(undefined)).toBe('..');
    expect(formatInteger(Number.NaN)).toBe('..');
    expect(formatDecimal(null)).toBe('..');
  });
  it('uses a decimal comma', () => {
    expect(formatDecimal(12.5)).toBe('12,5');
    expect(formatDecimal(12.25, 2)).toBe('12,25');
    expect(formatDecimal(1234.56, 1)).toBe(`1${T}234,6`);
    expect(formatDecimal(3, 0)).toBe('3');
    expect(formatDecimal(-0.04, 1)).toBe('0,0');
  });
  it('rounds shares to whole percent with a no-break space', () => {
    expect(formatPercent(95, 103)).toBe(`92${NB}%`);
    expect(formatPercent(1, 8)).toBe(`13${NB}%`); // 12.5 rounds half up
    expect(formatPercent(0, 5)).toBe(`0${NB}%`);
    expect(formatPercent(5, 5)).toBe(`100${NB}%`);
    expect(percentValue(62, 250)).toBe(25);
  });
  it('shows ".." for a share without denominator or with a suppressed part', () => {
    expect(formatPercent(0, 0)).toBe('..');
    expect(formatPercent(3, null)).toBe('..');
    expect(formatPercent(null, 10)).toBe('..');
    expect(formatShare(null, 10)).toBe('..');
  });
  it('writes a share with its base', () => {
    expect(formatShare(95, 103)).toBe(`92${NB}% (95 av 103)`);
    expect(formatShare(2950, 3000)).toBe(`98${NB}% (2${T}950 av 3${T}000)`);
  });
});

describe('dates', () => {
  it('writes dates in words in text and ISO in tables', () => {
    expect(formatDateText('2018-02-27')).toBe(`27${NB}februari 2018`);
    expect(formatDateText('2015-03-01')).toBe(`1${NB}mars 2015`);
    expect(formatDateIso('2018-02-27')).toBe('2018-02-27');
    expect(formatMonthYear('2015-08-17')).toBe('augusti 2015');
  });
  it('prints ".." for what is not a date', () => {
    expect(formatDateText(null)).toBe('..');
    expect(formatDateText('27/2 2018')).toBe('..');
    expect(formatDateIso('2018-13-01')).toBe('..');
  });
});

describe('format helpers', () => {
  it('work in a Handlebars template', () => {
    const hb = Handlebars.create();
    for (const [name, fn] of Object.entries(FORMAT_HELPERS)) hb.registerHelper(name, fn);
    const out = hb.compile('{{int a}}|{{dec b 1}}|{{pct n d}}|{{share n d}}|{{date day}}|{{isodate day}}|{{int missing}}', { strict: true })({
      a: 3000, b: 12.5, n: 95, d: 103, day: '2018-02-27', missing: null,
    });
    expect(out).toBe(`3${T}000|12,5|92${NB}%|92${NB}% (95 av 103)|27${NB}februari 2018|2018-02-27|..`);
  });
});

describe('formatList', () => {
  it('joins with commas and "och" before the last item', async () => {
    const { formatList } = await import('./format.js');
    expect(formatList(['Malmö', 'Lund', 'Burlöv'])).toBe('Malmö, Lund och Burlöv');
    expect(formatList(['Skåne'])).toBe('Skåne');
  });
});
