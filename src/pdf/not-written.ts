// The summary of a run that did not write every document it planned: how many, and which.
import type pc from 'picocolors';

export function notWrittenText(planned: number, missing: readonly string[], colors: ReturnType<typeof pc.createColors>): string {
  const head = `${colors.red(colors.bold('error'))} ${missing.length} of ${planned} document${planned === 1 ? '' : 's'} ${missing.length === 1 ? 'was' : 'were'} not written:`;
  return [head, ...missing.map((file) => `  ${file}`)].join('\n');
}
