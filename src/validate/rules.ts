// The catalogue of validation rules: every rule id a finding can carry, its severity and what it
// checks, for the README's rule table and for tests that check each rule has a broken fixture.
// Row rules of the CSV columns are derived from CSV_SPECS, so a new column type shows up here.
import { CSV_FILE_KINDS, CSV_SPECS, type FieldType } from '../schema/csv.js';
import type { Severity } from './finding.js';

export interface RuleSpec {
  severity: Severity;
  description: string;
}

const FIXED: Record<string, RuleSpec> = {
  'config.invalid-yaml': { severity: 'error', description: 'A YAML file cannot be parsed (syntax, duplicate key).' },
  'config.invalid': { severity: 'error', description: 'A YAML file breaks its schema: missing or unknown key, wrong type or format, invalid id.' },
  'config.id-mismatch': { severity: 'error', description: 'The id in region.yaml or municipality.yaml differs from its folder name.' },
  'config.duplicate-id': { severity: 'error', description: 'A region or municipality id is listed twice.' },
  'config.missing-folder': { severity: 'error', description: 'A region or municipality listed in the YAML has no folder.' },
  'config.missing-file': { severity: 'error', description: 'A region folder has no region.yaml, or a municipality folder no municipality.yaml.' },
  'config.unreadable': { severity: 'error', description: 'A YAML file exists but cannot be read.' },
  // The data folder's boundary (src/boundary, SECURITY.md): proven by the hostile corpus generated
  // at test time (test/e2e/hostile.test.ts), since links and pipes cannot live in fixtures/broken.
  'file.outside-data-folder': { severity: 'error', description: 'A file or folder is a link that leads outside the data folder; it is not read.' },
  'file.special': { severity: 'error', description: 'A named pipe (FIFO), device or socket stands where a file should be; it is not opened.' },
  'file.broken-link': { severity: 'error', description: 'A link that leads to nothing (a missing target or a loop).' },
  'file.unreadable': { severity: 'error', description: 'A region or municipality folder cannot be opened (e.g. no permission).' },
  'file.too-large': { severity: 'error', description: 'A YAML file is larger than 1 MB; it is not parsed.' },
  'file.wide-encoding': { severity: 'error', description: 'A file is encoded as UTF-16 or UTF-32 (the hint says how to save it as UTF-8).' },
  'file.not-text': { severity: 'error', description: 'A file is binary, not text; its content is not shown.' },
  'csv.header-too-long': { severity: 'error', description: 'The header line is longer than 64 KB; the file is not read.' },
  'csv.too-many-fields': { severity: 'error', description: 'The header has more than 1000 fields; the file is not read.' },
  'config.yaml-tag': { severity: 'error', description: 'A YAML tag outside the core schema (!!js/function, !!binary, a custom !tag).' },
  'config.yaml-aliases': { severity: 'error', description: 'A YAML file expands its aliases more than 100 times (an alias bomb).' },
  'csv.missing-file': { severity: 'error', description: 'A municipality folder has no participants.csv.' },
  'csv.unreadable': { severity: 'error', description: 'A CSV file exists but cannot be read.' },
  'csv.empty-file': { severity: 'error', description: 'A CSV file has no header row.' },
  'csv.missing-column': { severity: 'error', description: 'Required columns are missing from the header (one finding per file; its rows are not checked).' },
  'csv.duplicate-column': { severity: 'error', description: 'Two header names denote the same column.' },
  'csv.unknown-column': { severity: 'warning', description: 'A header name is not a known column or alias; the column is ignored.' },
  'csv.field-count': { severity: 'error', description: 'A row has a different number of fields than the header.' },
  'csv.malformed': { severity: 'error', description: 'Broken CSV quoting (an unclosed quote, a quote inside an unquoted field).' },
  'participants.duplicate-id': { severity: 'error', description: 'A participant_id occurs twice in the municipality (both lines are named).' },
  'participants.unknown-workshop': { severity: 'error', description: 'The workshop is not declared in municipality.yaml.' },
  'participants.target-group-not-in-workshop': { severity: 'error', description: 'The target group is not one of the workshop\'s target groups.' },
  'participants.age-out-of-range': { severity: 'error', description: 'Age at start (year of start_date − birth_year) is outside 13–29.' },
  'participants.age-outside-target': { severity: 'warning', description: 'Age at start is outside the project\'s 15–24 (but within 13–29).' },
  'participants.date-outside-period': { severity: 'error', description: 'start_date or end_date is outside the project period of project.yaml.' },
  'participants.end-before-start': { severity: 'error', description: 'end_date is before start_date.' },
  'participants.outcome-without-end': { severity: 'error', description: 'exit_outcome is given without end_date.' },
  'participants.end-without-outcome': { severity: 'warning', description: 'end_date is given without exit_outcome.' },
  'participants.not-in-kaa-contacts': { severity: 'warning', description: 'A target-group-2 participant never appears in kaa_contacts.csv (when that file exists).' },
  'grades.unknown-participant': { severity: 'error', description: 'The participant_id is not in participants.csv.' },
  'grades.duplicate': { severity: 'error', description: 'A second row for the same participant, term and subject.' },
  'grades.sv-and-sva': { severity: 'warning', description: 'A participant has both SV and SVA in the same term.' },
  'dropouts.unknown-participant': { severity: 'error', description: 'The participant_id is not in participants.csv.' },
  'dropouts.before-start': { severity: 'error', description: 'The interruption\'s date is before the participant\'s start_date.' },
  'dropouts.returned-before-date': { severity: 'error', description: 'returned_date is before date.' },
};

/** Row-rule suffixes per field type (the finding's rule is `<file kind>.<suffix>`). */
const FIELD_RULES: Record<FieldType, Array<[string, RuleSpec]>> = {
  person_id: [
    ['invalid-person-id', { severity: 'error', description: 'The id is neither a pseudonym nor a personnummer.' }],
    ['invalid-personnummer', { severity: 'error', description: 'A personnummer with an impossible date or a wrong check digit.' }],
  ],
  date: [['invalid-date', { severity: 'error', description: 'Not a date written YYYY-MM-DD, or a date that does not exist.' }]],
  birth_year: [['invalid-birth-year', { severity: 'error', description: 'birth_year is not four digits.' }]],
  boolean: [['invalid-boolean', { severity: 'error', description: 'Not one of yes/no, ja/nej, true/false, 1/0.' }]],
  term: [['invalid-term', { severity: 'error', description: 'Not HT or VT followed by a four-digit year.' }]],
  subject: [['unknown-subject', { severity: 'warning', description: 'Not a subject code of the merit value; the row is not counted.' }]],
  slug: [],
  target_group: [['invalid-code', { severity: 'error', description: 'A value outside the column\'s code list (or its Swedish aliases).' }]],
  gender: [['invalid-code', { severity: 'error', description: 'A value outside the column\'s code list (or its Swedish aliases).' }]],
  outcome: [['invalid-code', { severity: 'error', description: 'A value outside the column\'s code list (or its Swedish aliases).' }]],
  grade: [['invalid-code', { severity: 'error', description: 'A value outside the column\'s code list (or its Swedish aliases).' }]],
  dropout_reason: [['invalid-code', { severity: 'error', description: 'A value outside the column\'s code list (or its Swedish aliases).' }]],
  kaa_channel: [['invalid-code', { severity: 'error', description: 'A value outside the column\'s code list (or its Swedish aliases).' }]],
  kaa_result: [['invalid-code', { severity: 'error', description: 'A value outside the column\'s code list (or its Swedish aliases).' }]],
};

function fieldRules(): Record<string, RuleSpec> {
  const rules: Record<string, RuleSpec> = {};
  for (const kind of CSV_FILE_KINDS) {
    rules[`${kind}.missing-value`] = { severity: 'error', description: 'A required column is empty in a row.' };
    for (const column of CSV_SPECS[kind].columns) {
      for (const [suffix, spec] of FIELD_RULES[column.type]) rules[`${kind}.${suffix}`] = spec;
    }
  }
  return rules;
}

/** The boundary's rules: links, special files and encodings cannot be committed as fixtures/broken cases. */
export const BOUNDARY_RULES: readonly string[] = Object.keys(FIXED).filter(
  (rule) => rule.startsWith('file.') || ['csv.header-too-long', 'csv.too-many-fields', 'config.yaml-tag', 'config.yaml-aliases'].includes(rule),
);

/** Every rule id, sorted by file kind then name. */
export const RULES: Record<string, RuleSpec> = Object.fromEntries(
  Object.entries({ ...FIXED, ...fieldRules() }).sort(([a], [b]) => a.localeCompare(b)),
);
