// The estimate as flat entries for the figures exports (CSV, Excel CSV, xlsx): one entry per figure,
// with its path below "economics." (the key that joins it with the JSON) and its Swedish label from
// ./copy.sv.json. Count-derived amounts are null where the count is hidden (printed ".."), exactly
// as in the estimate.
import copy from './copy.sv.json' with { type: 'json' };
import type { Amount, Cell, EconomicEstimate, Scenario, Valuation } from './types.js';

export interface EconomicsEntry {
  /** Path below "economics.", e.g. "years-outside.central.net". */
  path: string;
  /** Whole kronor, a number of persons, or a ratio; null = hidden. */
  value: Cell;
  kind: 'kronor' | 'persons' | 'ratio';
  label: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
const prices = (year: number | null) => (year === null ? copy.prices.source : fill(copy.prices.year, { year: String(year) }));
const kronor = (a: Amount<Cell>): Cell => (a.kronor === null ? null : Math.round(a.kronor));

function valuationEntries(v: Valuation): EconomicsEntry[] {
  const method = copy.methods[v.method];
  const entry = (
    path: string,
    value: Cell,
    kind: EconomicsEntry['kind'],
    template: string,
    extra: Record<string, string> = {},
  ): EconomicsEntry => ({
    path: `${v.method}.${path}`,
    value,
    kind,
    label: fill(template, { method, outcome: copy.outcomes[v.outcome], ...extra }),
  });
  const out = [
    entry('count', v.count, 'persons', copy.labels.count),
    entry('breakEven.k', v.breakEven.k, 'persons', copy.labels['breakEven.k']),
    entry('breakEven.valuePerPerson', kronor(v.breakEven.valuePerPerson), 'kronor', copy.labels['breakEven.valuePerPerson'], {
      prices: prices(v.breakEven.valuePerPerson.priceYear),
    }),
  ];
  for (const s of v.scenarios ?? []) {
    const at = { scenario: copy.scenarios[s.scenario as Scenario], prices: prices(s.value.priceYear) };
    out.push(entry(`${s.scenario}.value`, kronor(s.value), 'kronor', copy.labels.value, at));
    out.push(entry(`${s.scenario}.net`, kronor(s.net), 'kronor', copy.labels.net, at));
    out.push(entry(`${s.scenario}.ratio`, s.ratio === null ? null : Math.round(s.ratio * 100) / 100, 'ratio', copy.labels.ratio, at));
  }
  return out;
}

/** Every exported figure of an estimate: the cost, then each valuation. Nothing without a cost. */
export function economicsEntries(e: EconomicEstimate): EconomicsEntry[] {
  if (!e.cost) return [];
  const cost = (path: 'total' | 'esfSupport' | 'ownFunding'): EconomicsEntry => ({
    path: `cost.${path}`,
    value: Math.round(e.cost![path].kronor),
    kind: 'kronor',
    label: fill(copy.labels[`cost.${path}`], { prices: prices(e.cost![path].priceYear) }),
  });
  return [cost('total'), cost('esfSupport'), cost('ownFunding'), ...e.valuations.flatMap(valuationEntries)];
}
