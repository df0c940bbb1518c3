// A municipality's figures and one child unit per workshop, from its validated records. Pure.
import type { MunicipalityConfig } from '../schema/config.js';
import type { MunicipalityData, Participant } from '../schema/records.js';
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

  const all = [...byId.values()];
  const byWorkshop = new Map<string, Participant[]>(config.workshops.map((w) => [w.id, []]));
  for (const p of all) byWorkshop.get(p.workshop)?.push(p);

  return {
    level: 'municipality',
    id: config.id,
    name: config.name,
    figures: figuresOf(all, data.kaaContacts ? kaaFigures(data.kaaContacts, byId) : null),
    // KAA is a municipality-level indicator: a workshop's `kaa` is always null.
    children: config.workshops.map((w) => ({
      level: 'workshop',
      id: w.id,
      name: w.name,
      figures: figuresOf(byWorkshop.get(w.id) ?? [], null),
      children: [],
    })),
  };
}
