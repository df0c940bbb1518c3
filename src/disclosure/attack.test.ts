// The attack routes of issue 11, each on a hand-written table: the attacker must find them, and
// after secondary suppression (protect) it must not.
import { describe, expect, it } from 'vitest';
import { attack } from './attack.js';
import type { Cell, DisclosureModel, Relation } from './model.js';
import { primarySuppression } from './primary.js';
import { protect } from './protect.js';

/** A model from named values and relations written with those names. */
function table(values: Record<string, number>, relations: Array<{ kind: 'eq' | 'le'; terms: Array<[string, number]> }>) {
  const names = Object.keys(values);
  const id = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`no cell ${name}`);
    return i;
  };
  const cells: Cell[] = names.map((name) => ({
    value: values[name]!,
    step: 1,
    isCount: true,
    weight: 1 + Math.log2(1 + values[name]!),
    label: name,
    level: 'region',
    region: 'r',
    isTotal: false,
  }));
  const rels: Relation[] = relations.map((r) => ({ kind: r.kind, source: 'test', terms: r.terms.map(([n, a]) => [id(n), a] as const) }));
  const model: DisclosureModel = { cells, relations: rels };
  const hide = (...hidden: string[]) => {
    const h = new Uint8Array(names.length);
    for (const name of hidden) h[id(name)] = 1;
    return h;
  };
  return { model, id, hide };
}
const sum = (anchor: string, parts: string[]) => ({
  kind: 'eq' as const,
  terms: [[anchor, 1] as [string, number], ...parts.map((p) => [p, -1] as [string, number])],
});
const atMost = (a: string, b: string) => ({
  kind: 'le' as const,
  terms: [
    [a, 1],
    [b, -1],
  ] as Array<[string, number]>,
});

/** Secondary suppression from the primary pattern of every small cell; returns the hidden set. */
async function suppress(model: DisclosureModel, n: number) {
  const hidden = primarySuppression(model, { shares: [], genderSplits: [] }, n);
  await protect(model, hidden, n, { candidate: () => true });
  return hidden;
}

describe('attack: the routes of issue 11', () => {
  // Kungälv: measurable 28, raised or kept 27 (a share's numerator, shown): lowered = 28 − 27 = 1.
  const grades = table({ measurable: 28, raised: 20, kept: 7, lowered: 1, raisedOrKept: 27 }, [
    sum('measurable', ['raised', 'kept', 'lowered']),
    sum('raisedOrKept', ['raised', 'kept']),
  ]);

  it('lowered = measurable − the shown raisedOrKept numerator', async () => {
    const result = await attack(grades.model, grades.hide('raised', 'kept', 'lowered'), 5, { exactAll: true });
    expect(result.recoverable).toEqual([grades.id('lowered')]);
    expect(result.intervals.get(grades.id('lowered'))).toEqual({ lower: 1, upper: 1, exact: true });
    // raised and kept trade against each other: 0..27 and 0..27, not recoverable.
    expect(result.intervals.get(grades.id('raised'))).toEqual({ lower: 0, upper: 27, exact: true });
    // Without exactAll, a cell that need not be N wide is only shown not recoverable, by witnesses.
    const quick = await attack(grades.model, grades.hide('raised', 'kept', 'lowered'), 5);
    expect(quick.recoverable).toEqual([grades.id('lowered')]);
    expect(quick.intervals.get(grades.id('raised'))!.upper - quick.intervals.get(grades.id('raised'))!.lower).toBeGreaterThanOrEqual(1);
  });

  it('after protection the lowered count keeps an interval at least 5 wide', async () => {
    const hidden = await suppress(grades.model, 5);
    expect(hidden[grades.id('lowered')]).toBe(1);
    const result = await attack(grades.model, hidden, 5, { exactAll: true });
    expect(result.recoverable).toEqual([]);
    expect(result.narrow).toEqual([]);
    const lowered = result.intervals.get(grades.id('lowered'))!;
    expect(lowered.upper - lowered.lower).toBeGreaterThanOrEqual(5);
  });

  // One hidden outcome code = exited − missing − education-or-work numerator − the shown codes.
  const outcomes = table(
    { exited: 40, missing: 3, national: 12, adult: 8, employment: 10, moved: 2, unknown: 5, education: 20, work: 10, eduOrWork: 30 },
    [
      sum('exited', ['missing', 'national', 'adult', 'employment', 'moved', 'unknown']),
      sum('education', ['national', 'adult']),
      sum('work', ['employment']),
      sum('eduOrWork', ['education', 'work']),
    ],
  );

  it('one hidden outcome code = exited − missing − eduOrWork − the shown codes', async () => {
    const result = await attack(outcomes.model, outcomes.hide('missing', 'moved', 'education', 'work', 'national', 'employment'), 5);
    // moved = 40 − missing − 30 − 5, and missing is hidden too; but missing + moved = 5 is all that
    // is known… unless missing is shown: then moved = 40 − 3 − 30 − 5 = 2.
    expect(result.recoverable).not.toContain(outcomes.id('moved'));
    const shownMissing = await attack(outcomes.model, outcomes.hide('moved', 'education', 'work', 'national', 'employment'), 5);
    expect(shownMissing.recoverable).toContain(outcomes.id('moved'));
    expect(shownMissing.intervals.get(outcomes.id('moved'))).toEqual({ lower: 2, upper: 2, exact: true });
  });

  // Zeros hidden under a shown total of 0: each is 0, and they unlock their neighbours.
  const zeros = table({ total: 0, women: 0, men: 0, group1: 0, group2: 3, all: 3 }, [
    sum('total', ['women', 'men']),
    sum('all', ['group1', 'group2']),
    atMost('group1', 'total'),
  ]);

  it('zeros hidden under a shown total of 0 are recoverable, and so is their neighbour', async () => {
    const result = await attack(zeros.model, zeros.hide('women', 'men', 'group1', 'group2'), 5);
    expect(result.recoverable).toEqual(['women', 'men', 'group1', 'group2'].map(zeros.id));
    // group2 = all − group1 = 3 − 0: a small count found exactly.
    expect(result.intervals.get(zeros.id('group2'))).toEqual({ lower: 3, upper: 3, exact: true });
  });

  // Skåne's outcomes.work total = 4 hidden in both outputs, yet 160 − (59+12+22+14+22+10+17) = 4.
  const regions = { skane: 4, gr: 59, kalmar: 12, kronoberg: 22, ostergotland: 14, jamtland: 22, gavleborg: 10, vasterbotten: 17 };
  const nation = table({ nation: 160, ...regions }, [sum('nation', Object.keys(regions))]);

  it('region against nation: 160 − (59+12+22+14+22+10+17) = 4', async () => {
    const result = await attack(nation.model, nation.hide('skane'), 5);
    expect(result.recoverable).toEqual([nation.id('skane')]);
    expect(result.intervals.get(nation.id('skane'))).toEqual({ lower: 4, upper: 4, exact: true });
    // Hiding the national total as well leaves Skåne's 4 unbounded above: safe.
    const safe = await attack(nation.model, nation.hide('skane', 'nation'), 5);
    expect(safe.recoverable).toEqual([]);
    expect(safe.intervals.get(nation.id('skane'))).toEqual({ lower: 0, upper: Infinity, exact: true });
  });

  it('protection hides a partner for Skåne and passes the attack', async () => {
    const hidden = await suppress(nation.model, 5);
    expect(hidden[nation.id('skane')]).toBe(1);
    expect([...hidden].reduce((s, h) => s + h, 0)).toBeGreaterThan(1);
    const result = await attack(nation.model, hidden, 5, { exactAll: true });
    expect(result.recoverable).toEqual([]);
    expect(result.narrow).toEqual([]);
  });
});
