// The KAA table in the reports: the list, contacted (and the rate), in interventions, attempts.
import type { Cell, NoteSpec, RowSpec } from '../table.js';
import type { KaaFigures } from './types.js';

export function kaaTable(k: KaaFigures<Cell>): RowSpec[] {
  return [
    { kind: 'total', label: { key: 'report.rows.kaaListed' }, count: k.listed },
    { kind: 'data', label: { key: 'report.rows.kaaContacted' }, count: k.contacted },
    { kind: 'share', label: { key: 'report.rows.kaaContactRate' }, ratio: k.contactRate, indent: true },
    { kind: 'data', label: { key: 'report.rows.kaaInInterventions' }, count: k.inInterventions },
    { kind: 'data', label: { key: 'report.rows.kaaAttempts' }, count: k.attempts },
    {
      kind: 'mean',
      label: { key: 'report.rows.kaaAttemptsPerPerson' },
      sum: k.attemptsPerPerson.numerator,
      of: k.attemptsPerPerson.denominator,
    },
  ];
}

/** "I Totalt ingår 3 personer med okänt kön." when the list has persons of unknown gender. */
export function kaaTableNotes(k: KaaFigures<Cell>): NoteSpec[] {
  const unknown = k.listed.unknown;
  if (unknown === undefined || unknown === 0) return [];
  return [{ key: 'report.notes.unknownGender', numbers: { n: unknown } }];
}
