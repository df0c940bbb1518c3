import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHANGE_COLOURS,
  GENDER_COLOURS,
  INK,
  MIN_LIGHTNESS_STEP,
  TOTAL_COLOUR,
  WHITE,
  contrastRatio,
  labelColourOn,
  lightness,
} from './palette.js';

/** Every pair of a set of colours, to compare them two by two. */
const pairs = (colours: string[]) => colours.flatMap((a, i) => colours.slice(i + 1).map((b) => [a, b] as const));

describe('palette', () => {
  it('computes L* and contrast as the standards define them', () => {
    expect(lightness('#000000')).toBeCloseTo(0, 5);
    expect(lightness('#FFFFFF')).toBeCloseTo(100, 5);
    expect(lightness('#777777')).toBeCloseTo(50.0, 0);
    expect(contrastRatio(WHITE, '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });

  it('keeps Kvinnor, Män and Totalt apart in greyscale, not only in hue', () => {
    const series = [GENDER_COLOURS.women, GENDER_COLOURS.men, TOTAL_COLOUR];
    for (const [a, b] of pairs(series)) expect(Math.abs(lightness(a) - lightness(b))).toBeGreaterThanOrEqual(MIN_LIGHTNESS_STEP);
    // The colours of the old palette, vermillion and grey, were the same grey: the check catches it.
    expect(Math.abs(lightness('#D55E00') - lightness('#6F6F6F'))).toBeLessThan(MIN_LIGHTNESS_STEP);
  });

  it('keeps raised, kept and lowered apart in greyscale', () => {
    for (const [a, b] of pairs(Object.values(CHANGE_COLOURS))) {
      expect(Math.abs(lightness(a) - lightness(b))).toBeGreaterThanOrEqual(MIN_LIGHTNESS_STEP);
    }
  });

  it('gives every segment colour a label colour of at least 4.5:1 contrast', () => {
    for (const fill of Object.values(CHANGE_COLOURS)) expect(contrastRatio(fill, labelColourOn(fill))).toBeGreaterThanOrEqual(4.5);
    expect(labelColourOn(CHANGE_COLOURS.raised)).toBe(WHITE);
    expect(labelColourOn(CHANGE_COLOURS.kept)).toBe(INK);
  });

  it('is the CSS variables of the gender colours too (one source for every document)', () => {
    const css = readFileSync(new URL('../../templates/css/base.css', import.meta.url), 'utf8');
    const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1]?.toUpperCase();
    expect(variable('women')).toBe(GENDER_COLOURS.women);
    expect(variable('men')).toBe(GENDER_COLOURS.men);
  });
});
