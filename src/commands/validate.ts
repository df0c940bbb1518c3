// STUB — replaced by the work that implements `plugin-report validate`.
import { Command } from 'commander';
import type { Outcome } from './outcome.js';

export function validateCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('validate').description('(not implemented yet)').action(() => setOutcome('failed'));
}
