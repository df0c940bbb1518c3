// The deliberately broken data folders of fixtures/broken and the finding each must give, as listed
// in its cases.json (written by fixtures/broken/generate.mjs). Shared by the rule tests and the e2e test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  file: string;
  line?: number;
  column?: number;
  /** Given only when the case lies inside a Git work tree (data.personnummer-present): a clone is one, an exported copy is not. */
  onlyInGitWorkTree?: boolean;
}

export interface BrokenCase extends ExpectedFinding {
  case: string;
  /** Findings the case must give besides the deliberate one: it must not hide them. */
  also?: ExpectedFinding[];
}

export const BROKEN_DIR = join(import.meta.dirname, '../../../fixtures/broken');

export const BROKEN_CASES = JSON.parse(readFileSync(join(BROKEN_DIR, 'cases.json'), 'utf8')) as BrokenCase[];
