// STUB — replaced by the work that implements `plugin-report brochures`.
import { Command } from 'commander';
import type { Outcome } from './outcome.js';

export function brochuresCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('brochures').description('(not implemented yet)').action(() => setOutcome('failed'));
}
