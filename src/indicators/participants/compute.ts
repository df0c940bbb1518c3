// Indicator 1 (contract §7.1): participants, by target group, age band and intensive support.
import { AGE_BANDS, TARGET_GROUPS, type AgeBand } from '../../schema/codes.js';
import type { Participant } from '../../schema/records.js';
import { countsByKey, tally, zeroCount } from '../count.js';
import type { ParticipantFigures } from './types.js';

/** Age = year of start_date − birth_year (the contract's definition, not the exact age in days). */
export function ageBand(participant: Pick<Participant, 'startDate' | 'birthYear'>): AgeBand {
  const age = Number(participant.startDate.slice(0, 4)) - participant.birthYear;
  if (age >= 15 && age <= 19) return '15-19';
  if (age >= 20 && age <= 24) return '20-24';
  return 'other';
}

/** `participants` must already hold each person once (see distinctParticipants). */
export function participantFigures(participants: Iterable<Participant>): ParticipantFigures {
  const figures: ParticipantFigures = {
    persons: zeroCount(),
    byTargetGroup: countsByKey(TARGET_GROUPS),
    byAgeBand: countsByKey(AGE_BANDS),
    intensiveSupport: zeroCount(),
  };
  for (const p of participants) {
    tally(figures.persons, p.gender);
    tally(figures.byTargetGroup[p.targetGroup], p.gender);
    tally(figures.byAgeBand[ageBand(p)], p.gender);
    if (p.intensiveSupport) tally(figures.intensiveSupport, p.gender);
  }
  return figures;
}

/**
 * Persons are counted once per municipality: the first row of an id wins. (A duplicate id is a
 * validation error, so this only matters for figures computed from data that has errors.)
 */
export function distinctParticipants(participants: readonly Participant[]): Map<string, Participant> {
  const byId = new Map<string, Participant>();
  for (const p of participants) if (!byId.has(p.id)) byId.set(p.id, p);
  return byId;
}
