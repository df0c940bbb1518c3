// The row rules of each field type (data contract §2–§6) on the hot path, derived from their one
// definition, FIELD_TYPES in src/schema/fields.ts: code columns become precomputed Map lookups and
// the fixed shapes (dates, years, terms, person ids) are checked by character codes and plain
// regular expressions instead of a zod parse per cell. fields.test.ts checks that they agree with
// the zod reading of the same definitions (FIELD_SCHEMAS).
// Every parser takes the trimmed, non-empty cell text and returns the typed value, or undefined
// when the value breaks the rule (explain() then says why).
import { BOOLEAN_VALUES, foldKey } from '../schema/codes.js';
import { DATE_PATTERN, FIELD_TYPES, PSEUDONYM_PATTERN, TERM_PATTERN, codeTable, type CodeField, type FieldType } from '../schema/fields.js';
import {
  centenarianSeparator,
  hasValidCheckDigit,
  hasValidDate,
  looksLikePersonalNumber,
  maskPersonId,
  personnummerShape,
} from '../util/pnr.js';
import { quote } from '../util/quote.js';
import { CODE_RULES, FIELD_RULE, type FieldRule } from './rules.js';

export type Parser<T> = (raw: string) => T | undefined;

// Codes are returned as the one constant string of each code, never the cell's own copy: records
// collected for the figures keep millions of them, and the copies would all have to survive the
// young generation (figures on 5.5 M grade rows spent seconds more in GC than validate).
const codeMap = <T extends string>(codes: readonly T[]) => new Map<string, T>(codes.map((c) => [c, c]));

/** A code column's parser: looks the code up as written, then as its match allows. */
function codeParser<T extends string>(field: CodeField<T>): Parser<T> {
  switch (field.match) {
    case 'exact': {
      const codes = codeMap(field.codes);
      return (raw) => codes.get(raw);
    }
    case 'upper': {
      const codes = codeMap(field.codes);
      return (raw) => codes.get(raw) ?? codes.get(raw.toUpperCase());
    }
    case 'folded': {
      const table = codeTable(field.codes, field.aliases);
      return (raw) => table.get(raw) ?? table.get(foldKey(raw));
    }
  }
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
 * (or '+' for 100+), so `19990101-1234`, `9901011234` and `990101-1234` are one person, and so
 * are `101010+2661`, `19101010-2661` and `191010102661` (contract §8: every form, the '+' form
 * included); a pseudonym as written. Undefined when the id is neither, is a personnummer with an
 * impossible date or a wrong check digit, or is shaped like a personnummer in a form that is not
 * standard (contract v1.2 §9: `19990101.2387` is a personnummer, never a pseudonym).
 */
export function parsePersonId(raw: string): string | undefined {
  const pnr = looksLikePersonalNumber(raw);
  if (pnr) {
    if (!hasValidDate(pnr) || !hasValidCheckDigit(pnr)) return undefined;
    const six = pnr.datePart.length === 8 ? pnr.datePart.slice(2) : pnr.datePart;
    return `${six}${centenarianSeparator(pnr)}${pnr.lastFour}`;
  }
  if (personnummerShape(raw)) return undefined;
  return PSEUDONYM_PATTERN.test(raw) ? raw : undefined;
}

/** A workshop id: any text, compared in lower case. */
export function parseId(raw: string): string {
  return raw.toLowerCase();
}

/** The fast parser of each shape of FieldSpec other than a code list. */
const SHAPE_PARSERS = {
  'person-id': parsePersonId,
  id: parseId,
  date: parseDate,
  year: parseBirthYear,
  term: parseTerm,
  boolean: parseBoolean,
};

type Spec<K extends FieldType> = (typeof FIELD_TYPES)[K];
/** The value a parser of the column type K yields. */
export type FieldValue<K extends FieldType> =
  Spec<K> extends CodeField<infer T>
    ? T
    : Spec<K> extends { kind: keyof typeof SHAPE_PARSERS }
      ? NonNullable<ReturnType<(typeof SHAPE_PARSERS)[Spec<K>['kind']]>>
      : never;

/** The parser of every column type, built once from FIELD_TYPES. */
export const FIELD_PARSERS = Object.fromEntries(
  (Object.keys(FIELD_TYPES) as FieldType[]).map((type) => {
    const spec = FIELD_TYPES[type];
    return [type, spec.kind === 'code' ? codeParser<string>(spec) : SHAPE_PARSERS[spec.kind]];
  }),
) as { [K in FieldType]: Parser<FieldValue<K>> };

/** A broken row rule with the message and hint it gives for this value. */
export interface FieldProblem {
  rule: FieldRule<never>;
  message: string;
  hint: string;
}

function problem<P>(rule: FieldRule<P>, params: P): FieldProblem {
  return { rule, message: rule.message(params), hint: rule.hint(params) };
}

/** Why `raw` (trimmed, non-empty) breaks the rule of `type`. Personnummer are masked. */
export function explain(type: FieldType, raw: string, columnName: string): FieldProblem {
  // Masked, cut and escaped (util/quote.ts): the cell is untrusted text.
  const at = { columnName, shown: quote(maskPersonId(raw)) };
  const spec = FIELD_TYPES[type];
  switch (spec.kind) {
    case 'code': {
      const codes: readonly string[] = spec.codes;
      const aliases: Record<string, string> = spec.aliases;
      const swedish = Object.keys(aliases).filter((a) => !codes.includes(a));
      return problem(CODE_RULES[type as keyof typeof CODE_RULES], { ...at, codes, swedish });
    }
    case 'person-id': {
      const pnr = looksLikePersonalNumber(raw);
      if (pnr) return problem(FIELD_RULE.invalidPersonnummer, { ...at, problem: hasValidDate(pnr) ? 'check-digit' : 'date' });
      if (personnummerShape(raw)) return problem(FIELD_RULE.invalidPersonnummer, { ...at, problem: 'form' });
      return problem(FIELD_RULE.invalidPersonId, at);
    }
    case 'date':
      return problem(FIELD_RULE.invalidDate, { ...at, wellWritten: DATE_PATTERN.test(raw) });
    case 'year':
      return problem(FIELD_RULE.invalidBirthYear, at);
    case 'boolean':
      return problem(FIELD_RULE.invalidBoolean, { ...at, values: Object.keys(BOOLEAN_VALUES) });
    case 'term':
      return problem(FIELD_RULE.invalidTerm, at);
    case 'id':
      throw new Error('a workshop id is read as written; whether it is declared is checked against municipality.yaml');
  }
}
