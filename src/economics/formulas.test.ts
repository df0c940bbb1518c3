// The formulas against a worked example computed by hand, and their properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annuityFactor, breakEvenCount, outcomesValue, yearsOutsideValue } from './formulas.js';

describe('a worked example, computed by hand', () => {
  // Cost 600 000 (ESF) + 400 000 (own funding) = 1 000 000 kr. A year outside costs 200 000 kr;
  // 3 years at 5 %, discounted at the end of each year:
  //   1/1.05 + 1/1.05² + 1/1.05³ = 0.952381 + 0.907029 + 0.863838 = 2.723248
  //   value per person = 200 000 × 2.723248 = 544 649.61 kr
  //   k = ceil(1 000 000 / 544 649.61) = ceil(1.836) = 2  (2 × 544 649.61 = 1 089 299 ≥ 1 000 000)
  //   N = 10 who went on, deadweight 0.5: 10 × 0.5 × 544 649.61 = 2 723 248.03 kr, net 1 723 248.03
  it('discounts each year at its end', () => {
    expect(annuityFactor(0.05, 3)).toBeCloseTo(2.723248, 6);
    expect(yearsOutsideValue(200_000, 0.05, 3)).toBeCloseTo(544_649.61, 2);
  });
  it('breaks even at 2 persons', () => {
    expect(breakEvenCount(1_000_000, yearsOutsideValue(200_000, 0.05, 3))).toBe(2);
  });
  it('values 10 outcomes at half deadweight', () => {
    expect(outcomesValue(10, 0.5, yearsOutsideValue(200_000, 0.05, 3))).toBeCloseTo(2_723_248.03, 2);
  });
  it('at a zero rate, a year is a year: 3 × 200 000', () => {
    expect(annuityFactor(0, 3)).toBe(3);
    expect(yearsOutsideValue(200_000, 0, 3)).toBe(600_000);
  });
  it('an exact multiple needs no extra person: 1 000 000 / 250 000 = 4', () => {
    expect(breakEvenCount(1_000_000, 250_000)).toBe(4);
    expect(breakEvenCount(1_000_000, 1_000_000)).toBe(1);
    expect(breakEvenCount(1_000_000, 2_000_000)).toBe(1);
  });
});

const kronor = fc.double({ min: 1, max: 5e7, noNaN: true });
const rate = fc.double({ min: 0, max: 0.2, noNaN: true });
const years = fc.integer({ min: 1, max: 60 });
const share = fc.double({ min: 0, max: 1, noNaN: true });

describe('properties', () => {
  it('the annuity factor agrees with the closed form (1 − (1+r)^−Y) / r where that is stable', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.2, noNaN: true }), years, (r, y) => {
        expect(annuityFactor(r, y)).toBeCloseTo((1 - (1 + r) ** -y) / r, 6);
      }),
    );
  });
  it('the annuity factor lies between Y discounted at the last year and Y (rate ≥ 0)', () => {
    fc.assert(
      fc.property(rate, years, (r, y) => {
        expect(annuityFactor(r, y)).toBeLessThanOrEqual(y);
        expect(annuityFactor(r, y)).toBeGreaterThanOrEqual(y * (1 + r) ** -y * (1 - 1e-12));
      }),
    );
  });
  it('the value per person rises with the annual cost and the years, and falls with the rate', () => {
    fc.assert(
      fc.property(kronor, kronor, rate, rate, years, years, (a1, a2, r1, r2, y1, y2) => {
        const [aLo, aHi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const [rLo, rHi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const [yLo, yHi] = y1 <= y2 ? [y1, y2] : [y2, y1];
        expect(yearsOutsideValue(aLo, rLo, yLo)).toBeLessThanOrEqual(yearsOutsideValue(aHi, rLo, yLo));
        expect(yearsOutsideValue(aLo, rLo, yLo)).toBeLessThanOrEqual(yearsOutsideValue(aLo, rLo, yHi));
        expect(yearsOutsideValue(aLo, rHi, yLo)).toBeLessThanOrEqual(yearsOutsideValue(aLo, rLo, yLo) * (1 + 1e-12));
      }),
    );
  });
  it('the value of the outcomes rises with the count and falls with the deadweight', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), share, share, kronor, (n1, n2, d1, d2, v) => {
        const [nLo, nHi] = n1 <= n2 ? [n1, n2] : [n2, n1];
        const [dLo, dHi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(outcomesValue(nLo, dLo, v)).toBeLessThanOrEqual(outcomesValue(nHi, dLo, v));
        expect(outcomesValue(nLo, dHi, v)).toBeLessThanOrEqual(outcomesValue(nLo, dLo, v));
      }),
    );
  });
  it('break-even: k × value ≥ cost and (k − 1) × value < cost', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), kronor, (cost, value) => {
        const k = breakEvenCount(cost, value);
        expect(Number.isInteger(k) && k >= 1).toBe(true);
        expect(k * value).toBeGreaterThanOrEqual(cost);
        expect((k - 1) * value).toBeLessThan(cost);
      }),
      { numRuns: 2000 },
    );
  });
  it('break-even falls as the value per person rises (never depends on a count)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), kronor, kronor, (cost, v1, v2) => {
        const [lo, hi] = v1 <= v2 ? [v1, v2] : [v2, v1];
        expect(breakEvenCount(cost, hi)).toBeLessThanOrEqual(breakEvenCount(cost, lo));
      }),
    );
  });
});
