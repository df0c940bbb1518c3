// Code lists of the data contract (shared/data-contract.md §3–§6), with the Swedish aliases the
// municipalities' exports may use. Everything else (parsing, validation, JSON Schema, the README's
// CSV reference) derives from here. The words the documents print for a code are copy, in
// templates/copy/sv.json under codes.<list>.<code> (e.g. codes.outcome.employment).
import { legacyLabels, withLegacyLabels } from './legacy-code-labels.js';

export const TARGET_GROUPS = ['1', '2', '3'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
/** @deprecated for src/indicators/labels.ts only: the words are copy (codes.targetGroupShort). */
export const TARGET_GROUP_SHORT_LABELS = legacyLabels('targetGroupShort', TARGET_GROUPS);

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_ALIASES: Record<string, Gender> = {
  female: 'female',
  kvinna: 'female',
  k: 'female',
  f: 'female',
  male: 'male',
  man: 'male',
  m: 'male',
};

export const AGE_BANDS = ['15-19', '20-24', 'other'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** @deprecated for src/indicators/labels.ts only: the words are copy (codes.ageBand). */
export const AGE_BAND_LABELS = legacyLabels('ageBand', AGE_BANDS);

export const OUTCOME_CODES = [
  'national_programme',
  'introductory_programme',
  'adult_education',
  'folk_high_school',
  'employment',
  'apprenticeship',
  'internship',
  'labour_market_programme',
  'job_seeking',
  'inactive',
  'moved',
  'unknown',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];
export type OutcomeCategory = 'education' | 'work' | null;
/** Which exit outcomes count as education and which as work (contract §5). */
export const OUTCOME_CATEGORIES: Record<OutcomeCode, OutcomeCategory> = {
  national_programme: 'education',
  introductory_programme: 'education',
  adult_education: 'education',
  folk_high_school: 'education',
  employment: 'work',
  apprenticeship: 'work',
  internship: null,
  labour_market_programme: null,
  job_seeking: null,
  inactive: null,
  moved: null,
  unknown: null,
};
/**
 * Each outcome's category; `label` is @deprecated (for src/indicators/labels.ts only), the words
 * are copy (codes.outcome).
 */
export const OUTCOMES = withLegacyLabels(
  'outcome',
  Object.fromEntries(OUTCOME_CODES.map((code) => [code, { category: OUTCOME_CATEGORIES[code] }])) as Record<
    OutcomeCode,
    { category: OutcomeCategory }
  >,
);

export const DROPOUT_REASONS = [
  'deported',
  'moved',
  'age_reassessed',
  'in_hiding',
  'wrong_programme',
  'employment',
  'health',
  'other',
  'unknown',
] as const;
export type DropoutReason = (typeof DROPOUT_REASONS)[number];
export const DROPOUT_REASON_ALIASES: Record<string, DropoutReason> = {
  utvisning: 'deported',
  flytt: 'moved',
  aldersuppskrivning: 'age_reassessed',
  gomd: 'in_hiding',
  fel_studieval: 'wrong_programme',
  arbete: 'employment',
  halsa: 'health',
  annat: 'other',
  okant: 'unknown',
};
/** @deprecated for src/indicators/labels.ts only: the words are copy (codes.dropoutReason). */
export const DROPOUT_REASON_LABELS = legacyLabels('dropoutReason', DROPOUT_REASONS);

export const KAA_CHANNELS = ['letter', 'sms', 'phone', 'email', 'social_media', 'home_visit', 'meeting'] as const;
export type KaaChannel = (typeof KAA_CHANNELS)[number];
export const KAA_CHANNEL_ALIASES: Record<string, KaaChannel> = {
  brev: 'letter',
  telefon: 'phone',
  e_post: 'email',
  sociala_medier: 'social_media',
  hembesok: 'home_visit',
  mote: 'meeting',
};

export const KAA_RESULTS = ['reached', 'not_reached', 'declined'] as const;
export type KaaResult = (typeof KAA_RESULTS)[number];
export const KAA_RESULT_ALIASES: Record<string, KaaResult> = {
  nadd: 'reached',
  ej_nadd: 'not_reached',
  avbojt: 'declined',
};

/** Subjects that count towards the merit value. `ML` is the language choice, counted as a 17th. */
export const SUBJECTS = [
  'SV',
  'SVA',
  'EN',
  'MA',
  'BI',
  'FY',
  'KE',
  'TK',
  'GE',
  'HI',
  'RE',
  'SH',
  'BL',
  'HKK',
  'IDH',
  'MU',
  'SL',
  'ML',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const GRADES = ['A', 'B', 'C', 'D', 'E', 'F', '-'] as const;
export type Grade = (typeof GRADES)[number];
/** Grade points of the merit value (contract §7.4). */
export const GRADE_POINTS: Record<Grade, number> = { A: 20, B: 17.5, C: 15, D: 12.5, E: 10, F: 0, '-': 0 };

export const BOOLEAN_VALUES: Record<string, boolean> = {
  yes: true,
  ja: true,
  true: true,
  '1': true,
  no: false,
  nej: false,
  false: false,
  '0': false,
};

/**
 * Folds a code value or header name the way the contract matches them: case-insensitive,
 * trimmed, å/ä → a, ö → o, spaces and '-' → '_'.
 */
export function foldKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[\s-]+/g, '_');
}
