// The independent attacker (test-helpers/independent-attacker.ts) is only worth its name if it
// catches what the suppression does not know. Here the registry loses one relation, the exit
// outcomes' sum (exited = missing outcome + every outcome code), and the suppression, blind to it,
// leaves figures that the attacker, who reads the definitions, works out or narrows below N. (A
// relation that others imply, such as measurable = raised + kept + lowered beside raisedOrKept's
// numerator and denominator, would teach the attacker nothing new.)
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { attack } from './attack.js';
import { disclose } from './disclose.js';
import { attackerModel, nationArb } from './test-helpers/independent-attacker.js';
import { applyPattern } from './units.js';

// Hoisted with vi.mock, which runs before the imports.
const DROPPED = vi.hoisted(() => 'outcomes.exited = ');

vi.mock('./relations.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./relations.js')>();
  return { ...actual, UNIT_RELATIONS: actual.UNIT_RELATIONS.filter((rule) => !rule.name.startsWith(DROPPED)) };
});

describe('the independent attacker', () => {
  it('knows the relation the registry lost', async () => {
    const { UNIT_RELATIONS } = await import('./relations.js');
    expect(UNIT_RELATIONS.some((rule) => rule.name.startsWith(DROPPED))).toBe(false);
    const { UNIT_RELATIONS: all } = await vi.importActual<typeof import('./relations.js')>('./relations.js');
    expect(all.filter((rule) => rule.name.startsWith(DROPPED))).toHaveLength(1);
  });

  it('works out figures that a suppression without it left exposed', async () => {
    const leaks: string[] = [];
    for (const nation of fc.sample(nationArb, { numRuns: 4, seed: 7 })) {
      const d = await disclose([nation], 5);
      const [shown] = applyPattern([nation], d.hidden);
      const { model, hidden } = attackerModel(nation, shown!);
      const result = await attack(model, hidden, 5);
      leaks.push(...[...result.recoverable, ...result.narrow].map((id) => model.cells[id]!.label));
    }
    expect(leaks.some((label) => /outcomes\.(exited|missingOutcome|byCode)\b/.test(label))).toBe(true);
  }, 300_000);
});
