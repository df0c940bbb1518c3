// The row rules of each field type (data contract §2–§6) on the hot path: precomputed Set/Map
// lookups and plain regular expressions instead of a zod parse per cell. They implement exactly
// the schemas in src/schema/csv.ts (FIELD_SCHEMAS); fields.test.ts checks that both agree.
// Every parser takes the trimmed, non-empty cell text and returns the typed value, or undefined
// when the value breaks the rule (explain() then says why).
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
  type Grade,
  type Subject,
  type TargetGroup,
} from '../schema/codes.js';
import { DATE_PATTERN, PSEUDONYM_PATTERN, TERM_PATTERN, codeTable, type FieldType } from '../schema/csv.js';
import { centenarianSeparator, hasValidCheckDigit, hasValidDate, looksLikePersonalNumber, maskPersonId, personnummerShape } from '../util/pnr.js';
import { quote } from '../util/quote.js';

/** Looks a code up as written, then folded (case, å/ä/ö, spaces and '-'). */
function codeParser<T extends string>(codes: readonly T[], aliases: Record<string, T> = {}) {
  const table = codeTable(codes, aliases);
  return (raw: string): T | undefined => table.get(raw) ?? table.get(foldKey(raw));
}

export const parseGender = codeParser(GENDERS, GENDER_ALIASES);
export const parseOutcome = codeParser(OUTCOME_CODES);
export const parseDropoutReason = codeParser(DROPOUT_REASONS, DROPOUT_REASON_ALIASES);
export const parseKaaChannel = codeParser(KAA_CHANNELS, KAA_CHANNEL_ALIASES);
export const parseKaaResult = codeParser(KAA_RESULTS, KAA_RESULT_ALIASES);

// Codes are returned as the one constant string of each code, never the cell's own copy: records
// collected for the figures keep millions of them, and the copies would all have to survive the
// young generation (figures on 5.5 M grade rows spent seconds more in GC than validate).
const codeMap = <T extends string>(codes: readonly T[]) => new Map<string, T>(codes.map((c) => [c, c]));

const TARGET_GROUP_CODES = codeMap(TARGET_GROUPS);
export function parseTargetGroup(raw: string): TargetGroup | undefined {
  return TARGET_GROUP_CODES.get(raw);
}

const SUBJECT_CODES = codeMap(SUBJECTS);
export function parseSubject(raw: string): Subject | undefined {
  return SUBJECT_CODES.get(raw) ?? SUBJECT_CODES.get(raw.toUpperCase());
}

const GRADE_CODES = codeMap(GRADES);
export function parseGrade(raw: string): Grade | undefined {
  return GRADE_CODES.get(raw) ?? GRADE_CODES.get(raw.toUpperCase());
}

const BOOLEANS = new Map(Object.entries(BOOLEAN_VALUES));
/** Empty cells never reach here: an empty boolean is `false` (the caller decides). */
export function parseBoolean(raw: string): boolean | undefined {
  return BOOLEANS.get(raw) ?? BOOLEANS.get(foldKey(raw));
}

/** Four ASCII digits (BIRTH_YEAR_PATTERN), checked by character codes on the hot path. */
export function parseBirthYear(raw: string): number | undefined {
  if (raw.length !== 4) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  return year;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date written YYYY-MM-DD that exists (DATE_PATTERN and isRealDate), checked by character codes:
 * no regular expression, no Date object and no string hashing per cell.
 */
export function parseDate(raw: string): string | undefined {
  if (raw.length !== 10 || raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  const m1 = raw.charCodeAt(5) - 48;
  const m2 = raw.charCodeAt(6) - 48;
  const d1 = raw.charCodeAt(8) - 48;
  const d2 = raw.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  // isRealDate (the definition) goes through Date.UTC, which reads years 0–99 as 1900–1999 and
  // so rejects them; such years are never plausible here either.
  if (year < 100) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]!) return undefined;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined;
  return raw;
}

export interface ParsedTerm {
  term: string;
  termOrder: number;
}
// A file has a handful of distinct terms: remember them (capped) instead of matching every cell.
const knownTerms = new Map<string, ParsedTerm>();
export function parseTerm(raw: string): ParsedTerm | undefined {
  const known = knownTerms.get(raw);
  if (known) return known;
  const match = TERM_PATTERN.exec(raw);
  if (!match) return undefined;
  const season = match[1]!.toUpperCase();
  const parsed = { term: season + match[2]!, termOrder: Number(match[2]) * 2 + (season === 'HT' ? 1 : 0) };
  if (knownTerms.size < 1000) knownTerms.set(raw, parsed);
  return parsed;
}

/**
 * A person id in the form used to compare ids: a personnummer in its 10-digit form with '-'
 * (or '+' for 100+), so `19990101-1234`, `9901011234` and `990101-1234` are one person; a
 * pseudonym as written. Undefined when the id is neither, or is a personnummer with an impossible
 * date or a wrong check digit.
 */
export function parsePersonId(raw: string): string | undefined {
  const pnr = looksLikePersonalNumber(raw);
  if (pnr) {
    if (!hasValidDate(pnr) || !hasValidCheckDigit(pnr)) return undefined;
    const six = pnr.datePart.length === 8 ? pnr.datePart.slice(2) : pnr.datePart;
    return `${six}${centenarianSeparator(pnr)}${pnr.lastFour}`;
  }
  // Contract v1.2 §9: a personnummer written in another form (19990101.2387, full-width digits)
  // is still a personnummer, never a pseudonym.
  if (personnummerShape(raw)) return undefined;
  return PSEUDONYM_PATTERN.test(raw) ? raw : undefined;
}

export interface FieldProblem {
  /** Rule suffix: the finding's rule is `<file kind>.<suffix>`. */
  rule: string;
  message: string;
  hint: string;
}

const list = (values: readonly string[]) => values.join(', ');

/** Why `raw` (trimmed, non-empty) breaks the rule of `type`. Personnummer are masked. */
export function explain(type: FieldType, raw: string, columnName: string): FieldProblem {
  const shown = quote(maskPersonId(raw));
  switch (type) {
    case 'person_id': {
      const pnr = looksLikePersonalNumber(raw);
      if (!pnr && personnummerShape(raw)) {
        return {
          rule: 'invalid-personnummer',
          message: `${columnName} ${shown} is a personnummer not written in a standard form`,
          hint: 'Write a personnummer as YYMMDD-NNNN or YYYYMMDD-NNNN (ASCII digits, "-" or "+" or nothing before the last four), or use a pseudonym that is not shaped like one.',
        };
      }
      if (pnr && !hasValidDate(pnr)) {
        return {
          rule: 'invalid-personnummer',
          message: `${columnName} ${shown} looks like a personnummer but its date does not exist`,
          hint: 'Check the number against the source system, or use a pseudonym instead.',
        };
      }
      if (pnr) {
        return {
          rule: 'invalid-personnummer',
          message: `${columnName} ${shown} looks like a personnummer but its check digit is wrong`,
          hint: 'Check the number against the source system (a digit is probably mistyped), or use a pseudonym instead.',
        };
      }
      return {
        rule: 'invalid-person-id',
        message: `${columnName} ${shown} is neither a pseudonym nor a personnummer`,
        hint: 'Use 1–64 letters, digits, "_", "-" or "." (e.g. "P0042"), or a personnummer such as YYMMDD-NNNN.',
      };
    }
    case 'date':
      return DATE_PATTERN.test(raw)
        ? { rule: 'invalid-date', message: `${columnName} ${shown} is not a date that exists`, hint: 'Check the day and month.' }
        : { rule: 'invalid-date', message: `${columnName} ${shown} is not a date written YYYY-MM-DD`, hint: 'Write dates as YYYY-MM-DD, e.g. 2017-03-15.' };
    case 'birth_year':
      return { rule: 'invalid-birth-year', message: `${columnName} ${shown} is not a four-digit year`, hint: 'Write the year of birth with four digits, e.g. 2001.' };
    case 'boolean':
      return { rule: 'invalid-boolean', message: `${columnName} ${shown} is not yes or no`, hint: `Use one of ${list(Object.keys(BOOLEAN_VALUES))}, or leave it empty for no.` };
    case 'term':
      return { rule: 'invalid-term', message: `${columnName} ${shown} is not a term`, hint: 'Write HT (autumn) or VT (spring) followed by the year, e.g. HT2016 or VT2017.' };
    case 'subject':
      return { rule: 'unknown-subject', message: `${columnName} ${shown} is not a subject code of the merit value; the row is not counted`, hint: `Use one of ${list(SUBJECTS)}.` };
    case 'target_group':
      return codeProblem(columnName, shown, TARGET_GROUPS);
    case 'gender':
      return codeProblem(columnName, shown, GENDERS, GENDER_ALIASES);
    case 'outcome':
      return codeProblem(columnName, shown, OUTCOME_CODES);
    case 'grade':
      return codeProblem(columnName, shown, GRADES);
    case 'dropout_reason':
      return codeProblem(columnName, shown, DROPOUT_REASONS, DROPOUT_REASON_ALIASES);
    case 'kaa_channel':
      return codeProblem(columnName, shown, KAA_CHANNELS, KAA_CHANNEL_ALIASES);
    case 'kaa_result':
      return codeProblem(columnName, shown, KAA_RESULTS, KAA_RESULT_ALIASES);
    case 'slug':
      return { rule: 'invalid-code', message: `${columnName} ${shown} is not valid`, hint: 'Use a workshop id from municipality.yaml.' };
  }
}

function codeProblem(columnName: string, shown: string, codes: readonly string[], aliases: Record<string, string> = {}): FieldProblem {
  const swedish = Object.keys(aliases).filter((a) => !codes.includes(a));
  return {
    rule: 'invalid-code',
    message: `${columnName} ${shown} is not one of the allowed values`,
    hint: `Use one of ${list(codes)}${swedish.length > 0 ? ` (or in Swedish: ${list(swedish)})` : ''}.`,
  };
}
