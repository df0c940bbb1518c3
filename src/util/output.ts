// Writing user-facing messages to stderr: a user error as title, message and hint; an internal
// error as a request for a bug report. No stack traces unless PLUGIN_REPORT_DEBUG is set.
import pc from 'picocolors';
import type { UserError } from '../errors.js';
import { safeText } from './quote.js';

const debug = () => Boolean(process.env.PLUGIN_REPORT_DEBUG);

export function reportUserError(error: UserError): void {
  const lines = [`${pc.red(pc.bold('error'))} ${pc.bold(error.title)}: ${safeText(error.message)}`, `  ${pc.dim('hint:')} ${error.hint}`];
  if (debug() && error.stack) lines.push(error.stack);
  process.stderr.write(lines.join('\n') + '\n');
}

export function reportInternalError(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  const lines = [
    `${pc.red(pc.bold('internal error'))}: ${safeText(detail)}`,
    '  This is a bug in plugin-report, not a problem with your data. Please report it with the command you ran',
    '  and this message. Set PLUGIN_REPORT_DEBUG=1 to include the stack trace.',
  ];
  if (debug() && error instanceof Error && error.stack) lines.push(error.stack);
  process.stderr.write(lines.join('\n') + '\n');
}
