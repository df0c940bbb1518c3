// Primary suppression (data contract §7): what must be hidden whatever the attacker knows.
//   1. every count from 1 to N−1;
//   2. a share whose denominator is from 1 to N−1 is hidden with its numerator (a merit-point sum
//      is such a numerator: its mean over a small group would reveal individuals);
//   3. when one gender's figure of a split is hidden, the other genders' figures are hidden too.
import { isSmall, type DisclosureModel } from './model.js';

export interface PrimaryRules {
  /** Numerator and denominator cells of each share (rule 2). */
  shares: ReadonlyArray<readonly [numerator: number, denominator: number]>;
  /** The women / men / unknown cells of each split (rule 3); the total is not among them. */
  genderSplits: ReadonlyArray<readonly number[]>;
}

/** The primary pattern: 1 = hidden. */
export function primarySuppression(model: DisclosureModel, rules: PrimaryRules, n: number): Uint8Array {
  const hidden = new Uint8Array(model.cells.length);
  model.cells.forEach((cell, id) => {
    if (isSmall(cell, n)) hidden[id] = 1;
  });
  for (const [numerator, denominator] of rules.shares) {
    if (isSmall(model.cells[denominator]!, n)) hidden[numerator] = 1;
  }
  for (const split of rules.genderSplits) {
    if (split.some((id) => hidden[id])) for (const id of split) hidden[id] = 1;
  }
  return hidden;
}
