// Indicator 5 (contract §7.5): the municipal activity responsibility (KAA) list and its contacts.
// KAA is a municipality-level indicator: the list belongs to the municipality, not to a workshop.
import type { Gender } from '../../schema/codes.js';
import type { KaaContactRecord, Participant } from '../../schema/records.js';
import { KaaTable } from '../../schema/kaa-table.js';
import { hasValidCheckDigit, looksLikePersonalNumber } from '../../util/pnr.js';
import { ratio, tally, zeroCount } from '../count.js';
import type { KaaFigures } from './types.js';

/** Legal gender from a personnummer: the second-to-last digit, odd = man, even = woman. */
export function genderFromPersonalNumber(id: string): Gender | undefined {
  const shape = looksLikePersonalNumber(id);
  if (!shape || !hasValidCheckDigit(shape)) return undefined;
  return Number(shape.lastFour[2]) % 2 === 1 ? 'male' : 'female';
}

interface KaaPerson {
  contacted: boolean;
  attempts: number;
  /** The first `gender` value given on any of the person's rows. */
  rowGender?: Gender;
}

/**
 * A person's gender, in order of authority: the participant's gender when the person is a
 * participant; else the optional `gender` column of their KAA rows; else a personnummer's
 * second-to-last digit; else unknown (counted in total and in `unknown`).
 */
function kaaGender(id: string, person: KaaPerson, participant: Participant | undefined): Gender | undefined {
  return participant?.gender ?? person.rowGender ?? genderFromPersonalNumber(id);
}

export function kaaFigures(rows: KaaTable | readonly KaaContactRecord[], participantsById: ReadonlyMap<string, Participant>): KaaFigures {
  const t = rows instanceof KaaTable ? rows : KaaTable.from(rows);
  // One KaaPerson per listed person, in the order of their first row.
  const people: KaaPerson[] = t.ids.map(() => ({ contacted: false, attempts: 0 }));
  for (let row = 0; row < t.length; row++) {
    const person = people[t.person[row]!]!;
    person.attempts++;
    const result = t.resultAt(row);
    if (result === 'reached' || result === 'declined') person.contacted = true;
    if (person.rowGender === undefined) {
      const gender = t.genderAt(row);
      if (gender !== undefined) person.rowGender = gender;
    }
  }
  const persons = t.ids.map((id, i) => [id, people[i]!] as const);
  const listed = zeroCount();
  const contacted = zeroCount();
  const inInterventions = zeroCount();
  const attempts = zeroCount();
  for (const [id, person] of persons) {
    const participant = participantsById.get(id);
    const gender = kaaGender(id, person, participant);
    tally(listed, gender);
    tally(attempts, gender, person.attempts);
    if (person.contacted) tally(contacted, gender);
    if (participant) tally(inInterventions, gender);
  }
  return {
    listed,
    contacted,
    contactRate: ratio({ ...contacted }, { ...listed }),
    inInterventions,
    attempts,
    attemptsPerPerson: ratio({ ...attempts }, { ...listed }),
  };
}
