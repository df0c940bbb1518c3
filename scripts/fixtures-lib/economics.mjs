// The socio-economic estimate's inputs in the fixtures (issue 16). Plug In 2.0's real costs are not
// in the seeds (the budget in seed 004 belongs to an earlier project of Göteborgsregionen), so every
// cost here is SYNTHETIC and says so (`synthetic: true` and its note): a made-up amount per
// participant. The example assumptions of the synthetic regions are synthetic too, and their source
// says so; Skåne uses only the tool's defaults, so its reports show what a region gets without
// assumptions of its own (break-even on the lifetime cost, scenarios left out with a note).

/** Made-up ESF support per participant, and own funding as a share of it. */
const ESF_PER_PARTICIPANT = 9_000;
const OWN_SHARE = 0.6;
const COST_NOTE = 'Syntetiska kostnader för test och demonstration, inte Plug In 2.0:s verkliga kostnader';

const roundTo = (value, step) => Math.round(value / step) * step;

/** A synthetic cost in 2016 kronor for a unit with `participants` participants. */
export function syntheticCost(participants) {
  const esf = roundTo(participants * ESF_PER_PARTICIPANT, 10_000);
  return { esf_support: esf, own_funding: roundTo(esf * OWN_SHARE, 10_000), price_year: 2016, note: COST_NOTE, synthetic: true };
}

const SYNTHETIC_SOURCE = {
  title: 'Syntetiskt exempelvärde för test och demonstration (ingen verklig källa)',
  author: 'plugin-report, testdata',
  year: 2026,
};

/** Example assumptions of a synthetic region: every one the estimate can use except the unconfirmed value of eligibility. */
export const SYNTHETIC_ASSUMPTIONS = {
  annual_cost: { value: 250_000, low: 200_000, high: 300_000, unit: 'SEK/year', price_year: 2015, source: SYNTHETIC_SOURCE },
  discount_rate: { value: 0.035, low: 0.01, high: 0.05, unit: 'share', source: SYNTHETIC_SOURCE },
  years: { value: 5, low: 2, high: 10, unit: 'years', source: SYNTHETIC_SOURCE },
  deadweight: { value: 0.5, low: 0.3, high: 0.7, unit: 'share', source: SYNTHETIC_SOURCE },
};

/**
 * project.yaml's block: the price index (KPI, 1980 = 100, annual averages) that converts the
 * example annual cost of 2015 to 2016 kronor, and the project's own (synthetic) cost, so the
 * national estimate does not depend on every region having one.
 */
export function projectEconomics(participants) {
  return {
    cost: syntheticCost(participants),
    price_index: { 2015: 313.35, 2016: 316.43, 2017: 322.11, 2018: 328.4 },
    price_year: 2016,
  };
}
