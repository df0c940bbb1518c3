// estimateEconomics on hand-built configurations: the worked example of formulas.test.ts through
// the whole estimate, hidden counts, missing costs, price conversion and which file's assumption wins.
import { describe, expect, it } from 'vitest';
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../schema/config.js';
import type { EconomicsAssumptions, EconomicsCost } from '../schema/economics.js';
import type { Figures, Unit } from '../indicators/types.js';
import { estimateEconomics } from './estimate.js';
import type { Cell, EconomicsInput } from './types.js';

const src = { title: 'Exempel', author: 'Test', year: 2020 };
const ASSUMPTIONS: EconomicsAssumptions = {
  annual_cost: { value: 200_000, low: 150_000, high: 250_000, unit: 'SEK/year', price_year: 2016, source: src },
  discount_rate: { value: 0.05, low: 0.03, high: 0.07, unit: 'share', source: src },
  years: { value: 3, low: 2, high: 4, unit: 'years', source: src },
  deadweight: { value: 0.5, low: 0.4, high: 0.6, unit: 'share', source: src },
};
const COST: EconomicsCost = { esf_support: 600_000, own_funding: 400_000, price_year: 2016 };

/** Only what the estimate reads of the figures: the outcomes' numerator and the grades. */
const figures = (educationOrWork: Cell, becameEligible?: Cell) =>
  ({
    outcomes: { educationOrWork: { numerator: { women: null, men: null, total: educationOrWork } } },
    grades: becameEligible === undefined ? null : { becameEligible: { women: null, men: null, total: becameEligible } },
  }) as unknown as Figures<Cell>;

const municipality = (id: string, economics?: MunicipalityConfig['economics']) =>
  ({ id, name: id.toUpperCase(), ...(economics ? { economics } : {}) }) as MunicipalityConfig;

function input(opts: {
  level?: 'municipality' | 'region' | 'nation';
  count?: Cell;
  eligible?: Cell;
  project?: ProjectConfig['economics'];
  region?: RegionConfig['economics'];
  municipalities?: MunicipalityConfig[];
  synthetic?: boolean;
}): EconomicsInput {
  const level = opts.level ?? 'municipality';
  const municipalities = opts.municipalities ?? [municipality('a', { cost: COST })];
  const id = level === 'municipality' ? municipalities[0]!.id : level === 'region' ? 'r' : 'nation';
  const unit: Unit<Cell> = {
    level,
    id,
    name: id.toUpperCase(),
    figures: figures(opts.count === undefined ? 10 : opts.count, opts.eligible),
    children: [],
  };
  const region = {
    id: 'r',
    name: 'R',
    municipalities: municipalities.map((m) => m.id),
    ...(opts.region ? { economics: opts.region } : {}),
  };
  return {
    unit,
    project: { name: 'Plug In 2.0', ...(opts.project ? { economics: opts.project } : {}) } as ProjectConfig,
    regions: [{ config: { ...region, ...(opts.synthetic ? { synthetic: true } : {}) } as RegionConfig, municipalities }],
  };
}

describe('the worked example through the estimate', () => {
  const e = estimateEconomics(input({ project: { assumptions: ASSUMPTIONS } }));
  const years = e.valuations.find((v) => v.method === 'years-outside')!;

  it('costs 1 000 000 kr of 2016 and is estimated', () => {
    expect(e.status).toBe('estimated');
    expect(e.cost).toMatchObject({ total: { kronor: 1_000_000, priceYear: 2016 }, origin: 'own', synthetic: false });
  });
  it('breaks even at k = 2 of N = 10, at 544 649.61 kr a person', () => {
    expect(years.count).toBe(10);
    expect(years.breakEven.k).toBe(2);
    expect(years.breakEven.withinCount).toBe(true);
    expect(years.breakEven.valuePerPerson.kronor).toBeCloseTo(544_649.61, 2);
    expect(years).toMatchObject({ years: 3, discountRate: 0.05 });
  });
  it('gives low, central and high scenarios with every assumption at its value-lowering or -raising end', () => {
    // low: 150 000 kr, 7 %, 2 years, deadweight 0.6 → 10 × 0.4 × 150 000 × (1/1.07 + 1/1.07²) = 1 084 810.90
    // high: 250 000 kr, 3 %, 4 years, deadweight 0.4 → 10 × 0.6 × 250 000 × 3.717098 = 5 575 647.60
    const [low, central, high] = years.scenarios!;
    expect(low!.value.kronor).toBeCloseTo(1_084_810.9, 1);
    expect(central!.value.kronor).toBeCloseTo(2_723_248.03, 1);
    expect(central!.net.kronor).toBeCloseTo(1_723_248.03, 1);
    expect(central!.ratio).toBeCloseTo(2.723248, 5);
    expect(high!.value.kronor).toBeCloseTo(5_575_647.6, 1);
    expect([low!.deadweight, central!.deadweight, high!.deadweight]).toEqual([0.6, 0.5, 0.4]);
  });
  it('orders the tornado by swing: years, annual cost, deadweight, discount rate', () => {
    // Per participant at deadweight 0.5: years 168 654, annual cost 136 162, deadweight 108 930, rate 20 430.
    expect(years.sensitivity!.map((b) => b.assumption)).toEqual(['years', 'annualCost', 'deadweight', 'discountRate']);
    const rateBar = years.sensitivity!.find((b) => b.assumption === 'discountRate')!;
    expect(rateBar).toMatchObject({ low: 0.03, high: 0.07 });
    expect(rateBar.netAtLow! > rateBar.netAtHigh!).toBe(true);
    const deadweightBar = years.sensitivity!.find((b) => b.assumption === 'deadweight')!;
    expect(deadweightBar.breakEvenAtLow).toBe(deadweightBar.breakEvenAtHigh);
  });
  it('values by lifetime with the shipped default, in its unstated price level', () => {
    const lifetime = e.valuations.find((v) => v.method === 'lifetime')!;
    expect(lifetime.breakEven.k).toBe(1);
    expect(lifetime.breakEven.valuePerPerson).toEqual({ kronor: 12_500_000, priceYear: null });
    // Break-even only, though a deadweight is given.
    expect([lifetime.scenarios, lifetime.sensitivity]).toEqual([null, null]);
    expect(e.assumptions.find((a) => a.key === 'lifetimeCost')).toMatchObject({ origin: 'default', source: { year: null } });
    expect(e.prices).toEqual({ converted: false, priceYears: [2016] });
  });
  it('leaves out the eligibility valuation, naming the value and the grades data it lacks', () => {
    expect(e.leftOut).toEqual([{ method: 'eligibility', missing: ['eligibilityValue', 'grades'] }]);
  });
});

describe('disclosure: a hidden count hides every amount derived from it', () => {
  const e = estimateEconomics(input({ count: null, project: { assumptions: ASSUMPTIONS } }));
  it('keeps break-even (no count in it) and hides the rest', () => {
    const v = e.valuations[0]!;
    expect(v.count).toBeNull();
    expect(v.breakEven.k).toBe(2);
    expect(v.breakEven.withinCount).toBeNull();
    for (const s of v.scenarios!) {
      expect([s.value.kronor, s.net.kronor, s.ratio]).toEqual([null, null, null]);
      expect(s.valuePerPerson.kronor).toBeGreaterThan(0);
    }
    for (const b of v.sensitivity!) expect([b.netAtLow, b.netAtHigh]).toEqual([null, null]);
  });
  it('orders the tornado as when the count is shown (the order reveals nothing)', () => {
    const shown = estimateEconomics(input({ count: 10, project: { assumptions: ASSUMPTIONS } }));
    expect(e.valuations[0]!.sensitivity!.map((b) => b.assumption)).toEqual(shown.valuations[0]!.sensitivity!.map((b) => b.assumption));
  });
});

describe('costs', () => {
  it('without a cost, nothing is estimated and the note can name the municipality', () => {
    const e = estimateEconomics(input({ municipalities: [municipality('a')], project: { assumptions: ASSUMPTIONS } }));
    expect(e).toMatchObject({
      status: 'no-cost',
      cost: null,
      costMissing: { reason: 'none-given', unitsWithoutCost: ['A'] },
      valuations: [],
    });
  });
  it('a region sums its municipalities when each has a cost, and says which lack one otherwise', () => {
    const both = [municipality('a', { cost: COST }), municipality('b', { cost: { ...COST, synthetic: true } })];
    const e = estimateEconomics(input({ level: 'region', municipalities: both }));
    expect(e.cost).toMatchObject({ total: { kronor: 2_000_000, priceYear: 2016 }, origin: 'sum-of-parts', synthetic: true });
    const one = [municipality('a', { cost: COST }), municipality('b')];
    expect(estimateEconomics(input({ level: 'region', municipalities: one })).costMissing).toEqual({
      reason: 'parts-missing',
      unitsWithoutCost: ['B'],
    });
  });
  it("a region's own cost is its whole cost (its municipalities' are not added)", () => {
    const e = estimateEconomics(input({ level: 'region', region: { cost: { ...COST, esf_support: 5_000_000 } } }));
    expect(e.cost).toMatchObject({ total: { kronor: 5_400_000 }, origin: 'own' });
  });
  it('parts of different price years are not summed without a price index', () => {
    const parts = [municipality('a', { cost: COST }), municipality('b', { cost: { ...COST, price_year: 2017 } })];
    expect(estimateEconomics(input({ level: 'region', municipalities: parts })).costMissing?.reason).toBe('price-years-differ');
  });
  it('a cost in a synthetic region is synthetic', () => {
    expect(estimateEconomics(input({ synthetic: true })).cost?.synthetic).toBe(true);
  });
});

describe('price years', () => {
  const KPI = { '2010': 300, '2016': 330 };
  it('converts every amount of a known price year to the index year, and says which years were converted', () => {
    const annual = { ...ASSUMPTIONS.annual_cost!, price_year: 2010 };
    const e = estimateEconomics(input({ project: { price_index: KPI, assumptions: { ...ASSUMPTIONS, annual_cost: annual } } }));
    expect(e.prices).toEqual({ converted: true, priceYear: 2016, indexYears: [2010, 2016] });
    const a = e.assumptions.find((x) => x.key === 'annualCost')!;
    expect(a.given).toEqual({ value: 200_000, low: 150_000, high: 250_000, priceYear: 2010 });
    expect(a.used.value).toBeCloseTo(220_000, 6); // 200 000 × 330 / 300
    expect(a.used.priceYear).toBe(2016);
    // The default lifetime cost has no stated price year: it is never converted.
    expect(e.assumptions.find((x) => x.key === 'lifetimeCost')!.used).toMatchObject({ value: 12_500_000, priceYear: null });
  });
  it('converts nothing when the index lacks a price year in use', () => {
    const e = estimateEconomics(
      input({
        project: {
          price_index: { '2016': 330 },
          assumptions: { ...ASSUMPTIONS, annual_cost: { ...ASSUMPTIONS.annual_cost!, price_year: 2010 } },
        },
      }),
    );
    expect(e.prices).toEqual({ converted: false, priceYears: [2010, 2016] });
  });
});

describe('which assumption applies', () => {
  it('municipality.yaml over region.yaml over project.yaml over the default, each whole with its source', () => {
    const regionRate = { ...ASSUMPTIONS.discount_rate!, value: 0.04, source: { ...src, title: 'Region' } };
    const ownYears = { ...ASSUMPTIONS.years!, value: 4, source: { ...src, title: 'Kommun' } };
    const ownLifetime = { value: 9e6, low: 8e6, high: 1e7, unit: 'SEK' as const, price_year: 2015, source: { ...src, title: 'Egen' } };
    const e = estimateEconomics(
      input({
        project: { assumptions: ASSUMPTIONS },
        region: { assumptions: { discount_rate: regionRate } },
        municipalities: [municipality('a', { cost: COST, assumptions: { years: ownYears, lifetime_cost: ownLifetime } })],
      }),
    );
    const origin = Object.fromEntries(e.assumptions.map((a) => [a.key, [a.origin, a.source.title, a.used.value]]));
    expect(origin).toEqual({
      annualCost: ['project', 'Exempel', 200_000],
      lifetimeCost: ['municipality', 'Egen', 9e6],
      discountRate: ['region', 'Region', 0.04],
      years: ['municipality', 'Kommun', 4],
      deadweight: ['project', 'Exempel', 0.5],
    });
  });
  it('values who became eligible when a value of eligibility is given and grades exist', () => {
    const value = { value: 1e6, low: 5e5, high: 2e6, unit: 'SEK' as const, price_year: 2016, source: src };
    const e = estimateEconomics(input({ eligible: 3, project: { assumptions: { ...ASSUMPTIONS, eligibility_value: value } } }));
    const v = e.valuations.find((x) => x.method === 'eligibility')!;
    expect(v).toMatchObject({ outcome: 'becameEligible', count: 3, breakEven: { k: 1, withinCount: true } });
    expect(v.scenarios![1]!.value.kronor).toBeCloseTo(1_500_000, 6); // 3 × 0.5 × 1 000 000
  });
});

describe('properties of the whole estimate', () => {
  it('low ≤ central ≤ high for any ranges, and break-even bounds hold for every valuation', async () => {
    const fc = (await import('fast-check')).default;
    const range = (min: number, max: number, integer = false) =>
      fc
        .tuple(
          integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }),
          integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }),
          integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }),
        )
        .map((xs) => [...xs].sort((a, b) => a - b) as [number, number, number]);
    fc.assert(
      fc.property(
        range(1_000, 1e6),
        range(0, 0.2),
        range(1, 30, true),
        range(0, 1),
        fc.nat(5_000),
        fc.integer({ min: 1, max: 1e8 }),
        (a, r, y, d, n, costKr) => {
          const assumptions: EconomicsAssumptions = {
            annual_cost: { low: a[0], value: a[1], high: a[2], unit: 'SEK/year', price_year: 2016, source: src },
            discount_rate: { low: r[0], value: r[1], high: r[2], unit: 'share', source: src },
            years: { low: y[0], value: y[1], high: y[2], unit: 'years', source: src },
            deadweight: { low: d[0], value: d[1], high: d[2], unit: 'share', source: src },
          };
          const cost = { esf_support: costKr, own_funding: 0, price_year: 2016 };
          const e = estimateEconomics(input({ count: n, project: { assumptions }, municipalities: [municipality('a', { cost })] }));
          for (const v of e.valuations) {
            const { k, valuePerPerson } = v.breakEven;
            expect(k * valuePerPerson.kronor).toBeGreaterThanOrEqual(costKr);
            expect((k - 1) * valuePerPerson.kronor).toBeLessThan(costKr);
            if (!v.scenarios) continue;
            const [low, central, high] = v.scenarios.map((s) => s.value.kronor!);
            expect(low!).toBeLessThanOrEqual(central! * (1 + 1e-12));
            expect(central!).toBeLessThanOrEqual(high! * (1 + 1e-12));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
