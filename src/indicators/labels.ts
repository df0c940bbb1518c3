// Swedish labels of every figure path, for the spreadsheet export and any table that lists
// indicators generically. Paths are dotted keys of `Figures` ("dropouts.byReason.moved").
import {
  AGE_BAND_LABELS,
  DROPOUT_REASON_LABELS,
  OUTCOMES,
  TARGET_GROUP_SHORT_LABELS,
  type AgeBand,
  type DropoutReason,
  type OutcomeCode,
  type TargetGroup,
} from '../schema/codes.js';

const FIXED: Record<string, string> = {
  'participants.persons': 'Deltagare',
  'participants.intensiveSupport': 'Deltagare med fördjupat stöd',
  'outcomes.exited': 'Avslutade deltagare',
  'outcomes.missingOutcome': 'Avslutade, utfall saknas',
  'outcomes.education': 'Avslutade till studier',
  'outcomes.work': 'Avslutade till arbete',
  'outcomes.educationOrWork': 'Andel i studier eller arbete',
  'dropouts.persons': 'Personer med avbrott',
  'dropouts.rate': 'Avbrottsandel',
  'dropouts.returned': 'Återkomna efter avbrott',
  'dropouts.remaining': 'Kvar (utan avbrott eller återkomna)',
  'grades.withGrades': 'Deltagare med betyg',
  'grades.measurable': 'Mätbara deltagare (betyg från minst två terminer)',
  'grades.raised': 'Höjt meritvärde',
  'grades.kept': 'Bibehållit meritvärde',
  'grades.lowered': 'Sänkt meritvärde',
  'grades.raisedOrKept': 'Andel som höjt eller bibehållit meritvärdet',
  'grades.intensiveRaised': 'Höjt meritvärde bland mätbara med fördjupat stöd',
  'grades.eligibleFirst': 'Behöriga till yrkesprogram, första terminen',
  'grades.eligibleLast': 'Behöriga till yrkesprogram, sista terminen',
  'grades.meritSumFirst': 'Summa meritvärden, första terminen',
  'grades.meritSumLast': 'Summa meritvärden, sista terminen',
  'kaa.listed': 'Personer på KAA-listan',
  'kaa.contacted': 'Kontaktade (nådda eller avböjt)',
  'kaa.contactRate': 'Kontaktgrad',
  'kaa.inInterventions': 'Personer på listan i insatser',
  'kaa.attempts': 'Kontaktförsök',
  'kaa.attemptsPerPerson': 'Kontaktförsök per person',
};

/** The Swedish label of a count or ratio path; falls back to the path itself. */
export function figureLabel(path: string): string {
  const fixed = FIXED[path];
  if (fixed) return fixed;
  const [section, group, key] = path.split('.') as [string, string | undefined, string | undefined];
  if (key !== undefined) {
    if (section === 'participants' && group === 'byTargetGroup') return `Deltagare, ${TARGET_GROUP_SHORT_LABELS[key as TargetGroup] ?? key}`;
    if (section === 'participants' && group === 'byAgeBand') return `Deltagare, ${AGE_BAND_LABELS[key as AgeBand] ?? key}`;
    if (section === 'outcomes' && group === 'byCode') return `Utfall: ${OUTCOMES[key as OutcomeCode]?.label ?? key}`;
    if (section === 'dropouts' && group === 'byReason') return `Avbrott, senaste orsak: ${DROPOUT_REASON_LABELS[key as DropoutReason] ?? key}`;
  }
  return path;
}
