// STUB — replaced by the work that implements `plugin-report figures`.
import { Command } from 'commander';
import type { Outcome } from './outcome.js';

export function figuresCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('figures').description('(not implemented yet)').action(() => setOutcome('failed'));
}
