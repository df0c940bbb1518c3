// The disclosure threshold N of a run (data contract §7): `--suppress N` when given, else
// project.yaml's disclosure.min_count, else 5. Counts from 1 to N−1 are hidden; 0 (and 1, which
// hides nothing) means off.
import type { ProjectConfig } from './config.js';

/** N when project.yaml says nothing: on by default since data contract v1.1. */
export const DEFAULT_MIN_COUNT = 5;

export function effectiveMinCount(project: Pick<ProjectConfig, 'disclosure'> | undefined, override?: number): number {
  return override ?? project?.disclosure?.min_count ?? DEFAULT_MIN_COUNT;
}

/** Whether N hides anything at all. */
export const disclosureOn = (minCount: number): boolean => minCount > 1;
