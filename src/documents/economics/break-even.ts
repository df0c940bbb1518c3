// The break-even statement, the estimate's headline in the report's chapter and in the brochure's
// panel: "the project pays for itself if k of the N participants who … would otherwise have …".
// k depends on the cost and the assumptions only; N is the outcome's count after disclosure
// control, and when it is hidden the sentence is the one without N (never "..").
import { copy } from '../../html/copy.js';
import { formatInteger } from '../../html/format.js';
import type { Assumption, AssumptionKey, EconomicEstimate, Valuation } from '../../economics/index.js';
import { amountIn, formatKronor, formatRate, oneYear, sourceShort } from './format.js';

/** The valuation that leads: the first one made (types.ts: its break-even is the headline). */
export function leadValuation(estimate: EconomicEstimate): Valuation | null {
  return estimate.status === 'estimated' ? (estimate.valuations[0] ?? null) : null;
}

export function assumptionOf(estimate: EconomicEstimate, key: AssumptionKey): Assumption | undefined {
  return estimate.assumptions.find((a) => a.key === key);
}

/** "Projektet betalar sig om 7 av de 212 deltagare som …", without "de 212" when N is hidden or too small. */
export function breakEvenSentence(v: Valuation): string {
  const values = { k: formatInteger(v.breakEven.k), years: formatInteger(v.years ?? null) };
  // More than the outcome counted (Malmö's 0 who went on): "1 av de 0 deltagare" would be
  // nonsense, so the sentence names the people it takes without the count.
  if (v.breakEven.withinCount === false) {
    const young = copy(v.breakEven.k === 1 ? 'economics.breakEven.young.one' : 'economics.breakEven.young.many');
    return copy(`economics.breakEven.${v.method}.beyond`, { ...values, young });
  }
  return v.count === null
    ? copy(`economics.breakEven.${v.method}.withoutCount`, values)
    : copy(`economics.breakEven.${v.method}.withCount`, { ...values, n: formatInteger(v.count) });
}

/**
 * How k was reached, with every figure it rests on (the value per person and where it comes from,
 * the cost), so a reader can redo the division; then, when k exceeds N, that the outcome alone
 * does not pay for the project.
 */
export function breakEvenExplanation(estimate: EconomicEstimate, v: Valuation): string[] {
  const shared = oneYear(estimate.prices);
  const b = v.breakEven;
  const values: Record<string, string> = {
    k: formatInteger(b.k),
    value: amountIn(b.valuePerPerson, shared, formatKronor),
    cost: amountIn(b.cost, shared, formatKronor),
    years: formatInteger(v.years ?? null),
  };
  if (v.method === 'years-outside') {
    const annual = assumptionOf(estimate, 'annualCost');
    values['annual'] = annual ? formatKronor(annual.used.value) : '';
    values['rate'] = formatRate(v.discountRate ?? assumptionOf(estimate, 'discountRate')?.used.value ?? 0);
  } else {
    const key: AssumptionKey = v.method === 'lifetime' ? 'lifetimeCost' : 'eligibilityValue';
    const assumption = assumptionOf(estimate, key);
    values['source'] = assumption?.source ? sourceShort(assumption.source) : '';
    // A source that gives a range (10–15 million kronor) is quoted as a range, and the value the
    // division uses is named as our choice: quoting only the central value would put a figure in
    // the source's mouth that it never stated.
    if (assumption && assumption.used.low !== assumption.used.high) {
      values['low'] = formatKronor(assumption.used.low);
      values['high'] = amountIn({ kronor: assumption.used.high, priceYear: assumption.used.priceYear }, shared, formatKronor);
      return withBeyondCount(copy(`economics.breakEven.${v.method}.howRange`, values), v);
    }
  }
  return withBeyondCount(copy(`economics.breakEven.${v.method}.how`, values), v);
}

function withBeyondCount(how: string, v: Valuation): string[] {
  const b = v.breakEven;
  const sentences = [how];
  if (b.withinCount === false && v.count !== null) sentences.push(copy('economics.breakEven.beyondCount', { n: formatInteger(v.count) }));
  return sentences;
}
