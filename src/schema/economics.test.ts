// The economics block's validation: ranges, units, price years and sources are checked where the
// YAML is read, so the estimate never meets an assumption without its source.
import { describe, expect, it } from 'vitest';
import { LocalEconomics, ProjectEconomics } from './economics.js';

const source = { title: 'T', author: 'A', year: 2020 };
const annual = { value: 200_000, low: 150_000, high: 250_000, unit: 'SEK/year', price_year: 2016, source };
const messages = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the economics block', () => {
  it('accepts a complete assumption and a cost', () => {
    const ok = LocalEconomics.safeParse({
      assumptions: { annual_cost: annual },
      cost: { esf_support: 1, own_funding: 0, price_year: 2016 },
    });
    expect(messages(ok)).toEqual([]);
  });
  it('refuses low ≤ value ≤ high broken', () => {
    const r = LocalEconomics.safeParse({ assumptions: { annual_cost: { ...annual, low: 210_000 } } });
    expect(messages(r)).toEqual(['assumptions.annual_cost.value: low ≤ value ≤ high must hold (210000 ≤ 200000 ≤ 250000)']);
  });
  it('refuses an assumption without a source', () => {
    const { source: _, ...unsourced } = annual;
    expect(messages(LocalEconomics.safeParse({ assumptions: { annual_cost: unsourced } }))[0]).toMatch(
      /^assumptions\.annual_cost\.source: /,
    );
  });
  it('wants the unit stated and right', () => {
    expect(messages(LocalEconomics.safeParse({ assumptions: { annual_cost: { ...annual, unit: 'SEK' } } }))).toEqual([
      'assumptions.annual_cost.unit: must be "SEK/year" for annual_cost',
    ]);
  });
  it('wants a price year for kronor and none for a rate', () => {
    const { price_year: _, ...noYear } = annual;
    expect(messages(LocalEconomics.safeParse({ assumptions: { annual_cost: noYear } }))).toEqual([
      'assumptions.annual_cost.price_year: is required: the price year of the SEK/year amounts',
    ]);
    const rate = { value: 0.035, low: 0.01, high: 0.05, unit: 'share', price_year: 2016, source };
    expect(messages(LocalEconomics.safeParse({ assumptions: { discount_rate: rate } }))).toEqual([
      'assumptions.discount_rate.price_year: is not used for discount_rate (no amount in kronor); remove it',
    ]);
  });
  it('keeps shares in 0..1 and years whole', () => {
    const deadweight = { value: 1.5, low: 0, high: 2, unit: 'share', source };
    expect(LocalEconomics.safeParse({ assumptions: { deadweight } }).success).toBe(false);
    expect(LocalEconomics.safeParse({ assumptions: { years: { value: 2.5, low: 1, high: 3, unit: 'years', source } } }).success).toBe(
      false,
    );
  });
  it('refuses a cost of nothing', () => {
    expect(messages(LocalEconomics.safeParse({ cost: { esf_support: 0, own_funding: 0, price_year: 2016 } }))).toEqual([
      'cost.esf_support: esf_support + own_funding must be more than 0',
    ]);
  });
  it('takes a price index in project.yaml only, and a target year from it', () => {
    expect(ProjectEconomics.safeParse({ price_index: { '2010': 303.46, '2016': 316.43 }, price_year: 2016 }).success).toBe(true);
    expect(messages(ProjectEconomics.safeParse({ price_index: { '2016': 316.43 }, price_year: 2015 }))).toEqual([
      'price_year: 2015 is not a year of price_index',
    ]);
    expect(LocalEconomics.safeParse({ price_index: { '2016': 316.43 } }).success).toBe(false);
  });
});
