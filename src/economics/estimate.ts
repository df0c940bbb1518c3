// The estimate of one unit (issue 16), assembled from the settings (./settings.ts), the price
// basis (./prices.ts) and the formulas (./formulas.ts). Counts come from the figures AFTER
// disclosure control, so every count-derived amount is null exactly where its count is hidden.
import type { Figures } from '../indicators/types.js';
import { breakEvenCount, outcomesValue, yearsOutsideValue } from './formulas.js';
import { pricesFor, type Prices } from './prices.js';
import { priceIndexOf, resolveAssumptions, resolveCost, UNITS, type ResolvedAssumption } from './settings.js';
import {
  ASSUMPTION_KEYS,
  VALUATION_METHODS,
  type Amount,
  type Assumption,
  type AssumptionKey,
  type Cell,
  type Cost,
  type EconomicEstimate,
  type EconomicsInput,
  type LeftOutValuation,
  type MissingInput,
  type Scenario,
  type ScenarioResult,
  type SensitivityBar,
  type Valuation,
  type ValuationMethod,
  type ValuedOutcome,
} from './types.js';

/** What each valuation needs besides the deadweight (which only the scenarios need). */
const NEEDS: Record<ValuationMethod, AssumptionKey[]> = {
  'years-outside': ['annualCost', 'discountRate', 'years'],
  lifetime: ['lifetimeCost'],
  eligibility: ['eligibilityValue'],
};

const OUTCOME: Record<ValuationMethod, ValuedOutcome> = {
  'years-outside': 'educationOrWork',
  lifetime: 'educationOrWork',
  eligibility: 'becameEligible',
};

/** The end of each assumption's range that gives the LOWER value (the 'low' scenario takes it). */
const LOWERING_END: Record<AssumptionKey, 'low' | 'high'> = {
  annualCost: 'low',
  lifetimeCost: 'low',
  eligibilityValue: 'low',
  years: 'low',
  discountRate: 'high',
  deadweight: 'high',
};

/** Assumption values by key, as used (converted). */
type Values = Partial<Record<AssumptionKey, number>>;

function perPerson(method: ValuationMethod, v: Values): number {
  if (method === 'years-outside') return yearsOutsideValue(v.annualCost!, v.discountRate!, v.years!);
  return method === 'lifetime' ? v.lifetimeCost! : v.eligibilityValue!;
}

function countOf(outcome: ValuedOutcome, figures: Figures<Cell>): Cell | undefined {
  if (outcome === 'educationOrWork') return figures.outcomes.educationOrWork.numerator.total;
  return figures.grades ? figures.grades.becameEligible.total : undefined;
}

function levelOf(a: Assumption, scenario: Scenario): number {
  if (scenario === 'central') return a.used.value;
  const end = scenario === 'low' ? LOWERING_END[a.key] : LOWERING_END[a.key] === 'low' ? 'high' : 'low';
  return a.used[end];
}

function toAssumption(key: AssumptionKey, r: ResolvedAssumption, prices: Prices): Assumption {
  const given = { value: r.value, low: r.low, high: r.high, priceYear: r.priceYear };
  const kronor = UNITS[key] === 'kronor' || UNITS[key] === 'kronor-per-year';
  const conv = (x: number) => (kronor ? prices.convert(x, r.priceYear).kronor : x);
  const priceYear = kronor ? prices.convert(0, r.priceYear).priceYear : null;
  return {
    key,
    unit: UNITS[key],
    given,
    used: { value: conv(r.value), low: conv(r.low), high: conv(r.high), priceYear },
    source: r.source,
    origin: r.origin,
  };
}

function valuation(method: ValuationMethod, count: Cell, cost: Amount, byKey: Map<AssumptionKey, Assumption>): Valuation {
  const uses = [...NEEDS[method]];
  const at = (scenario: Scenario): Values => Object.fromEntries(uses.map((k) => [k, levelOf(byKey.get(k)!, scenario)]));
  const central = at('central');
  // The value per person is in the price year of the kronor assumption it rests on.
  const kronorKey = uses.find((k) => UNITS[k] === 'kronor' || UNITS[k] === 'kronor-per-year')!;
  const priceYear = byKey.get(kronorKey)!.used.priceYear;
  const amount = <C>(kronor: C): Amount<C> => ({ kronor, priceYear });
  const valuePerPerson = perPerson(method, central);
  const k = breakEvenCount(cost.kronor, valuePerPerson);
  const out: Valuation = {
    method,
    outcome: OUTCOME[method],
    count,
    ...(method === 'years-outside' ? { years: central.years!, discountRate: central.discountRate! } : {}),
    uses,
    breakEven: { k, valuePerPerson: amount(valuePerPerson), cost, withinCount: count === null ? null : k <= count },
    scenarios: null,
    sensitivity: null,
  };
  const deadweight = byKey.get('deadweight');
  // A lifetime cost supports a break-even only: valuing every participant who went on as one kept
  // from a lifetime outside would claim far more than the data can say.
  if (!deadweight || method === 'lifetime') return out;
  out.uses = [...uses, 'deadweight'];
  const worth = (v: Values, d: number): Cell => (count === null ? null : outcomesValue(count, d, perPerson(method, v)));
  const net = (value: Cell): Cell => (value === null ? null : value - cost.kronor);
  out.scenarios = (['low', 'central', 'high'] as const).map((scenario): ScenarioResult => {
    const v = at(scenario);
    const d = levelOf(deadweight, scenario);
    const value = worth(v, d);
    return {
      scenario,
      valuePerPerson: amount(perPerson(method, v)),
      deadweight: d,
      value: amount(value),
      net: amount(net(value)),
      ratio: value === null ? null : value / cost.kronor,
    };
  });
  out.sensitivity = sensitivity(method, out.uses, byKey, central, deadweight.used.value, cost.kronor, worth);
  return out;
}

/**
 * The tornado: each assumption at its low and its high, the others central. Bars are ordered by the
 * swing of the value PER PARTICIPANT, which is the swing of the net value divided by N: the order is
 * the same whether N is shown or hidden, so it reveals nothing about a hidden N.
 */
function sensitivity(
  method: ValuationMethod,
  uses: AssumptionKey[],
  byKey: Map<AssumptionKey, Assumption>,
  central: Values,
  centralDeadweight: number,
  cost: number,
  worth: (v: Values, d: number) => Cell,
): SensitivityBar[] {
  const bars = uses.map((key) => {
    const a = byKey.get(key)!;
    const ends = (['low', 'high'] as const).map((end) => {
      const v = key === 'deadweight' ? central : { ...central, [key]: a.used[end] };
      const d = key === 'deadweight' ? a.used[end] : centralDeadweight;
      const value = worth(v, d);
      const pp = perPerson(method, v);
      return { net: value === null ? null : value - cost, k: breakEvenCount(cost, pp), perParticipant: (1 - d) * pp };
    });
    const [lo, hi] = ends as [(typeof ends)[0], (typeof ends)[0]];
    const bar: SensitivityBar = {
      assumption: key,
      low: a.used.low,
      high: a.used.high,
      netAtLow: lo.net,
      netAtHigh: hi.net,
      breakEvenAtLow: lo.k,
      breakEvenAtHigh: hi.k,
    };
    return { bar, swing: Math.abs(hi.perParticipant - lo.perParticipant), order: ASSUMPTION_KEYS.indexOf(key) };
  });
  return bars.sort((x, y) => y.swing - x.swing || x.order - y.order).map((b) => b.bar);
}

export function estimateEconomics(input: EconomicsInput): EconomicEstimate {
  const { unit } = input;
  if (unit.level === 'workshop') throw new Error('estimateEconomics: a workshop has no estimate');
  const resolved = resolveAssumptions(input);
  const costResolution = resolveCost(input);
  const costYears = costResolution.kind === 'found' ? costResolution.parts.map((p) => p.cost.price_year) : [];
  const prices = pricesFor(priceIndexOf(input.project), [...costYears, ...[...resolved.values()].map((r) => r.priceYear)]);
  const assumptions = ASSUMPTION_KEYS.filter((k) => resolved.has(k)).map((k) => toAssumption(k, resolved.get(k)!, prices));
  const byKey = new Map(assumptions.map((a) => [a.key, a]));

  const leftOut: LeftOutValuation[] = [];
  const made: Array<{ method: ValuationMethod; count: Cell }> = [];
  for (const method of VALUATION_METHODS) {
    const missing: MissingInput[] = NEEDS[method].filter((k) => !byKey.has(k));
    const count = countOf(OUTCOME[method], unit.figures);
    if (count === undefined) missing.push('grades');
    if (missing.length > 0) leftOut.push({ method, missing });
    else made.push({ method, count: count as Cell });
  }
  const base = { level: unit.level, id: unit.id, name: unit.name, prices: prices.basis, assumptions, leftOut };

  const cost = costOf(costResolution, prices);
  if ('reason' in cost)
    return {
      ...base,
      status: 'no-cost',
      cost: null,
      costMissing: { reason: cost.reason, unitsWithoutCost: cost.unitsWithoutCost },
      valuations: [],
    };
  const valuations = made.map(({ method, count }) => valuation(method, count, cost.total, byKey));
  return { ...base, status: valuations.length > 0 ? 'estimated' : 'no-valuation', cost, valuations };
}

/** The unit's cost in the basis's price year; parts of different price years are summed only when converted. */
function costOf(
  r: ReturnType<typeof resolveCost>,
  prices: Prices,
): Cost | { reason: 'none-given' | 'parts-missing' | 'price-years-differ'; unitsWithoutCost: string[] } {
  if (r.kind === 'missing') return { reason: r.reason, unitsWithoutCost: r.unitsWithoutCost };
  const converted = r.parts.map((p) => ({
    esf: prices.convert(p.cost.esf_support, p.cost.price_year),
    own: prices.convert(p.cost.own_funding, p.cost.price_year),
  }));
  const years = new Set(converted.map((c) => c.esf.priceYear));
  if (years.size > 1) return { reason: 'price-years-differ', unitsWithoutCost: [] };
  const priceYear = converted[0]!.esf.priceYear;
  const esf = converted.reduce((s, c) => s + c.esf.kronor, 0);
  const own = converted.reduce((s, c) => s + c.own.kronor, 0);
  const notes = [...new Set(r.parts.map((p) => p.cost.note).filter((n): n is string => n !== undefined))];
  return {
    esfSupport: { kronor: esf, priceYear },
    ownFunding: { kronor: own, priceYear },
    total: { kronor: esf + own, priceYear },
    origin: r.origin,
    synthetic: r.parts.some((p) => p.synthetic),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}
