// Options that several commands share, defined once: their zod rules (with messages that name the
// option), the parse step that turns a violation into a usage error, and small output helpers.
import os from 'node:os';
import pc from 'picocolors';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { SLUG_PATTERN } from '../schema/config.js';
import type { DatasetScope } from '../validate/dataset.js';

export const slugOption = (flag: string) =>
  z.string().regex(SLUG_PATTERN, `${flag} must be an id such as "skane" (lowercase letters, digits, hyphens)`);

const wholeNumber = (flag: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${flag} must be a number` })
    .int(`${flag} must be a whole number`)
    .min(min, `${flag} must be at least ${min}`)
    .max(max, `${flag} must be at most ${max}`);

/**
 * Defaults of the shared options, given once: zod applies them, and commander shows them in the
 * help (as the text a user would type, see cliDefault).
 */
export const DEFAULTS = { data: 'data', out: 'out', timeout: 120 } as const;
/** An option's default as commander gets it: the text on the command line, e.g. "120". */
export const cliDefault = (value: string | number): string => String(value);

export const dataOption = z.string().min(1).default(DEFAULTS.data);
export const outOption = z.string().min(1).default(DEFAULTS.out);
/**
 * Disclosure control (data contract §7): N for this run. Absent: project.yaml's
 * disclosure.min_count, else 5 (resolved by src/schema/disclosure.ts, effectiveMinCount); 0 = off.
 */
export const suppressOption = wholeNumber('--suppress', 0, 1000).optional();
/** Where disclosure-control patterns are cached: never the data folder (a pull request could plant one). */
export const cacheDirOption = z.string().min(1).optional();
/** Seconds one document may take to print; fractions allowed. */
export const timeoutOption = z.coerce
  .number({ message: '--timeout must be a number of seconds' })
  .positive('--timeout must be a positive number of seconds')
  .max(3600, '--timeout must be at most 3600 seconds')
  .default(DEFAULTS.timeout);
export const concurrencyOption = (max: number) => wholeNumber('--concurrency', 1, max);
/** Default pages printed at once: the core count, at most 4 (Node and Chromium share the cores). */
export const defaultConcurrency = (): number => Math.max(1, Math.min(4, os.availableParallelism()));

export const OPTION_HELP = {
  data: 'data folder that holds project.yaml',
  out: 'output folder',
  suppress:
    'disclosure control: hide counts 1..n-1, and whatever would reveal them, as ".." (default: project.yaml disclosure.min_count, else 5; 0 = off, never for publication)',
  cacheDir: 'cache folder for disclosure-control patterns (default: $XDG_CACHE_HOME/plugin-report or ~/.cache/plugin-report)',
} as const;

/**
 * Findings a command that refuses invalid data (figures, build, brochures) shows before pointing
 * to `validate` for the full list.
 */
export const FINDINGS_SHOWN = 20;

/** Parses a command's options; the first violation becomes a usage error (exit 2). */
export function parseOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const named = issue.code === 'custom' || issue.message.startsWith('--') || issue.path.length === 0 ? '' : `--${issue.path.join('.')}: `;
  throw new UserError('InvalidOption', `${named}${issue.message}`);
}

/** The dataset scope of --region / --municipality. */
export function scopeOf(options: { region?: string | undefined; municipality?: string | undefined }): DatasetScope {
  return {
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.municipality !== undefined ? { municipality: options.municipality } : {}),
  };
}

/** Colours only on a terminal and never with NO_COLOR. */
export function colorsFor(stream: NodeJS.WriteStream): ReturnType<typeof pc.createColors> {
  return pc.createColors(pc.isColorSupported && stream.isTTY === true && !process.env['NO_COLOR']);
}
