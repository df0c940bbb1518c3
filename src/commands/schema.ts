// STUB — replaced by the work that implements `plugin-report schema`.
import { Command } from 'commander';
import type { Outcome } from './outcome.js';

export function schemaCommand(setOutcome: (outcome: Outcome) => void): Command {
  return new Command('schema').description('(not implemented yet)').action(() => setOutcome('failed'));
}
