// The sensitivity section of the economics chapter: a tornado chart of the lead valuation, one
// assumption at a time at its low and its high value, the others central. It shows the central
// example's net when its count is published; when the count is hidden the net would give it away
// (a net is c × count − cost with c and the cost published), so the chart shows break-even k
// instead, which depends on no count.
import type { EconomicEstimate, SensitivityBar } from '../../economics/index.js';
import { formatInteger } from '../../html/format.js';
import { type TornadoRow, tornado, tornadoOrder } from '../../charts/tornado.js';
import { assumptionOf } from '../economics/break-even.js';
import { amountIn, formatAssumption, oneYear } from '../economics/format.js';
import { chartBlock } from './charts.js';
import type { Block, DocumentBuilder } from './document.js';
import { label } from './labels.js';

type Measure = 'net' | 'breakEven';

/** `source`: the source line under the chart (the chapter's, naming its assumptions section). */
export async function sensitivityBlocks(doc: DocumentBuilder, estimate: EconomicEstimate, place: string, source: string): Promise<Block[]> {
  const v = estimate.valuations.find((x) => x.sensitivity !== null && x.sensitivity.length > 0);
  // The chapter asks only when some valuation has scenarios, and then it has its bars too.
  if (!v) return [];
  const bars = v.sensitivity!;
  const central = v.scenarios?.find((s) => s.scenario === 'central');
  const measure: Measure =
    central?.net.kronor !== null && central?.net.kronor !== undefined && bars.every((b) => b.netAtLow !== null && b.netAtHigh !== null)
      ? 'net'
      : 'breakEven';
  const shared = oneYear(estimate.prices);
  const priceYear = central?.net.priceYear ?? v.breakEven.cost.priceYear;
  const result = (value: number) =>
    measure === 'net'
      ? amountIn({ kronor: value, priceYear }, shared)
      : label(value === 1 ? 'economics.sensitivity.person' : 'economics.sensitivity.persons', { k: formatInteger(value) });
  const described = bars.map((b) => tornadoRow(estimate, b, measure, result));
  const rows = described.map((d) => d.row);
  const base = measure === 'net' ? (central!.net.kronor as number) : v.breakEven.k;
  const method = label(`economics.methods.${v.method}`);
  const caption = label(measure === 'net' ? 'economics.sensitivity.captionNet' : 'economics.sensitivity.captionBreakEven', {
    method,
    place,
  });
  const ordered = tornadoOrder(rows);
  const chart = await tornado({
    title: caption,
    base: { value: base, label: label('economics.sensitivity.central', { value: result(base) }) },
    rows,
    legend: { low: label('economics.sensitivity.legendLow'), high: label('economics.sensitivity.legendHigh') },
    alt: [
      label('economics.sensitivity.altIntro', { caption, value: result(base) }),
      ...ordered.map((r) => described.find((d) => d.row === r)!.alt),
    ].join(' '),
  });
  const top = ordered[0]?.name.toLowerCase() ?? '';
  const intro = [label(measure === 'net' ? 'economics.sensitivity.netIntro' : 'economics.sensitivity.breakEvenIntro', { top })];
  if (measure === 'breakEven' && bars.some((b) => b.assumption === 'deadweight'))
    intro.push(label('economics.sensitivity.deadweightNoEffect'));
  return [{ kind: 'paragraph', muted: false, text: intro.join(' ') }, chartBlock(doc, caption, chart, source)];
}

/** One bar: its ends labelled "2 år: 43,3 mnkr", and its sentence of the text alternative. */
function tornadoRow(
  estimate: EconomicEstimate,
  b: SensitivityBar,
  measure: Measure,
  result: (v: number) => string,
): { row: TornadoRow; alt: string } {
  const unit = assumptionOf(estimate, b.assumption)?.unit ?? 'share';
  const [lowValue, highValue] = measure === 'net' ? [b.netAtLow!, b.netAtHigh!] : [b.breakEvenAtLow, b.breakEvenAtHigh];
  const low = { setting: formatAssumption(unit, b.low), result: result(lowValue) };
  const high = { setting: formatAssumption(unit, b.high), result: result(highValue) };
  const name = label(`economics.shortNames.${b.assumption}`);
  return {
    row: {
      name,
      low: { value: lowValue, label: label('economics.sensitivity.end', low) },
      high: { value: highValue, label: label('economics.sensitivity.end', high) },
    },
    alt: label('economics.sensitivity.altRow', {
      name,
      lowSetting: low.setting,
      low: low.result,
      highSetting: high.setting,
      high: high.result,
    }),
  };
}
