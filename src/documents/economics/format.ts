// How the socio-economic estimate's figures print (economics.format.* in the copy catalogue). One
// rule for every document: amounts of the whole project (cost, value of the outcomes, net) in
// millions of kronor with one decimal ("7,0 mnkr"); amounts per person, as the sources and the
// assumptions give them, in whole kronor ("1 128 763 kr"), so a reader can redo the division that
// gives break-even. A hidden amount (null) prints "..", like every hidden figure.
import { copy } from '../../html/copy.js';
import { MISSING, formatDecimal, formatInteger, formatList } from '../../html/format.js';
import type { Amount, AssumptionUnit, Cell, PriceBasis, SourceRef } from '../../economics/index.js';

/** A project-level amount: 7 000 000 → "7,0 mnkr"; null → "..". */
export function formatMillions(kronor: Cell): string {
  if (kronor === null) return MISSING;
  return copy('economics.format.millions', { value: formatDecimal(kronor / 1e6, 1) });
}

/** A per-person amount in whole kronor: 1128763 → "1 128 763 kr". */
export function formatKronor(kronor: Cell): string {
  if (kronor === null) return MISSING;
  return copy('economics.format.kronor', { value: formatInteger(kronor) });
}

/** A share or rate as per cent with at most two decimals: 0.035 → "3,5 %", 0.5 → "50 %". */
export function formatRate(share: number): string {
  const percent = Math.round(share * 10000) / 100;
  const digits = Number.isInteger(percent) ? 0 : Number.isInteger(percent * 10) ? 1 : 2;
  return copy('economics.format.percent', { value: formatDecimal(percent, digits) });
}

/** An assumption's value in its unit: "250 000 kr", "3,5 %", "5 år", "50 %". */
export function formatAssumption(unit: AssumptionUnit, value: number): string {
  switch (unit) {
    case 'kronor-per-year':
    case 'kronor':
      return formatKronor(value);
    case 'rate':
    case 'share':
      return formatRate(value);
    case 'years':
      return copy('economics.format.years', { value: formatInteger(value) });
  }
}

/** A ratio of value to cost: 17.09 → "17,1"; null → "..". */
export function formatRatio(ratio: Cell): string {
  return ratio === null ? MISSING : formatDecimal(ratio, 1);
}

/** "2016 års priser" (one price year), or "belopp i sina egna prisår: 2010 och 2016". */
export function pricesText(prices: PriceBasis): string {
  if (prices.converted) return copy('economics.format.prices', { year: String(prices.priceYear) });
  if (prices.priceYears.length === 1) return copy('economics.format.prices', { year: String(prices.priceYears[0]) });
  return copy('economics.format.pricesMany', { years: formatList(prices.priceYears.map(String)) });
}

/** The price years in one sentence of the chapter: converted with KPI, or each in its own year. */
export function pricesSentence(prices: PriceBasis): string {
  return prices.converted
    ? copy('economics.prices.converted', { year: String(prices.priceYear) })
    : copy('economics.prices.own', { years: formatList(prices.priceYears.map(String)) });
}

/**
 * An amount, with its price year when the document's amounts do not share one ("7,0 mnkr (2016)"),
 * and always when its source states none ("12 500 000 kr (källans prisnivå)").
 */
export function amountIn(amount: Amount<Cell>, shared: boolean, format: (k: Cell) => string = formatMillions): string {
  const text = format(amount.kronor);
  if (amount.kronor === null) return text;
  if (amount.priceYear === null) return `${text} (${copy('economics.format.sourceLevel')})`;
  return shared ? text : `${text} (${amount.priceYear})`;
}

/**
 * Whether the estimate's amounts are all in one known price year, so a caption can say which once.
 * An amount in its source's unstated price level (priceYear null) keeps its own mark wherever it is.
 */
export function oneYear(prices: PriceBasis): boolean {
  return prices.converted || prices.priceYears.length <= 1;
}

/** A source in full for the sources list: "Author (2010): Title, s. 14. https://…". */
export function sourceFull(s: SourceRef): string {
  let text = copy('economics.source.full', { author: s.author, year: yearOf(s), title: s.title });
  if (s.page) text = copy('economics.source.withPage', { source: text, page: s.page });
  if (s.url) text = copy('economics.source.withUrl', { source: text, url: s.url });
  return text;
}

/** A source as a short reference: "Ingvar Nilsson och Anders Wadeskog (2010)". */
export function sourceShort(s: SourceRef): string {
  return copy('economics.source.short', { author: s.author, year: yearOf(s) });
}

/** The year of publication, or "u.å." when the source states none (never a guess). */
function yearOf(s: SourceRef): string {
  return s.year === null ? copy('economics.source.noYear') : String(s.year);
}

/** One publication and page, whichever assumptions cite it. */
export function sourceKey(s: SourceRef): string {
  return JSON.stringify([s.author, s.year, s.title, s.page ?? null]);
}

/** The distinct sources in first-use order (one publication cited by several assumptions once). */
export function distinctSources(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const s of sources) {
    const key = sourceKey(s);
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}
