// The JSON export: a stable, versioned document (documented in docs/figures.md).
import type { Unit } from '../../indicators/types.js';
import { maskPersonalNumbers } from '../../util/pnr.js';

export interface FiguresDocument {
  version: 1;
  generated_by: string;
  scope: { level: 'region'; region: string } | { level: 'nation' };
  /** The disclosure-control threshold N; 0 when off. */
  suppress: number;
  /** The top unit: the region, or the nation (children: regions → municipalities → workshops). */
  units: Unit<number | null>[];
}

export function figuresJson(doc: FiguresDocument): string {
  // Names come from untrusted YAML: a personnummer in one is masked here as everywhere (§9).
  return JSON.stringify(doc, (_key, value: unknown) => (typeof value === 'string' ? maskPersonalNumbers(value) : value), 2) + '\n';
}
