// The CLI entry: builds the commander program, runs it, and is the only place that decides the
// process's exit code. Commands are imported lazily so `validate` never loads the PDF or chart
// machinery.
import { Command, CommanderError } from 'commander';
import { EXIT, isUserError, type Outcome } from './errors.js';
import { reportInternalError, reportUserError } from './util/output.js';
import { buildCommand } from './commands/build/command.js';
import { brochuresCommand } from './commands/brochures/command.js';
import { figuresCommand } from './commands/figures/command.js';
import { auditCommand } from './commands/audit/command.js';
import { validateCommand } from './commands/validate/command.js';
import { schemaCommand } from './commands/schema/command.js';
import { initCommand } from './commands/init/command.js';
import { pseudonymiseCommand } from './commands/pseudonymise/command.js';
import { VERSION } from './version.js';
import { holdInterruptSignal } from './util/signals.js';
import { interruptedAfterGrace, interruptedError } from './util/interrupt.js';

export function createProgram(setOutcome: (outcome: Outcome) => void): Command {
  const program = new Command('plugin-report')
    .description('Validate Plug In 2.0 municipal data exports, compute the ESF indicators and print the final-report PDFs.')
    .version(VERSION)
    .showSuggestionAfterError()
    .addHelpText(
      'after',
      `
Examples:
  $ plugin-report init data                                start a data folder
  $ plugin-report validate --data fixtures                 check every region's exports
  $ plugin-report figures --region skane --data fixtures --format excel-csv --out skane.csv
  $ plugin-report build --region skane --data fixtures     regional final report (PDF)
  $ plugin-report build --national --data fixtures         national final report (PDF)
  $ plugin-report brochures --region skane --data fixtures one brochure per municipality
  $ plugin-report brochures --municipality bromolla --data fixtures   one municipality's brochure
  $ plugin-report audit --data fixtures                    attack the disclosure control

(--data fixtures is the example data folder of a clone of plugin-report; without --data the
folder is ./data.)

Exit codes: 0 success, 1 invalid data or a failed document, 2 usage or I/O error.`,
    );
  for (const make of [
    initCommand,
    validateCommand,
    figuresCommand,
    auditCommand,
    buildCommand,
    brochuresCommand,
    schemaCommand,
    pseudonymiseCommand,
  ]) {
    program.addCommand(make(setOutcome));
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let outcome: Outcome = 'ok';
  const program = createProgram((o) => {
    outcome = o;
  });
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  // From here on Ctrl-C and SIGTERM stop the command (exit 2), in every phase: a stage that is
  // listening closes what it opened; one that is not (reading data, a long computation) is left
  // behind after a short grace, and the exit cleanups remove what it had started.
  const interruption = holdInterruptSignal();
  try {
    const finished = await Promise.race([program.parseAsync(argv).then(() => 'done' as const), interruptedAfterGrace(interruption.signal)]);
    if (finished === 'interrupted' || interruption.signal.aborted) throw interruptedError(interruption.signal);
    return EXIT[outcome];
  } catch (thrown) {
    // Whatever a stopped command threw on its way out (a browser closed under it), it was stopped.
    const error =
      interruption.signal.aborted && !(isUserError(thrown) && thrown.errorName === 'Interrupted')
        ? interruptedError(interruption.signal)
        : thrown;
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? 0 : EXIT.usage;
    }
    if (isUserError(error)) {
      reportUserError(error);
      return error.errorName === 'DataInvalid' || error.errorName === 'DisclosureFailed' ? EXIT.invalid : EXIT.usage;
    }
    reportInternalError(error);
    return EXIT.internal;
  } finally {
    // Once interrupted, the signals stay ours until the process exits: a second Ctrl-C then
    // exits at once, with the exit cleanups, instead of Node's default death without them.
    if (!interruption.signal.aborted) interruption.release();
  }
}

// A reader that stops early (`plugin-report figures … | head`) closes the pipe: that is not an
// error, so stop quietly instead of dying with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

// A command whose work was dropped (a promise nobody settles) would let the event loop empty
// before main() returns, and Node would exit 0 with the work undone: that is a bug, say so.
let settled = false;
process.once('beforeExit', () => {
  if (settled) return;
  reportInternalError(new Error('the command stopped before it finished (work was left pending)'));
  process.exit(EXIT.internal);
});
const exitCode = await main(process.argv);
settled = true;
process.exitCode = exitCode;
// The command has finished: everything it started was awaited, the browser has exited and every
// file is written. Leave now instead of waiting for the event loop to empty by itself: Chromium's
// helper processes hold our pipes open for tens of milliseconds after the browser has exited, and
// anything else that might still hold the loop (a system call that never returns, a child process
// that ignores us) must not keep the user waiting either. Output still on its way to a slow
// reader (`… | less`) is waited for, never cut off.
const leave = (): void => {
  const writing = [process.stdout, process.stderr].find((stream) => stream.writableLength > 0);
  if (writing) writing.once('drain', leave);
  else process.exit(exitCode);
};
leave();
