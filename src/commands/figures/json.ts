// The JSON export: a stable, versioned document (documented in docs/figures.md).
import type { Unit } from '../../indicators/types.js';
import { maskPersonalNumbers } from '../../util/pnr.js';
import type { EconomicEstimate } from '../../economics/index.js';

export interface FiguresDocument {
  version: 1;
  generated_by: string;
  scope: { level: 'region'; region: string } | { level: 'nation' };
  /** The disclosure-control threshold N; 0 when off. */
  suppress: number;
  /** The top unit: the region, or the nation (children: regions → municipalities → workshops). */
  units: Unit<number | null>[];
  /**
   * The socio-economic estimate of every municipality, region and the nation in `units`, parents
   * first, each with its unit's path (as in the CSV keys). Added in place (version 1 still): a
   * reader that does not know it ignores it.
   */
  economics?: Array<{ unit: string } & EconomicEstimate>;
}

export function figuresJson(doc: FiguresDocument): string {
  // Names come from untrusted YAML: a personnummer in one is masked here as everywhere (§9).
  return JSON.stringify(doc, (_key, value: unknown) => (typeof value === 'string' ? maskPersonalNumbers(value) : value), 2) + '\n';
}
