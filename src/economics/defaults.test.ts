// The shipped defaults are the confirmed figures and nothing else, and the reference docs state them.
import { describe, expect, it } from 'vitest';
import { LIFETIME_COST_DESCRIPTION } from '../schema/economics.js';
import { DEFAULT_ASSUMPTIONS } from './defaults.js';

describe('the default assumptions', () => {
  it('are only the lifetime cost confirmed in Nilsson & Wadeskog (10–15 million kronor)', () => {
    expect(Object.keys(DEFAULT_ASSUMPTIONS)).toEqual(['lifetimeCost']);
    expect(DEFAULT_ASSUMPTIONS.lifetimeCost).toMatchObject({ low: 10_000_000, high: 15_000_000, value: 12_500_000, priceYear: null });
    expect(DEFAULT_ASSUMPTIONS.lifetimeCost!.source).toMatchObject({ author: expect.stringContaining('Wadeskog'), year: null });
  });
  it('are stated in the reference docs (the schema description) with the same figures', () => {
    const format = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');
    const d = DEFAULT_ASSUMPTIONS.lifetimeCost!;
    expect(LIFETIME_COST_DESCRIPTION).toContain(`Default: ${format(d.value)} (low ${format(d.low)}, high ${format(d.high)})`);
  });
});
