// Appending to a GitHub Actions job summary ($GITHUB_STEP_SUMMARY). The summary is a courtesy on
// top of the command's real output: a file that cannot be written is said on stderr and does not
// change the outcome.
import { appendFileSync } from 'node:fs';

export function appendStepSummary(file: string, markdown: string): void {
  try {
    appendFileSync(file, markdown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`warning: could not write the job summary (${reason})\n`);
  }
}
