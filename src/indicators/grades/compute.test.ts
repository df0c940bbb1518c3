import { describe, expect, it } from 'vitest';
import { assessGrades, assessTerms, gradeFigures, isEligibleVocational, meritChange, meritValue, type TermGrades } from './compute.js';
import type { Grade, Subject } from '../../schema/codes.js';
import { grades, participant } from '../test-helpers/make.js';

const term = (g: Partial<Record<Subject, Grade>>): TermGrades => new Map(Object.entries(g) as [Subject, Grade][]);

describe('meritValue', () => {
  it('sums grade points: A 20, B 17.5, C 15, D 12.5, E 10', () => {
    expect(meritValue(term({ SV: 'A', EN: 'B', MA: 'C', BI: 'D', FY: 'E' }))).toBe(20 + 17.5 + 15 + 12.5 + 10);
  });
  it('gives F and "-" zero points', () => {
    expect(meritValue(term({ SV: 'F', EN: '-', MA: 'E' }))).toBe(10);
  });
  it('counts SVA like SV', () => {
    expect(meritValue(term({ SVA: 'C', EN: 'E' }))).toBe(25);
  });
  it('counts SV and SVA of the same term as two subjects (contract: all subjects but ML)', () => {
    expect(meritValue(term({ SV: 'E', SVA: 'B', EN: 'E' }))).toBe(37.5);
  });
  const sixteen = {
    SV: 'E',
    EN: 'E',
    MA: 'E',
    BI: 'E',
    FY: 'E',
    KE: 'E',
    TK: 'E',
    GE: 'E',
    HI: 'E',
    RE: 'E',
    SH: 'E',
    BL: 'E',
    HKK: 'E',
    IDH: 'E',
    MU: 'E',
    SL: 'E',
  } as const;
  it('adds ML as a 17th subject on top of the best 16', () => {
    expect(meritValue(term(sixteen))).toBe(160);
    expect(meritValue(term({ ...sixteen, ML: 'A' }))).toBe(180);
  });
  it('with more than 16 subjects besides ML, only the best 16 count', () => {
    // 17 subjects besides ML (SV and SVA both): the F in SVA is the 17th and drops out.
    expect(meritValue(term({ ...sixteen, SVA: 'F' }))).toBe(160);
    // The worst one drops out wherever it is: SL's E goes, SVA's A stays, ML still adds 12.5.
    expect(meritValue(term({ ...sixteen, SV: 'A', SVA: 'A', ML: 'D' }))).toBe(20 + 20 + 14 * 10 + 12.5);
  });
  it('is 340 at most', () => {
    const best = term({
      SV: 'A',
      EN: 'A',
      MA: 'A',
      BI: 'A',
      FY: 'A',
      KE: 'A',
      TK: 'A',
      GE: 'A',
      HI: 'A',
      RE: 'A',
      SH: 'A',
      BL: 'A',
      HKK: 'A',
      IDH: 'A',
      MU: 'A',
      SL: 'A',
      ML: 'A',
    });
    expect(meritValue(best)).toBe(340);
  });
});

describe('isEligibleVocational', () => {
  const core = { SV: 'E', EN: 'E', MA: 'E' } as const;
  it('needs E or better in SV, EN, MA and five more subjects', () => {
    expect(isEligibleVocational(term({ ...core, BI: 'E', FY: 'D', KE: 'C', TK: 'B', GE: 'A' }))).toBe(true);
    expect(isEligibleVocational(term({ ...core, BI: 'E', FY: 'D', KE: 'C', TK: 'B' }))).toBe(false);
  });
  it('accepts SVA instead of SV', () => {
    expect(isEligibleVocational(term({ SVA: 'C', EN: 'E', MA: 'E', BI: 'E', FY: 'E', KE: 'E', TK: 'E', GE: 'E' }))).toBe(true);
  });
  it('fails with F or "-" in a core subject', () => {
    expect(isEligibleVocational(term({ SV: 'E', EN: 'F', MA: 'E', BI: 'E', FY: 'E', KE: 'E', TK: 'E', GE: 'E' }))).toBe(false);
    expect(isEligibleVocational(term({ SV: 'E', EN: 'E', MA: '-', BI: 'E', FY: 'E', KE: 'E', TK: 'E', GE: 'E' }))).toBe(false);
  });
  it('does not count F or "-" among the five', () => {
    expect(isEligibleVocational(term({ ...core, BI: 'E', FY: 'E', KE: 'E', TK: 'E', GE: 'F', HI: '-' }))).toBe(false);
  });
  it('counts ML among the five other subjects', () => {
    expect(isEligibleVocational(term({ ...core, BI: 'E', FY: 'E', KE: 'E', TK: 'E', ML: 'E' }))).toBe(true);
  });
  it('counts SVA among the five when SV is passed too (both graded: a validation warning)', () => {
    expect(isEligibleVocational(term({ ...core, SVA: 'A', BI: 'E', FY: 'E', KE: 'E', TK: 'E' }))).toBe(true);
    expect(isEligibleVocational(term({ ...core, SVA: 'A', BI: 'E', FY: 'E', KE: 'E' }))).toBe(false);
  });
  it('needs EN and MA themselves, not just eight passed subjects', () => {
    expect(isEligibleVocational(term({ SV: 'A', EN: 'A', MA: 'F', BI: 'E', FY: 'E', KE: 'E', TK: 'E', GE: 'E', HI: 'E', RE: 'E' }))).toBe(
      false,
    );
  });
});

describe('grade change', () => {
  it('classifies first vs last merit value', () => {
    expect(meritChange(100, 102.5)).toBe('raised');
    expect(meritChange(100, 100)).toBe('kept');
    expect(meritChange(100, 97.5)).toBe('lowered');
  });
  it('compares the first and the last term by termOrder, not file order', () => {
    const rows = [...grades('p', 'VT2017', { SV: 'C' }), ...grades('p', 'HT2016', { SV: 'E' }), ...grades('p', 'HT2017', { SV: 'D' })];
    const a = assessGrades(rows).get('p')!;
    expect(a).toMatchObject({ measurable: true, meritFirst: 10, meritLast: 12.5, change: 'raised' });
  });
  it('treats VT as earlier than HT of the same year', () => {
    const rows = [...grades('p', 'HT2017', { SV: 'E' }), ...grades('p', 'VT2017', { SV: 'A' })];
    expect(assessGrades(rows).get('p')).toMatchObject({ meritFirst: 20, meritLast: 10, change: 'lowered' });
  });
  it('a participant with grades in one term only is not measurable', () => {
    const rows = grades('p', 'HT2016', { SV: 'A', EN: 'B' });
    expect(assessTerms(new Map([[1, term({ SV: 'A' })]]))).toEqual({ measurable: false });
    const f = gradeFigures([participant('p')], assessGrades(rows));
    expect(f.withGrades.total).toBe(1);
    expect(f.measurable.total).toBe(0);
    expect(f.raisedOrKept.denominator.total).toBe(0);
  });
});

describe('gradeFigures', () => {
  it('counts raised/kept/lowered, intensive support and eligibility by gender', () => {
    const five = { BI: 'E', FY: 'E', KE: 'E', TK: 'E', GE: 'E' } as const;
    const people = [
      participant('a', { gender: 'female', intensiveSupport: true }),
      participant('b', { gender: 'male', intensiveSupport: true }),
      participant('c', { gender: 'male' }),
      participant('d', { gender: 'female' }), // one term only
      participant('e', { gender: 'female' }), // no grades
    ];
    const rows = [
      // a: not eligible → eligible, raised (E→C in SV, +5 points; +5 subjects).
      ...grades('a', 'HT2016', { SV: 'E', EN: 'E', MA: 'E' }),
      ...grades('a', 'VT2017', { SV: 'C', EN: 'E', MA: 'E', ...five }),
      // b: eligible both terms, kept.
      ...grades('b', 'HT2016', { SVA: 'E', EN: 'E', MA: 'E', ...five }),
      ...grades('b', 'VT2017', { SVA: 'E', EN: 'E', MA: 'E', ...five }),
      // c: lowered (B → F in MA), eligible first only.
      ...grades('c', 'HT2016', { SV: 'E', EN: 'E', MA: 'B', ...five }),
      ...grades('c', 'VT2017', { SV: 'E', EN: 'E', MA: 'F', ...five }),
      ...grades('d', 'HT2016', { SV: 'A' }),
    ];
    const f = gradeFigures(people, assessGrades(rows));
    expect(f.withGrades).toEqual({ women: 2, men: 2, total: 4 });
    expect(f.measurable).toEqual({ women: 1, men: 2, total: 3 });
    expect(f.raised).toEqual({ women: 1, men: 0, total: 1 });
    expect(f.kept).toEqual({ women: 0, men: 1, total: 1 });
    expect(f.lowered).toEqual({ women: 0, men: 1, total: 1 });
    expect(f.raisedOrKept).toEqual({ numerator: { women: 1, men: 1, total: 2 }, denominator: { women: 1, men: 2, total: 3 } });
    expect(f.intensiveRaised).toEqual({ numerator: { women: 1, men: 0, total: 1 }, denominator: { women: 1, men: 1, total: 2 } });
    expect(f.eligibleFirst).toEqual({ women: 0, men: 2, total: 2 });
    expect(f.eligibleLast).toEqual({ women: 1, men: 1, total: 2 });
    // a became eligible and c lost it: eligible last − first is 0, but one person became eligible.
    expect(f.becameEligible).toEqual({ women: 1, men: 0, total: 1 });
    expect(f.meritSumFirst).toEqual({ women: 30, men: 80 + 87.5, total: 30 + 80 + 87.5 });
    expect(f.meritSumLast).toEqual({ women: 85, men: 80 + 70, total: 85 + 150 });
  });
});

describe('merit value and eligibility against a naive reference', () => {
  // The reference spells the contract out with sorting and filtering, independent of the counting code.
  const POINTS: Record<Grade, number> = { A: 20, B: 17.5, C: 15, D: 12.5, E: 10, F: 0, '-': 0 };
  const referenceMerit = (g: TermGrades) => {
    const best16 = [...g]
      .filter(([s]) => s !== 'ML')
      .map(([, v]) => POINTS[v])
      .sort((a, b) => b - a)
      .slice(0, 16);
    return best16.reduce((a, b) => a + b, 0) + (g.has('ML') ? POINTS[g.get('ML')!] : 0);
  };
  const pass = (v: Grade | undefined) => v !== undefined && 'ABCDE'.includes(v) && v !== '-';
  const referenceEligible = (g: TermGrades) =>
    (pass(g.get('SV')) || pass(g.get('SVA'))) && pass(g.get('EN')) && pass(g.get('MA')) && [...g.values()].filter(pass).length >= 8;

  it('agree on random terms', async () => {
    const fc = (await import('fast-check')).default;
    const { SUBJECTS, GRADES } = await import('../../schema/codes.js');
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...SUBJECTS), fc.constantFrom(...GRADES)), (dict) => {
        const g = term(dict as Partial<Record<Subject, Grade>>);
        expect(meritValue(g)).toBe(referenceMerit(g));
        expect(isEligibleVocational(g)).toBe(referenceEligible(g));
      }),
      { numRuns: 2000 },
    );
  });
});
