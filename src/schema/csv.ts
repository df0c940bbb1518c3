// Column specifications of the four CSV files (data contract §2–§6) as data: the single source of
// truth for ingest (header matching), row validation (each column's field type) and the README's
// CSV reference (generated from CSV_SPECS). Code lists come from ./codes.ts, never retyped here.
//
// Each field type also has a zod schema (FIELD_SCHEMAS): the readable definition of what a value
// may be. The hot path in src/validate/fields.ts implements the same rules with precomputed
// Set/Map lookups for speed, and a test checks that both agree on every input.
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
import type { CsvFileKind } from './records.js';
import { hasValidCheckDigit, hasValidDate, looksLikePersonalNumber, personnummerShape } from '../util/pnr.js';

export type { CsvFileKind } from './records.js';

/** What kind of value a column holds; decides the row rule applied to it. */
export type FieldType =
  | 'person_id'
  | 'slug'
  | 'target_group'
  | 'gender'
  | 'birth_year'
  | 'date'
  | 'outcome'
  | 'boolean'
  | 'term'
  | 'subject'
  | 'grade'
  | 'dropout_reason'
  | 'kaa_channel'
  | 'kaa_result';

export interface CsvColumnSpec {
  /** Canonical English header name. */
  name: string;
  /** Accepted alternative names (already folded: lowercase, å/ä → a, ö → o, spaces and '-' → '_'). */
  aliases: string[];
  required: boolean;
  /** English, including the allowed values. */
  description: string;
  type: FieldType;
}

export interface CsvFileSpec {
  fileName: string;
  description: string;
  columns: CsvColumnSpec[];
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** yyyymmdd of an ISO date that has already been checked, for cheap comparisons and compact storage. */
export function dateNumber(iso: string): number {
  const d = (i: number) => iso.charCodeAt(i) - 48;
  return (d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)) * 10000 + (d(5) * 10 + d(6)) * 100 + d(8) * 10 + d(9);
}
export const BIRTH_YEAR_PATTERN = /^\d{4}$/;
/** A term: HT (autumn) or VT (spring) and a four-digit year; matched case-insensitively. */
export const TERM_PATTERN = /^(HT|VT)(\d{4})$/i;
/** A pseudonymous person id: 1–64 letters, digits, '_', '-', '.'. */
export const PSEUDONYM_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
/** Slugs as in config.ts (workshop ids). */
export { SLUG_PATTERN } from './config.js';

/** Allowed values with their aliases, for descriptions: `female` [kvinna, k, f]. */
function listCodes(codes: readonly string[], aliases: Record<string, string> = {}): string {
  return codes
    .map((code) => {
      const own = Object.entries(aliases)
        .filter(([alias, target]) => target === code && alias !== code)
        .map(([alias]) => alias);
      return own.length > 0 ? `\`${code}\` [${own.join(', ')}]` : `\`${code}\``;
    })
    .join(', ');
}

const PERSON_ID_TEXT =
  'A pseudonym (1–64 letters, digits, `_`, `-`, `.`) or a Swedish personnummer/samordningsnummer ' +
  '(10 or 12 digits, optional `-` or `+` before the last four, valid check digit). The forms of one ' +
  'personnummer (`YYMMDD-NNNN`, `YYYYMMDDNNNN`, …) are the same person. Never printed whole.';
const DATE_TEXT = 'A date written `YYYY-MM-DD` that exists in the calendar.';
const BOOLEAN_TEXT = `Boolean: ${Object.keys(BOOLEAN_VALUES).map((v) => `\`${v}\``).join(', ')}; empty means no.`;

const personIdColumn = (name: string, aliases: string[], extra: string): CsvColumnSpec => ({
  name,
  aliases,
  required: true,
  type: 'person_id',
  description: `${PERSON_ID_TEXT} ${extra}`,
});

export const CSV_SPECS: Record<CsvFileKind, CsvFileSpec> = {
  participants: {
    fileName: 'participants.csv',
    description: 'One row per participant. Required in every municipality folder.',
    columns: [
      personIdColumn('participant_id', ['deltagar_id', 'id'], 'Unique within the municipality.'),
      {
        name: 'workshop',
        aliases: ['verkstad'],
        required: true,
        type: 'slug',
        description: 'Id of a workshop declared in municipality.yaml.',
      },
      {
        name: 'target_group',
        aliases: ['malgrupp'],
        required: true,
        type: 'target_group',
        description:
          '`1` at risk of not completing upper secondary school, `2` in the municipal activity responsibility (KAA), ' +
          '`3` newly arrived. Must be one of the workshop\'s target groups.',
      },
      {
        name: 'gender',
        aliases: ['kon'],
        required: true,
        type: 'gender',
        description: `${listCodes(GENDERS, GENDER_ALIASES)}; case-insensitive.`,
      },
      {
        name: 'birth_year',
        aliases: ['fodelsear'],
        required: true,
        type: 'birth_year',
        description:
          'Four digits. Age = year of start_date − birth_year: outside 13–29 is an error, outside 15–24 a warning.',
      },
      {
        name: 'start_date',
        aliases: ['startdatum'],
        required: true,
        type: 'date',
        description: `${DATE_TEXT} Inside the project period of project.yaml.`,
      },
      {
        name: 'end_date',
        aliases: ['slutdatum'],
        required: false,
        type: 'date',
        description: `${DATE_TEXT} Not before start_date, inside the project period. Without exit_outcome it is a warning.`,
      },
      {
        name: 'exit_outcome',
        aliases: ['utfall'],
        required: false,
        type: 'outcome',
        description: `${listCodes(OUTCOME_CODES)}. Needs end_date (an error without).`,
      },
      {
        name: 'intensive_support',
        aliases: ['fordjupat_stod'],
        required: false,
        type: 'boolean',
        description: `${BOOLEAN_TEXT} The participant got in-depth support.`,
      },
    ],
  },
  grades: {
    fileName: 'grades.csv',
    description: 'One row per participant, term and subject. Optional.',
    columns: [
      personIdColumn('participant_id', ['deltagar_id', 'id'], 'Must exist in the municipality\'s participants.csv.'),
      {
        name: 'term',
        aliases: ['termin'],
        required: true,
        type: 'term',
        description: '`HT` (autumn) or `VT` (spring) and a four-digit year, e.g. `HT2016`, `VT2017`.',
      },
      {
        name: 'subject',
        aliases: ['amne'],
        required: true,
        type: 'subject',
        description:
          `${listCodes(SUBJECTS)} (\`ML\`: modern language as language choice). Any other code is a warning ` +
          'and the row is not counted. `SV` and `SVA` in the same term is a warning.',
      },
      {
        name: 'grade',
        aliases: ['betyg'],
        required: true,
        type: 'grade',
        description: `${listCodes(GRADES)} (\`-\`: no basis for assessment). One row per participant, term and subject.`,
      },
    ],
  },
  dropouts: {
    fileName: 'dropouts.csv',
    description: 'One row per interruption of studies. Optional.',
    columns: [
      personIdColumn('participant_id', ['deltagar_id', 'id'], 'Must exist in participants.csv.'),
      {
        name: 'date',
        aliases: ['datum'],
        required: true,
        type: 'date',
        description: `${DATE_TEXT} Not before the participant's start_date.`,
      },
      {
        name: 'reason',
        aliases: ['orsak'],
        required: true,
        type: 'dropout_reason',
        description: `${listCodes(DROPOUT_REASONS, DROPOUT_REASON_ALIASES)}.`,
      },
      {
        name: 'returned_date',
        aliases: ['aterkomst_datum'],
        required: false,
        type: 'date',
        description: `${DATE_TEXT} Not before date: the participant came back to studies.`,
      },
    ],
  },
  kaa_contacts: {
    fileName: 'kaa_contacts.csv',
    description:
      'One row per contact attempt with a young person on the municipality\'s KAA list. Optional; when present, ' +
      'a target-group-2 participant who never appears in it is a warning.',
    columns: [
      personIdColumn('person_id', ['kaa_id', 'id'], 'The same id as in participants.csv when the young person is also a participant.'),
      { name: 'contact_date', aliases: ['kontaktdatum'], required: true, type: 'date', description: DATE_TEXT },
      {
        name: 'channel',
        aliases: ['kontaktsatt'],
        required: true,
        type: 'kaa_channel',
        description: `${listCodes(KAA_CHANNELS, KAA_CHANNEL_ALIASES)}.`,
      },
      {
        name: 'result',
        aliases: ['resultat'],
        required: true,
        type: 'kaa_result',
        description: `${listCodes(KAA_RESULTS, KAA_RESULT_ALIASES)}.`,
      },
      {
        name: 'gender',
        aliases: ['kon'],
        required: false,
        type: 'gender',
        description:
          `Extension beyond the data contract: ${listCodes(GENDERS, GENDER_ALIASES)}. Lets the KAA figures split ` +
          'young people who are not participants by gender; for participants, participants.csv decides.',
      },
    ],
  },
};

export const CSV_FILE_KINDS = Object.keys(CSV_SPECS) as CsvFileKind[];

/** Canonical code for each accepted (folded) spelling: the codes themselves plus their aliases. */
export function codeTable<T extends string>(codes: readonly T[], aliases: Record<string, T> = {}): Map<string, T> {
  const table = new Map<string, T>();
  for (const code of codes) table.set(foldKey(code), code);
  for (const [alias, code] of Object.entries(aliases)) table.set(foldKey(alias), code);
  return table;
}

/** A code column's schema: the folded value must be a code or an alias of one. */
function codeSchema<T extends string>(codes: readonly T[], aliases: Record<string, T> = {}) {
  const table = codeTable(codes, aliases);
  return z
    .string()
    .transform(foldKey)
    .refine((v) => table.has(v), `must be one of ${codes.join(', ')}`)
    .transform((v) => table.get(v) as T);
}

/** An id as written, checked as a pseudonym or as a personnummer with a valid date and check digit. */
const PersonIdSchema = z.string().refine((id) => {
  const pnr = looksLikePersonalNumber(id);
  if (pnr) return hasValidDate(pnr) && hasValidCheckDigit(pnr);
  return personnummerShape(id) === null && PSEUDONYM_PATTERN.test(id);
}, 'must be a pseudonym or a personnummer with a valid check digit');

/**
 * The rule of each field type as a zod schema over the trimmed, non-empty cell text, producing
 * the typed value. The fast validator (src/validate/fields.ts) must agree with these.
 */
export const FIELD_SCHEMAS = {
  person_id: PersonIdSchema,
  slug: z.string(), // checked against municipality.yaml's workshops, not by shape
  target_group: z.enum(TARGET_GROUPS),
  gender: codeSchema(GENDERS, GENDER_ALIASES),
  birth_year: z.string().regex(BIRTH_YEAR_PATTERN).transform(Number),
  date: z.string().regex(DATE_PATTERN).refine(isRealDate),
  outcome: codeSchema(OUTCOME_CODES),
  boolean: z
    .string()
    .transform(foldKey)
    .refine((v) => Object.hasOwn(BOOLEAN_VALUES, v))
    .transform((v) => BOOLEAN_VALUES[v] as boolean),
  term: z
    .string()
    .regex(TERM_PATTERN)
    .transform((v) => v.toUpperCase()),
  subject: z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(SUBJECTS)),
  grade: z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(GRADES)),
  dropout_reason: codeSchema(DROPOUT_REASONS, DROPOUT_REASON_ALIASES),
  kaa_channel: codeSchema(KAA_CHANNELS, KAA_CHANNEL_ALIASES),
  kaa_result: codeSchema(KAA_RESULTS, KAA_RESULT_ALIASES),
} satisfies Record<FieldType, z.ZodType>;

/** Sort key of a term: year * 2, +1 for HT (autumn follows spring of the same year). */
export function termOrder(term: string): number {
  const m = TERM_PATTERN.exec(term);
  if (!m) return Number.NaN;
  return Number(m[2]) * 2 + (m[1]!.toUpperCase() === 'HT' ? 1 : 0);
}

const lookups = new WeakMap<CsvFileSpec, Map<string, number>>();

/** Spec column index for each accepted folded header name of a file (built once per spec). */
export function headerLookup(spec: CsvFileSpec): Map<string, number> {
  let lookup = lookups.get(spec);
  if (!lookup) {
    lookup = new Map<string, number>();
    for (const [index, column] of spec.columns.entries()) {
      for (const name of [column.name, ...column.aliases]) lookup.set(foldKey(name), index);
    }
    lookups.set(spec, lookup);
  }
  return lookup;
}
