// End-to-end tests that print PDFs need a Chromium, and those that read PDFs back need poppler's
// command-line tools. On a machine without them such a suite is skipped, saying why, instead of
// failing on its first spawn. In CI (CI=true) both are installed (.ci/run), so a missing tool is
// a broken CI machine: there the suite fails with the same reason rather than pass by skipping.
import { spawnSync } from 'node:child_process';
import { describe } from 'vitest';
import { findBrowser } from '../../src/pdf/find-browser.js';

export type Tool = 'chromium' | 'poppler';

const POPPLER_COMMANDS = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'];

/** Why the tool cannot be used here, or undefined when it can. */
export function whyMissing(tool: Tool, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (tool === 'chromium') {
    try {
      findBrowser(undefined, env);
      return undefined;
    } catch (error) {
      return `no Chromium (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  const absent = POPPLER_COMMANDS.filter((command) => spawnSync(command, ['-v'], { env, stdio: 'ignore' }).error !== undefined);
  return absent.length === 0 ? undefined : `no poppler-utils (${absent.join(', ')} not on PATH)`;
}

const inCi = (env: NodeJS.ProcessEnv) => env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false' && env['CI'] !== '0';

/**
 * A `describe` for suites that need the given tools: `describe` itself when they are there; when
 * one is missing, `describe.skip` (the reason printed once, and in each suite's name), except in
 * CI, where the missing tool throws here and so fails the run.
 */
export function describeWith(tools: readonly Tool[]): (name: string, suite: () => void) => void {
  const reasons = tools.map((tool) => whyMissing(tool)).filter((reason) => reason !== undefined);
  if (reasons.length === 0) return (name, suite) => describe(name, suite);
  const reason = reasons.join('; ');
  if (inCi(process.env)) {
    throw new Error(`${reason}. CI installs Chromium and poppler-utils (.ci/run), so these tests must not be skipped there.`);
  }
  process.stderr.write(`skipping the tests that need ${tools.join(' and ')}: ${reason}\n`);
  return (name, suite) => describe.skip(`${name} [skipped: ${reason}]`, suite);
}

/** For the suites that print PDFs with Chromium and read them back with poppler. */
export const describeWithChromium = describeWith(['chromium', 'poppler']);
