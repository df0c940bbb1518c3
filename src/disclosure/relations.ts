// EVERY linear relation and subset inequality between the figures of one unit (data contract §7),
// in one place: the attacker knows all of them, so the suppression must too. Each rule is applied
// per gender group (women, men, total, unknown). Across units: every count of a unit is the sum
// of the same count of its children, and total = women + men + unknown (both in ./units.ts).
//
// A rule is written Σ coefficient · figure = 0 ('eq') or ≤ 0 ('le'), figures named by their
// dotted path in Figures. When an indicator gets its own folder, its rules can move beside it.
import { DROPOUT_REASONS, OUTCOME_CODES, OUTCOMES, TARGET_GROUPS, AGE_BANDS } from '../schema/codes.js';

export interface RelationRule {
  name: string;
  kind: 'eq' | 'le';
  terms: ReadonlyArray<readonly [path: string, coefficient: number]>;
}

/** anchor = Σ parts */
const sum = (name: string, anchor: string, parts: string[]): RelationRule => ({
  name,
  kind: 'eq',
  terms: [[anchor, 1], ...parts.map((p) => [p, -1] as const)],
});
/** a ≤ factor · b */
const atMost = (name: string, a: string, b: string, factor = 1): RelationRule => ({ name, kind: 'le', terms: [[a, 1], [b, -factor]] });

/** The highest merit value of one term: 16 subjects and ML, 20 points each (contract §7.4). */
export const MAX_MERIT = 17 * 20;
/** The lowest merit value of an eligible term: 8 subjects (SV/SVA, EN, MA and 5 more) at E = 10. */
export const MIN_ELIGIBLE_MERIT = 8 * 10;

const codes = (category: 'education' | 'work') => OUTCOME_CODES.filter((c) => OUTCOMES[c].category === category).map((c) => `outcomes.byCode.${c}`);

export const UNIT_RELATIONS: readonly RelationRule[] = [
  // Participants.
  sum('participants by target group', 'participants.persons', TARGET_GROUPS.map((g) => `participants.byTargetGroup.${g}`)),
  sum('participants by age band', 'participants.persons', AGE_BANDS.map((b) => `participants.byAgeBand.${b}`)),
  atMost('intensive support ≤ participants', 'participants.intensiveSupport', 'participants.persons'),
  // Exit outcomes.
  sum('exited by outcome', 'outcomes.exited', ['outcomes.missingOutcome', ...OUTCOME_CODES.map((c) => `outcomes.byCode.${c}`)]),
  sum('education', 'outcomes.education', codes('education')),
  sum('work', 'outcomes.work', codes('work')),
  sum('education or work: numerator', 'outcomes.educationOrWork.numerator', ['outcomes.education', 'outcomes.work']),
  sum('education or work: denominator', 'outcomes.educationOrWork.denominator', ['outcomes.exited']),
  atMost('exited ≤ participants', 'outcomes.exited', 'participants.persons'),
  // Dropouts (the rate's denominator: participants of the municipalities that report dropouts).
  sum('dropouts by reason', 'dropouts.persons', DROPOUT_REASONS.map((r) => `dropouts.byReason.${r}`)),
  sum('dropout rate: numerator', 'dropouts.rate.numerator', ['dropouts.persons']),
  sum('dropout rate: denominator', 'dropouts.rate.denominator', ['participants.persons']),
  {
    name: 'remaining = participants − dropouts + returned',
    kind: 'eq',
    terms: [['dropouts.rate.denominator', 1], ['dropouts.remaining', -1], ['dropouts.persons', -1], ['dropouts.returned', 1]],
  },
  atMost('returned ≤ dropouts', 'dropouts.returned', 'dropouts.persons'),
  atMost('dropouts ≤ participants', 'dropouts.persons', 'dropouts.rate.denominator'),
  // Grades.
  atMost('with grades ≤ participants', 'grades.withGrades', 'participants.persons'),
  atMost('measurable ≤ with grades', 'grades.measurable', 'grades.withGrades'),
  sum('raised + kept + lowered', 'grades.measurable', ['grades.raised', 'grades.kept', 'grades.lowered']),
  sum('raised or kept: numerator', 'grades.raisedOrKept.numerator', ['grades.raised', 'grades.kept']),
  sum('raised or kept: denominator', 'grades.raisedOrKept.denominator', ['grades.measurable']),
  atMost('intensive raised ≤ raised', 'grades.intensiveRaised.numerator', 'grades.raised'),
  atMost('intensive raised ≤ intensive measurable', 'grades.intensiveRaised.numerator', 'grades.intensiveRaised.denominator'),
  atMost('intensive measurable ≤ measurable', 'grades.intensiveRaised.denominator', 'grades.measurable'),
  atMost('intensive measurable ≤ intensive support', 'grades.intensiveRaised.denominator', 'participants.intensiveSupport'),
  atMost('eligible first ≤ measurable', 'grades.eligibleFirst', 'grades.measurable'),
  atMost('eligible last ≤ measurable', 'grades.eligibleLast', 'grades.measurable'),
  atMost('merit sum first ≤ max merit · measurable', 'grades.meritSumFirst', 'grades.measurable', MAX_MERIT),
  atMost('merit sum last ≤ max merit · measurable', 'grades.meritSumLast', 'grades.measurable', MAX_MERIT),
  atMost('eligible first · min merit ≤ merit sum first', 'grades.eligibleFirst', 'grades.meritSumFirst', 1 / MIN_ELIGIBLE_MERIT),
  atMost('eligible last · min merit ≤ merit sum last', 'grades.eligibleLast', 'grades.meritSumLast', 1 / MIN_ELIGIBLE_MERIT),
  // KAA.
  sum('contact rate: numerator', 'kaa.contactRate.numerator', ['kaa.contacted']),
  sum('contact rate: denominator', 'kaa.contactRate.denominator', ['kaa.listed']),
  sum('attempts per person: numerator', 'kaa.attemptsPerPerson.numerator', ['kaa.attempts']),
  sum('attempts per person: denominator', 'kaa.attemptsPerPerson.denominator', ['kaa.listed']),
  atMost('contacted ≤ listed', 'kaa.contacted', 'kaa.listed'),
  atMost('in interventions ≤ listed', 'kaa.inInterventions', 'kaa.listed'),
  atMost('in interventions ≤ participants', 'kaa.inInterventions', 'participants.persons'),
  atMost('listed ≤ attempts', 'kaa.listed', 'kaa.attempts'),
];

/** Shares and the merit sums (whose mean is a share-like figure): numerator path, denominator path. */
export const SHARES: ReadonlyArray<readonly [numerator: string, denominator: string]> = [
  ['outcomes.educationOrWork.numerator', 'outcomes.educationOrWork.denominator'],
  ['dropouts.rate.numerator', 'dropouts.rate.denominator'],
  ['grades.raisedOrKept.numerator', 'grades.raisedOrKept.denominator'],
  ['grades.intensiveRaised.numerator', 'grades.intensiveRaised.denominator'],
  ['grades.meritSumFirst', 'grades.measurable'],
  ['grades.meritSumLast', 'grades.measurable'],
  ['kaa.contactRate.numerator', 'kaa.contactRate.denominator'],
  ['kaa.attemptsPerPerson.numerator', 'kaa.attemptsPerPerson.denominator'],
];

/** Figures that are sums of merit points, not counts: rounded to 2.5 points, no small-count rule. */
export const MERIT_SUMS: ReadonlySet<string> = new Set(['grades.meritSumFirst', 'grades.meritSumLast']);
/** Merit points come in steps of 2.5 (A 20, B 17.5, … E 10). */
export const MERIT_STEP = 2.5;
