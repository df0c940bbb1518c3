// What the entry (src/cli.ts) does with the process-wide interruption signal (./signals.ts).
import { UserError } from '../errors.js';

/**
 * Time a command gets, after SIGINT/SIGTERM, to stop on its own (close the browser gracefully,
 * report what it wrote) before the entry exits without it. Short enough that the whole stop stays
 * well under a second.
 */
export const INTERRUPT_GRACE_MS = 250;

/** Resolves 'interrupted' a grace period after `signal` aborts; never settles otherwise. */
export function interruptedAfterGrace(signal: AbortSignal, graceMs = INTERRUPT_GRACE_MS): Promise<'interrupted'> {
  return new Promise((resolve) => {
    const later = () => setTimeout(() => resolve('interrupted'), graceMs);
    if (signal.aborted) later();
    else signal.addEventListener('abort', later, { once: true });
  });
}

export function interruptedError(signal: AbortSignal): UserError {
  return new UserError('Interrupted', `Stopped by ${String(signal.reason ?? 'a signal')}; no partial file was left.`);
}
