// A municipality's figures and one child unit per workshop, from its validated records. Pure.
import type { MunicipalityConfig } from '../schema/config.js';
import type { Participant } from '../schema/records.js';
import type { MunicipalityData } from '../schema/municipality-data.js';
import { sumDeep } from './count.js';
import { distinctParticipants } from './participants/compute.js';
import { indicators } from './registry.js';
import type { Figures, Unit } from './types.js';

export function computeMunicipalityUnit(data: MunicipalityData, config: MunicipalityConfig): Unit {
  const byId = distinctParticipants(data.participants);
  // Per-person facts are derived once and shared by the municipality and its workshops.
  const prepared = indicators.map((indicator) => indicator.prepare(data));

  // A part's figures: every workshop-level indicator; the municipality-level ones (KAA) are null.
  const figuresOf = (participants: Participant[]): Figures => {
    const figures: Record<string, unknown> = {};
    indicators.forEach((indicator, i) => {
      const facts = prepared[i];
      figures[indicator.key] = indicator.level === 'workshop' && facts !== undefined ? indicator.compute(participants, facts, byId) : null;
    });
    return figures as unknown as Figures;
  };

  // Persons partition into workshops (plus, in data with errors, an undeclared one): every figure
  // is a sum over persons, so the municipality is the exact sum of the parts, computed once each.
  const byWorkshop = new Map<string, Participant[]>(config.workshops.map((w) => [w.id, []]));
  const undeclared: Participant[] = [];
  for (const p of byId.values()) (byWorkshop.get(p.workshop) ?? undeclared).push(p);

  const children: Unit[] = config.workshops.map((w) => ({
    level: 'workshop',
    id: w.id,
    name: w.name,
    figures: figuresOf(byWorkshop.get(w.id)!),
    children: [],
  }));
  const parts = children.map((c) => c.figures);
  if (undeclared.length > 0 || parts.length === 0) parts.push(figuresOf(undeclared));
  const figures = parts.slice(1).reduce((sum, part) => sumDeep(sum, part), structuredClone(parts[0]!));
  const own = figures as unknown as Record<string, unknown>;
  indicators.forEach((indicator, i) => {
    const facts = prepared[i];
    if (indicator.level === 'municipality')
      own[indicator.key] = facts === undefined ? null : indicator.compute([...byId.values()], facts, byId);
  });

  return { level: 'municipality', id: config.id, name: config.name, figures, children };
}
