// STUB — replaced by the work that implements `plugin-report build`.
import { Command } from 'commander';
import type { Outcome } from './outcome.js';

export function buildCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('build').description('(not implemented yet)').action(() => setOutcome('failed'));
}
