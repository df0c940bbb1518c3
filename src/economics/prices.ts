// Price years (issue 16): amounts are shown in their own price year, unless project.yaml gives a
// price index (year → KPI); then every amount whose price year is known is converted to one price
// year (project.yaml's economics.price_year, else the index's latest year). An amount in its
// source's unstated price level (priceYear null) is never converted. An index that lacks a price
// year in use converts nothing: a half-converted estimate would mix price levels unannounced.
import type { PriceBasis } from './types.js';

export interface PriceIndexInput {
  index?: Readonly<Record<string, number>> | undefined;
  priceYear?: number | undefined;
}

export interface Prices {
  basis: PriceBasis;
  /** The amount in the basis's price year (converted) or as given. */
  convert(kronor: number, priceYear: number | null): { kronor: number; priceYear: number | null };
}

export function pricesFor(input: PriceIndexInput, yearsInUse: ReadonlyArray<number | null>): Prices {
  const known = [...new Set(yearsInUse.filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const index = input.index;
  const indexYears = index ? Object.keys(index).map(Number) : [];
  const target = input.priceYear ?? (indexYears.length > 0 ? Math.max(...indexYears) : undefined);
  const convertible = index !== undefined && target !== undefined && known.every((y) => index[String(y)] !== undefined);
  if (!convertible) return { basis: { converted: false, priceYears: known }, convert: (kronor, priceYear) => ({ kronor, priceYear }) };
  const to = index[String(target)]!;
  return {
    basis: { converted: true, priceYear: target, indexYears: known },
    convert: (kronor, priceYear) =>
      priceYear === null ? { kronor, priceYear } : { kronor: (kronor * to) / index[String(priceYear)]!, priceYear: target },
  };
}
