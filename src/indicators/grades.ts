// Indicator 4 (contract §7.4): merit value, its change between a participant's first and last term,
// and eligibility for a vocational programme (yrkesprogram). Every rule lives in a small pure
// function so the tests can check it on hand-computed cases.
import { GRADE_POINTS, SUBJECTS, type Grade, type Subject } from '../schema/codes.js';
import type { GradeRecord, Participant } from '../schema/records.js';
import { ratio, tally, zeroCount } from './count.js';
import type { GradeFigures } from './types.js';

/** One term's grades of one participant. */
export type TermGrades = ReadonlyMap<Subject, Grade>;

const KNOWN_SUBJECTS: ReadonlySet<string> = new Set(SUBJECTS);
const PASSED: ReadonlySet<Grade> = new Set<Grade>(['A', 'B', 'C', 'D', 'E']);
export const MERIT_SUBJECTS = 16;
export const ELIGIBILITY_OTHER_SUBJECTS = 5;

/**
 * Merit value (meritvärde) of a term: the 16 best grade points among every subject except ML, plus
 * ML's points as a 17th when present (contract §7.4, literally: a term with both SV and SVA — a
 * validation warning — has 17 candidate subjects, and the best 16 of them count).
 */
export function meritValue(grades: TermGrades): number {
  const points: number[] = [];
  for (const [subject, grade] of grades) if (subject !== 'ML') points.push(GRADE_POINTS[grade]);
  points.sort((a, b) => b - a);
  let sum = 0;
  for (const p of points.slice(0, MERIT_SUBJECTS)) sum += p;
  const ml = grades.get('ML');
  return ml === undefined ? sum : sum + GRADE_POINTS[ml];
}

/**
 * Eligible for a vocational programme: E or better in SV or SVA, in EN and in MA, and in at least
 * five other subjects. Any other graded subject counts among the five, ML (the language choice)
 * included, as in the admission rule ("fem andra ämnen", any subjects). One of SV/SVA is the
 * Swedish requirement; when a term has both passed (a validation warning), the other one is an
 * "other" subject, as the contract lists them as two subjects.
 */
export function isEligibleVocational(grades: TermGrades): boolean {
  const passed = (s: Subject) => {
    const g = grades.get(s);
    return g !== undefined && PASSED.has(g);
  };
  if (!(passed('SV') || passed('SVA')) || !passed('EN') || !passed('MA')) return false;
  let passedSubjects = 0;
  for (const grade of grades.values()) if (PASSED.has(grade)) passedSubjects++;
  // Minus the three required subjects (Swedish, English, mathematics).
  return passedSubjects - 3 >= ELIGIBILITY_OTHER_SUBJECTS;
}

export type MeritChange = 'raised' | 'kept' | 'lowered';

export function meritChange(first: number, last: number): MeritChange {
  return last > first ? 'raised' : last === first ? 'kept' : 'lowered';
}

/** What the grade indicators need to know about one participant. */
export interface GradeAssessment {
  measurable: boolean;
  /** Set only when measurable (grades in at least two distinct terms). */
  change?: MeritChange;
  meritFirst?: number;
  meritLast?: number;
  eligibleFirst?: boolean;
  eligibleLast?: boolean;
}

/** Groups rows by participant and term (termOrder). Unknown subject codes are not counted. */
export function gradesByParticipant(records: readonly GradeRecord[]): Map<string, Map<number, Map<Subject, Grade>>> {
  const byPerson = new Map<string, Map<number, Map<Subject, Grade>>>();
  for (const r of records) {
    if (!KNOWN_SUBJECTS.has(r.subject)) continue;
    let terms = byPerson.get(r.participantId);
    if (!terms) byPerson.set(r.participantId, (terms = new Map()));
    let term = terms.get(r.termOrder);
    if (!term) terms.set(r.termOrder, (term = new Map()));
    // A duplicate (participant, term, subject) is a validation error; the first row wins.
    if (!term.has(r.subject)) term.set(r.subject, r.grade);
  }
  return byPerson;
}

/** Compares the FIRST and the LAST term by termOrder; terms in between do not matter. */
export function assessTerms(terms: ReadonlyMap<number, TermGrades>): GradeAssessment {
  if (terms.size < 2) return { measurable: false };
  const orders = [...terms.keys()].sort((a, b) => a - b);
  const first = terms.get(orders[0]!)!;
  const last = terms.get(orders[orders.length - 1]!)!;
  const meritFirst = meritValue(first);
  const meritLast = meritValue(last);
  return {
    measurable: true,
    change: meritChange(meritFirst, meritLast),
    meritFirst,
    meritLast,
    eligibleFirst: isEligibleVocational(first),
    eligibleLast: isEligibleVocational(last),
  };
}

export function assessGrades(records: readonly GradeRecord[]): Map<string, GradeAssessment> {
  const out = new Map<string, GradeAssessment>();
  for (const [id, terms] of gradesByParticipant(records)) out.set(id, assessTerms(terms));
  return out;
}

export function gradeFigures(participants: Iterable<Participant>, assessments: Map<string, GradeAssessment>): GradeFigures {
  const f = {
    withGrades: zeroCount(),
    measurable: zeroCount(),
    raised: zeroCount(),
    kept: zeroCount(),
    lowered: zeroCount(),
    raisedOrKept: zeroCount(),
    intensiveMeasurable: zeroCount(),
    intensiveRaised: zeroCount(),
    eligibleFirst: zeroCount(),
    eligibleLast: zeroCount(),
    meritSumFirst: zeroCount(),
    meritSumLast: zeroCount(),
  };
  for (const p of participants) {
    const a = assessments.get(p.id);
    if (!a) continue;
    tally(f.withGrades, p.gender);
    if (!a.measurable) continue;
    tally(f.measurable, p.gender);
    tally(f[a.change!], p.gender);
    if (a.change !== 'lowered') tally(f.raisedOrKept, p.gender);
    if (p.intensiveSupport) {
      tally(f.intensiveMeasurable, p.gender);
      if (a.change === 'raised') tally(f.intensiveRaised, p.gender);
    }
    if (a.eligibleFirst) tally(f.eligibleFirst, p.gender);
    if (a.eligibleLast) tally(f.eligibleLast, p.gender);
    tally(f.meritSumFirst, p.gender, a.meritFirst!);
    tally(f.meritSumLast, p.gender, a.meritLast!);
  }
  return {
    withGrades: f.withGrades,
    measurable: f.measurable,
    raised: f.raised,
    kept: f.kept,
    lowered: f.lowered,
    raisedOrKept: ratio(f.raisedOrKept, { ...f.measurable }),
    intensiveRaised: ratio(f.intensiveRaised, f.intensiveMeasurable),
    eligibleFirst: f.eligibleFirst,
    eligibleLast: f.eligibleLast,
    meritSumFirst: f.meritSumFirst,
    meritSumLast: f.meritSumLast,
  };
}
