// The sample the documents render (test-helpers/sample-estimate.ts) has every case it promises.
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE,
  SAMPLE_NATION_ESTIMATE,
  SAMPLE_NO_COST_ESTIMATE,
  SAMPLE_REGION_ESTIMATE,
} from './test-helpers/sample-estimate.js';

describe('the sample estimates', () => {
  it('Skåne: three valuations, a synthetic summed cost, converted to 2016', () => {
    const e = SAMPLE_REGION_ESTIMATE;
    expect(e.status).toBe('estimated');
    expect(e.valuations.map((v) => v.method)).toEqual(['years-outside', 'lifetime', 'eligibility']);
    expect(e.cost).toMatchObject({ total: { kronor: 7_000_000, priceYear: 2016 }, origin: 'sum-of-parts', synthetic: true });
    expect(e.prices).toEqual({ converted: true, priceYear: 2016, indexYears: [2014, 2016] });
    // 250 000 kr of 2014 = 250 000 × 316.43 / 313.49 = 252 344.6 kr of 2016; 5 years at 3.5 % = 4.515050.
    expect(e.valuations[0]!.breakEven.valuePerPerson.kronor).toBeCloseTo(252_344.5 * 4.51505, -2);
    expect(e.valuations[0]!.breakEven.k).toBe(7);
    expect(e.valuations[0]!.scenarios).toHaveLength(3);
  });
  it('Bromölla: every count-derived cell hidden', () => {
    const v = SAMPLE_HIDDEN_MUNICIPALITY_ESTIMATE.valuations[0]!;
    expect(v.count).toBeNull();
    expect(v.scenarios!.every((s) => s.value.kronor === null && s.net.kronor === null && s.ratio === null)).toBe(true);
  });
  it('the nation: estimated without scenarios (no deadweight in project.yaml)', () => {
    expect(SAMPLE_NATION_ESTIMATE.status).toBe('estimated');
    expect(SAMPLE_NATION_ESTIMATE.valuations.every((v) => v.scenarios === null)).toBe(true);
  });
  it('Klippan: no cost', () => {
    expect(SAMPLE_NO_COST_ESTIMATE).toMatchObject({
      status: 'no-cost',
      costMissing: { reason: 'none-given', unitsWithoutCost: ['Klippan'] },
    });
  });
});
