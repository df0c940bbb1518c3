// Ctrl-C (SIGINT) and SIGTERM, for the whole process: one AbortSignal that every stage listens to
// (the PDF engine closes its browser, a batch stops taking documents), and cleanups that run
// however the process ends, so that a browser, a profile folder or a temp file never outlives it.
//
// Why not process.once('SIGINT') per stage: a stage that is not listening (reading data, starting
// the browser, a long computation) would then either ignore the signal or die with Node's default
// handling, leaving the browser and its files behind. Here the signal is always turned into an
// abort, and the entry (src/cli.ts) gives the stages a short grace to stop cleanly before it exits
// on its own; the exit cleanups below do whatever they did not get to.

let controller: AbortController | undefined;
let holders = 0;

const onSignal = (name: NodeJS.Signals): void => {
  if (!controller) return;
  if (controller.signal.aborted) {
    // A second Ctrl-C: the user is not waiting for a clean stop. The exit cleanups still run.
    process.exit(EXIT_INTERRUPTED);
  }
  controller.abort(name);
};

/** The exit code of an interrupted run (the same as any other user-caused stop: see outcome.ts). */
const EXIT_INTERRUPTED = 2;

/**
 * The process-wide interruption signal. While at least one holder has not released it, SIGINT
 * and SIGTERM abort it instead of killing the process; a second signal exits at once.
 */
export function holdInterruptSignal(): { signal: AbortSignal; release: () => void } {
  if (holders === 0) {
    // A signal from an earlier hold (tests open several engines in one process) is spent.
    if (!controller || controller.signal.aborted) controller = new AbortController();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    // bin/plugin-report.js stops at once on a signal while the CLI loads; from here on we do.
    // Removed only now: with no listener left for a moment, Node would close its signal handle
    // and a signal already caught but not yet dispatched would be lost (seen: Ctrl-C ignored).
    const early = (globalThis as Record<symbol, unknown>)[Symbol.for('plugin-report.early-signal')];
    if (typeof early === 'function') {
      process.removeListener('SIGINT', early as () => void);
      process.removeListener('SIGTERM', early as () => void);
    }
  }
  holders++;
  const signal = controller!.signal;
  let released = false;
  return {
    signal,
    release: () => {
      if (released) return;
      released = true;
      holders--;
      if (holders === 0) {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
      }
    },
  };
}

const exitCleanups = new Set<() => void>();
let exitHookInstalled = false;

/**
 * Runs `cleanup` (synchronous, best effort) when the process exits while it is registered: the
 * last line of defence when the process leaves without closing what it opened (a second Ctrl-C,
 * the entry's grace running out, a closed pipe). Returns the function that unregisters it.
 */
export function cleanUpOnExit(cleanup: () => void): () => void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const fn of [...exitCleanups]) {
        try {
          fn();
        } catch {
          // Best effort: one failed cleanup must not stop the others.
        }
      }
    });
  }
  exitCleanups.add(cleanup);
  return () => {
    exitCleanups.delete(cleanup);
  };
}
