// A municipality's figures and one child unit per workshop, from its validated records. Pure.
import type { MunicipalityConfig } from '../schema/config.js';
import type { MunicipalityData, Participant } from '../schema/records.js';
import { sumDeep } from './count.js';
import { dropoutFigures, latestDropouts } from './dropouts.js';
import { assessGrades, gradeFigures } from './grades.js';
import { kaaFigures } from './kaa.js';
import { outcomeFigures } from './outcomes.js';
import { distinctParticipants, participantFigures } from './participants.js';
import type { Figures, Unit } from './types.js';

export function computeMunicipalityUnit(data: MunicipalityData, config: MunicipalityConfig): Unit {
  const byId = distinctParticipants(data.participants);
  // Per-person facts are derived once and shared by the municipality and its workshops.
  const latest = data.dropouts ? latestDropouts(data.dropouts) : undefined;
  const assessments = data.grades ? assessGrades(data.grades) : undefined;

  const figuresOf = (participants: Participant[], kaa: Figures['kaa']): Figures => ({
    participants: participantFigures(participants),
    outcomes: outcomeFigures(participants),
    dropouts: latest ? dropoutFigures(participants, latest) : null,
    grades: assessments ? gradeFigures(participants, assessments) : null,
    kaa,
  });

  // Persons partition into workshops (plus, in data with errors, an undeclared one): every figure
  // is a sum over persons, so the municipality is the exact sum of the parts, computed once each.
  const byWorkshop = new Map<string, Participant[]>(config.workshops.map((w) => [w.id, []]));
  const undeclared: Participant[] = [];
  for (const p of byId.values()) (byWorkshop.get(p.workshop) ?? undeclared).push(p);

  // KAA is a municipality-level indicator: a workshop's `kaa` is always null.
  const children: Unit[] = config.workshops.map((w) => ({
    level: 'workshop',
    id: w.id,
    name: w.name,
    figures: figuresOf(byWorkshop.get(w.id)!, null),
    children: [],
  }));
  const parts = children.map((c) => c.figures);
  if (undeclared.length > 0 || parts.length === 0) parts.push(figuresOf(undeclared, null));
  const figures = parts.slice(1).reduce((sum, part) => sumDeep(sum, part), structuredClone(parts[0]!));
  figures.kaa = data.kaaContacts ? kaaFigures(data.kaaContacts, byId) : null;

  return { level: 'municipality', id: config.id, name: config.name, figures, children };
}
