// The brochure's panel "Vad är det värt?" (issue 16): one figure (break-even k), one sentence (the
// break-even statement, without N when disclosure control hides it), the sources in short and a
// pointer to the regional report, where the working (cost, value per person) and the assumptions are. Left
// out, with nothing in its place, when the municipality has no estimate (no cost, no valuation):
// the report's chapter says why; a leaflet does not.
import { copy } from '../../html/copy.js';
import { formatInteger, formatList } from '../../html/format.js';
import type { EconomicEstimate } from '../../economics/index.js';
import { breakEvenSentence, leadValuation } from '../economics/break-even.js';
import { distinctSources, sourceShort } from '../economics/format.js';

export interface WorthPanel {
  /** Break-even k, set large. */
  figure: string;
  /** "Projektet betalar sig om 7 av …". */
  sentence: string;
  /** That the cost is synthetic (fixtures, demos); null for a real one. */
  synthetic: string | null;
  /** Where the working is: the region's report. */
  pointer: string;
  /** "Källor: Author (2010), …" for the assumptions the lead valuation uses. */
  sources: string;
}

export function worthPanel(estimate: EconomicEstimate, regionName: string): WorthPanel | null {
  const v = leadValuation(estimate);
  if (!v || !estimate.cost) return null;
  const used = estimate.assumptions.filter((a) => v.uses.includes(a.key));
  return {
    figure: formatInteger(v.breakEven.k),
    sentence: breakEvenSentence(v),
    synthetic: estimate.cost.synthetic ? copy('economics.panel.synthetic') : null,
    pointer: copy('economics.panel.pointer', { region: regionName }),
    sources: copy('economics.panel.sources', { sources: formatList(distinctSources(used.map((a) => a.source)).map(sourceShort)) }),
  };
}
