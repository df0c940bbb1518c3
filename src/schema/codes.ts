// Code lists of the data contract (shared/data-contract.md §3–§6), with the Swedish aliases the
// municipalities' exports may use and the Swedish labels the reports print. Everything else
// (parsing, validation, JSON Schema, the README's CSV reference, report labels) derives from here.

export const TARGET_GROUPS = ['1', '2', '3'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  '1': 'Målgrupp 1: i riskzonen för att inte fullfölja gymnasieskolan',
  '2': 'Målgrupp 2: inom det kommunala aktivitetsansvaret (KAA)',
  '3': 'Målgrupp 3: nyanlända som behöver stöd för behörighet',
};
export const TARGET_GROUP_SHORT_LABELS: Record<TargetGroup, string> = {
  '1': 'Målgrupp 1 (riskzon)',
  '2': 'Målgrupp 2 (KAA)',
  '3': 'Målgrupp 3 (nyanlända)',
};

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_ALIASES: Record<string, Gender> = {
  female: 'female', kvinna: 'female', k: 'female', f: 'female',
  male: 'male', man: 'male', m: 'male',
};

export const AGE_BANDS = ['15-19', '20-24', 'other'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '15-19': '15–19 år',
  '20-24': '20–24 år',
  other: 'Övriga åldrar',
};

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
export const OUTCOMES: Record<OutcomeCode, { label: string; category: OutcomeCategory }> = {
  national_programme: { label: 'Nationellt program i gymnasieskolan', category: 'education' },
  introductory_programme: { label: 'Fortsatta studier på introduktionsprogram', category: 'education' },
  adult_education: { label: 'Vuxenutbildning', category: 'education' },
  folk_high_school: { label: 'Folkhögskola', category: 'education' },
  employment: { label: 'Arbete', category: 'work' },
  apprenticeship: { label: 'Lärlingsanställning', category: 'work' },
  internship: { label: 'Praktik', category: null },
  labour_market_programme: { label: 'Insats via Arbetsförmedlingen', category: null },
  job_seeking: { label: 'Arbetssökande', category: null },
  inactive: { label: 'Ingen sysselsättning (hemmasittande)', category: null },
  moved: { label: 'Flyttat från kommunen', category: null },
  unknown: { label: 'Okänt', category: null },
};

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
export const DROPOUT_REASON_LABELS: Record<DropoutReason, string> = {
  deported: 'Utvisning',
  moved: 'Flytt till annan kommun',
  age_reassessed: 'Åldersuppskrivning',
  in_hiding: 'Håller sig gömd',
  wrong_programme: 'Fel studieval',
  employment: 'Arbete',
  health: 'Hälsa',
  other: 'Annat',
  unknown: 'Okänt',
};

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
export const KAA_CHANNEL_LABELS: Record<KaaChannel, string> = {
  letter: 'Brev',
  sms: 'Sms',
  phone: 'Telefon',
  email: 'E-post',
  social_media: 'Sociala medier',
  home_visit: 'Hembesök',
  meeting: 'Möte',
};

export const KAA_RESULTS = ['reached', 'not_reached', 'declined'] as const;
export type KaaResult = (typeof KAA_RESULTS)[number];
export const KAA_RESULT_ALIASES: Record<string, KaaResult> = {
  nadd: 'reached',
  ej_nadd: 'not_reached',
  avbojt: 'declined',
};

/** Subjects that count towards the merit value. `ML` is the language choice, counted as a 17th. */
export const SUBJECTS = ['SV', 'SVA', 'EN', 'MA', 'BI', 'FY', 'KE', 'TK', 'GE', 'HI', 'RE', 'SH', 'BL', 'HKK', 'IDH', 'MU', 'SL', 'ML'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const GRADES = ['A', 'B', 'C', 'D', 'E', 'F', '-'] as const;
export type Grade = (typeof GRADES)[number];
/** Grade points of the merit value (contract §7.4). */
export const GRADE_POINTS: Record<Grade, number> = { A: 20, B: 17.5, C: 15, D: 12.5, E: 10, F: 0, '-': 0 };

export const BOOLEAN_VALUES: Record<string, boolean> = {
  yes: true, ja: true, true: true, '1': true,
  no: false, nej: false, false: false, '0': false,
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
