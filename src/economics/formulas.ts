// The estimate's formulas, each a small pure function so the tests can check them against a worked
// example computed by hand and against their properties (monotone in each assumption, break-even
// bounds). Conventions: a cost avoided in year t (t = 1..years) is discounted (1 + r)^−t, i.e. at the
// END of each year, the first year discounted once.

/** Σ_{t=1..years} (1 + rate)^−t: the present value of 1 krona a year for `years` years. */
export function annuityFactor(rate: number, years: number): number {
  // The sum itself, not the closed form (1 − (1+r)^−Y) / r: that cancels catastrophically for a rate
  // near zero (a property test found 2.0 for one year at 1e-16), and Y is at most 60 terms.
  let sum = 0;
  for (let t = 1; t <= years; t++) sum += (1 + rate) ** -t;
  return sum;
}

/** The value of one person kept from `years` years outside work and studies. */
export function yearsOutsideValue(annualCost: number, rate: number, years: number): number {
  return annualCost * annuityFactor(rate, years);
}

/**
 * Break-even: the least whole number k of persons with k × valuePerPerson ≥ cost. Division can
 * round either way, so the quotient's ceiling is corrected until both bounds hold exactly in
 * floating point: k × v ≥ cost and (k − 1) × v < cost.
 */
export function breakEvenCount(cost: number, valuePerPerson: number): number {
  if (!(valuePerPerson > 0)) throw new Error('breakEvenCount: the value per person must be positive');
  if (cost <= 0) return 0;
  let k = Math.max(1, Math.ceil(cost / valuePerPerson));
  while (k > 1 && (k - 1) * valuePerPerson >= cost) k--;
  while (k * valuePerPerson < cost) k++;
  return k;
}

/** The value of N outcomes when a share `deadweight` would have happened anyway. */
export function outcomesValue(count: number, deadweight: number, valuePerPerson: number): number {
  return count * (1 - deadweight) * valuePerPerson;
}
