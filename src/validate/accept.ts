// Known, legitimate warnings (project.yaml `validate.accept`): a data repository that runs
// `validate --strict` in CI can accept, say, a column of the municipality's own instead of
// dropping --strict. An entry matches by rule id, optionally a glob of file paths and a column,
// and gives a reason that is shown with every warning it accepts. Errors are never accepted.
import type { AcceptedWarning } from '../schema/config.js';
import type { Finding } from './finding.js';

/** A glob over paths below the data folder: `**` any folders, `*` within one name, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" matches no folder too, so "**/participants.csv" also matches one at the top.
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') pattern += '[^/]*';
    else if (c === '?') pattern += '[^/]';
    else pattern += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

export class WarningAcceptance {
  private readonly entries: Array<AcceptedWarning & { files?: string; matches: (file: string) => boolean }>;
  /** How many warnings each entry accepted, by its index in validate.accept. */
  readonly used: number[];

  constructor(entries: readonly AcceptedWarning[] = []) {
    this.entries = entries.map((entry) => {
      const files = entry.files === undefined ? undefined : globToRegExp(entry.files);
      return { ...entry, matches: (file: string) => files === undefined || files.test(file) };
    });
    this.used = entries.map(() => 0);
  }

  /** The reason of the first entry that accepts this finding, counting it; undefined for none. */
  accept(finding: Pick<Finding, 'severity' | 'rule' | 'file' | 'columnName'>): string | undefined {
    if (finding.severity !== 'warning') return undefined;
    const index = this.entries.findIndex(
      (entry) =>
        entry.rule === finding.rule &&
        entry.matches(finding.file) &&
        (entry.column === undefined || entry.column.toLowerCase() === finding.columnName?.toLowerCase()),
    );
    if (index < 0) return undefined;
    this.used[index]!++;
    return this.entries[index]!.reason;
  }

  /** The entries that accepted nothing, with their index in validate.accept. */
  unused(): Array<{ index: number; rule: string }> {
    return this.entries.flatMap((entry, index) => (this.used[index] === 0 ? [{ index, rule: entry.rule }] : []));
  }
}
