// Indicator 4 (contract §7.4): merit value, its change between a participant's first and last term,
// and eligibility for a vocational programme (yrkesprogram). Every rule lives in a small pure
// function so the tests can check it on hand-computed cases.
import { GRADE_POINTS, SUBJECTS, type Grade, type Subject } from '../../schema/codes.js';
import type { GradeRecord, Participant } from '../../schema/records.js';
import { GradeTable } from '../../schema/grade-table.js';
import { ratio, tally, zeroCount } from '../count.js';
import type { GradeFigures } from './types.js';

/** One term's grades of one participant. */
export type TermGrades = ReadonlyMap<Subject, Grade>;

export const MERIT_SUBJECTS = 16;
export const ELIGIBILITY_OTHER_SUBJECTS = 5;

/** Grades from best to worst; F and '-' share the last level (0 points). */
const LEVELS: Record<Grade, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5, '-': 5 };
const LEVEL_POINTS = [GRADE_POINTS.A, GRADE_POINTS.B, GRADE_POINTS.C, GRADE_POINTS.D, GRADE_POINTS.E, 0];
const PASSED_LEVEL = 4; // E or better
const SUBJECT_BIT = new Map<string, number>(SUBJECTS.map((s, i) => [s, 1 << i]));
/** By subject code (GradeTable): whether the subject counts; every code of SUBJECTS does. */
const COUNTED_SUBJECT = SUBJECTS.map((s) => SUBJECT_BIT.has(s));
const SWEDISH = 1;
const ENGLISH = 2;
const MATHS = 4;

/**
 * One participant's grades of one term, accumulated row by row without building maps (the
 * national bench has millions of grade rows). The single implementation behind meritValue and
 * isEligibleVocational, so the tested functions are the ones that count.
 */
export class TermAccumulator {
  /** How many non-ML subjects have each grade level. */
  private readonly perLevel = [0, 0, 0, 0, 0, 0];
  private ml = -1;
  private seen = 0;
  private passed = 0;
  private core = 0;

  add(subject: string, grade: Grade): void {
    const bit = SUBJECT_BIT.get(subject);
    // Unknown subject codes are not counted; a duplicate subject in a term (a validation error) counts once.
    if (bit === undefined || this.seen & bit) return;
    this.seen |= bit;
    const level = LEVELS[grade];
    if (subject === 'ML') this.ml = LEVEL_POINTS[level]!;
    else this.perLevel[level]!++;
    if (level <= PASSED_LEVEL) {
      this.passed++;
      if (subject === 'SV' || subject === 'SVA') this.core |= SWEDISH;
      else if (subject === 'EN') this.core |= ENGLISH;
      else if (subject === 'MA') this.core |= MATHS;
    }
  }

  /**
   * Merit value (meritvärde): the 16 best grade points among every subject except ML, plus ML's
   * points as a 17th when present (contract §7.4, literally: a term with both SV and SVA — a
   * validation warning — has 17 candidate subjects, and the best 16 of them count).
   */
  merit(): number {
    let left = MERIT_SUBJECTS;
    let sum = 0;
    for (let level = 0; level < LEVEL_POINTS.length && left > 0; level++) {
      const taken = Math.min(left, this.perLevel[level]!);
      sum += taken * LEVEL_POINTS[level]!;
      left -= taken;
    }
    return this.ml >= 0 ? sum + this.ml : sum;
  }

  /**
   * Eligible for a vocational programme: E or better in SV or SVA, in EN and in MA, and in at least
   * five other subjects. Any other graded subject counts among the five, ML (the language choice)
   * included, as in the admission rule ("fem andra ämnen", any subjects). One of SV/SVA is the
   * Swedish requirement; when a term has both passed (a validation warning), the other one is an
   * "other" subject, as the contract lists them as two subjects.
   */
  eligible(): boolean {
    return this.core === (SWEDISH | ENGLISH | MATHS) && this.passed - 3 >= ELIGIBILITY_OTHER_SUBJECTS;
  }
}

function accumulate(grades: TermGrades): TermAccumulator {
  const acc = new TermAccumulator();
  for (const [subject, grade] of grades) acc.add(subject, grade);
  return acc;
}

/** The merit value of one term's grades (see TermAccumulator.merit). */
export function meritValue(grades: TermGrades): number {
  return accumulate(grades).merit();
}

/** Eligibility for a vocational programme in one term (see TermAccumulator.eligible). */
export function isEligibleVocational(grades: TermGrades): boolean {
  return accumulate(grades).eligible();
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

/** Compares the FIRST and the LAST term by termOrder; terms in between do not matter. */
export function assessTerms(terms: ReadonlyMap<number, TermGrades>): GradeAssessment {
  if (terms.size < 2) return { measurable: false };
  const orders = [...terms.keys()].sort((a, b) => a - b);
  return assessment(accumulate(terms.get(orders[0]!)!), accumulate(terms.get(orders[orders.length - 1]!)!));
}

function assessment(first: TermAccumulator, last: TermAccumulator): GradeAssessment {
  const meritFirst = first.merit();
  const meritLast = last.merit();
  return {
    measurable: true,
    change: meritChange(meritFirst, meritLast),
    meritFirst,
    meritLast,
    eligibleFirst: first.eligible(),
    eligibleLast: last.eligible(),
  };
}

/**
 * Every graded participant's assessment, in two passes over the rows: first each person's first
 * and last termOrder among rows of counted subjects (measurable = they differ, i.e. grades in at
 * least two distinct terms), then only the rows of those two terms are accumulated.
 */
export function assessGrades(rows: GradeTable | readonly GradeRecord[]): Map<string, GradeAssessment> {
  const t = rows instanceof GradeTable ? rows : GradeTable.from(rows);
  const people = t.ids.length;
  const first = new Int32Array(people);
  const last = new Int32Array(people);
  const graded = new Uint8Array(people); // has a row of a counted subject
  const order: number[] = []; // people in the order of their first such row
  for (let row = 0; row < t.length; row++) {
    if (!COUNTED_SUBJECT[t.subject[row]!]) continue; // not counted (a validation warning)
    const p = t.person[row]!;
    const term = t.termOrder[row]!;
    if (!graded[p]) {
      graded[p] = 1;
      first[p] = last[p] = term;
      order.push(p);
    } else if (term < first[p]!) first[p] = term;
    else if (term > last[p]!) last[p] = term;
  }
  const a: Array<TermAccumulator | undefined> = new Array(people);
  const b: Array<TermAccumulator | undefined> = new Array(people);
  for (let row = 0; row < t.length; row++) {
    const p = t.person[row]!;
    if (!graded[p] || first[p] === last[p]) continue;
    const term = t.termOrder[row]!;
    if (term === first[p]) (a[p] ??= new TermAccumulator()).add(t.subjectAt(row), t.gradeAt(row));
    else if (term === last[p]) (b[p] ??= new TermAccumulator()).add(t.subjectAt(row), t.gradeAt(row));
  }
  const out = new Map<string, GradeAssessment>();
  for (const p of order) {
    out.set(
      t.ids[p]!,
      first[p] === last[p] ? { measurable: false } : assessment(a[p] ?? new TermAccumulator(), b[p] ?? new TermAccumulator()),
    );
  }
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
    becameEligible: zeroCount(),
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
    if (a.eligibleLast && !a.eligibleFirst) tally(f.becameEligible, p.gender);
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
    becameEligible: f.becameEligible,
    meritSumFirst: f.meritSumFirst,
    meritSumLast: f.meritSumLast,
  };
}
