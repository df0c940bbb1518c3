// What a value of each CSV column type may be (data contract §2–§6), written once, as data:
// FIELD_TYPES. Everything that reads a value follows from it: the zod schemas here (the readable
// definition, FIELD_SCHEMAS) and the fast parsers of the validation hot path
// (src/validate/fields.ts), which turn the same spec into precomputed Set/Map lookups and
// character-code checks. fields.test.ts checks that both readings agree on every input.
import { z } from 'zod';
import {
  BOOLEAN_VALUES,
  DROPOUT_REASONS,
  DROPOUT_REASON_ALIASES,
  GENDERS,
  GENDER_ALIASES,
  GRADES,
  KAA_CHANNELS,
  KAA_CHANNEL_ALIASES,
  KAA_RESULTS,
  KAA_RESULT_ALIASES,
  OUTCOME_CODES,
  SUBJECTS,
  TARGET_GROUPS,
  foldKey,
} from './codes.js';
import { isRealDate } from './config.js';
import { hasValidCheckDigit, hasValidDate, looksLikePersonalNumber, personnummerShape } from '../util/pnr.js';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const BIRTH_YEAR_PATTERN = /^\d{4}$/;
/** A term: HT (autumn) or VT (spring) and a four-digit year; matched case-insensitively. */
export const TERM_PATTERN = /^(HT|VT)(\d{4})$/i;
/** A pseudonymous person id: 1–64 letters, digits, '_', '-', '.'. */
export const PSEUDONYM_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * How a code is recognised: `exact` as written, `upper` in any case (codes are upper case),
 * `folded` after foldKey (case, å/ä/ö, spaces and '-'), also through the aliases.
 */
export type CodeMatch = 'exact' | 'upper' | 'folded';

export interface CodeField<T extends string> {
  kind: 'code';
  codes: readonly T[];
  /** Swedish (and other) spellings, folded, with the code each stands for. */
  aliases: Record<string, T>;
  match: CodeMatch;
}

/** The rule of a column type. Codes are data; the other kinds are fixed shapes described above. */
export type FieldSpec =
  | CodeField<string>
  /** A pseudonym (PSEUDONYM_PATTERN) or a personnummer with a real date and a valid check digit. */
  | { kind: 'person-id' }
  /** Any text, compared in lower case (workshop ids: checked against municipality.yaml). */
  | { kind: 'id' }
  /** YYYY-MM-DD (DATE_PATTERN) that exists in the calendar. */
  | { kind: 'date' }
  /** Four digits (BIRTH_YEAR_PATTERN). */
  | { kind: 'year' }
  /** HT or VT and a year (TERM_PATTERN), in any case; read as upper case. */
  | { kind: 'term' }
  /** One of BOOLEAN_VALUES' keys, folded. */
  | { kind: 'boolean' };

const code = <T extends string>(codes: readonly T[], match: CodeMatch, aliases: Record<string, T> = {}): CodeField<T> => ({
  kind: 'code',
  codes,
  aliases,
  match,
});

/** Every column type and its rule: the one definition of what a CSV value may be. */
export const FIELD_TYPES = {
  person_id: { kind: 'person-id' },
  slug: { kind: 'id' },
  target_group: code(TARGET_GROUPS, 'exact'),
  gender: code(GENDERS, 'folded', GENDER_ALIASES),
  birth_year: { kind: 'year' },
  date: { kind: 'date' },
  outcome: code(OUTCOME_CODES, 'folded'),
  boolean: { kind: 'boolean' },
  term: { kind: 'term' },
  subject: code(SUBJECTS, 'upper'),
  grade: code(GRADES, 'upper'),
  dropout_reason: code(DROPOUT_REASONS, 'folded', DROPOUT_REASON_ALIASES),
  kaa_channel: code(KAA_CHANNELS, 'folded', KAA_CHANNEL_ALIASES),
  kaa_result: code(KAA_RESULTS, 'folded', KAA_RESULT_ALIASES),
} as const satisfies Record<string, FieldSpec>;

/** What kind of value a column holds; decides the row rule applied to it. */
export type FieldType = keyof typeof FIELD_TYPES;

/** Canonical code for each accepted (folded) spelling: the codes themselves plus their aliases. */
export function codeTable<T extends string>(codes: readonly T[], aliases: Record<string, T> = {}): Map<string, T> {
  const table = new Map<string, T>();
  for (const c of codes) table.set(foldKey(c), c);
  for (const [alias, c] of Object.entries(aliases)) table.set(foldKey(alias), c);
  return table;
}

/** The zod reading of a code column. */
function codeSchema<T extends string>(field: CodeField<T>) {
  if (field.match === 'exact') return z.enum(field.codes as [T, ...T[]]);
  if (field.match === 'upper') {
    return z
      .string()
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(field.codes as [T, ...T[]]));
  }
  const table = codeTable(field.codes, field.aliases);
  return z
    .string()
    .transform(foldKey)
    .refine((v) => table.has(v), `must be one of ${field.codes.join(', ')}`)
    .transform((v) => table.get(v) as T);
}

/** An id as written, checked as a pseudonym or as a personnummer with a valid date and check digit. */
const PersonIdSchema = z.string().refine((id) => {
  const pnr = looksLikePersonalNumber(id);
  if (pnr) return hasValidDate(pnr) && hasValidCheckDigit(pnr);
  // Contract v1.2 §9: shaped like a personnummer in another form is never a pseudonym.
  return personnummerShape(id) === null && PSEUDONYM_PATTERN.test(id);
}, 'must be a pseudonym or a personnummer with a valid check digit');

const SHAPE_SCHEMAS = {
  'person-id': PersonIdSchema,
  id: z.string().transform((v) => v.toLowerCase()),
  date: z.string().regex(DATE_PATTERN).refine(isRealDate),
  year: z.string().regex(BIRTH_YEAR_PATTERN).transform(Number),
  term: z
    .string()
    .regex(TERM_PATTERN)
    .transform((v) => v.toUpperCase()),
  boolean: z
    .string()
    .transform(foldKey)
    .refine((v) => Object.hasOwn(BOOLEAN_VALUES, v))
    .transform((v) => BOOLEAN_VALUES[v] as boolean),
} satisfies Record<Exclude<FieldSpec['kind'], 'code'>, z.ZodType>;

/**
 * The rule of each field type as a zod schema over the trimmed, non-empty cell text, producing
 * the typed value: FIELD_TYPES read the plain way.
 */
export const FIELD_SCHEMAS = Object.fromEntries(
  Object.entries(FIELD_TYPES).map(([type, spec]: [string, FieldSpec]) => [
    type,
    spec.kind === 'code' ? codeSchema(spec) : SHAPE_SCHEMAS[spec.kind],
  ]),
) as unknown as Record<FieldType, z.ZodType>;
