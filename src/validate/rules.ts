// The catalogue of validation rules, the single source of each rule's id, severity, what it checks
// (the README's rule table), the message a finding says and its hint. Code raises a rule through
// its constant here (RULE.participants.duplicateId, FIELD_RULE.invalidDate), never by its id, so
// an id, a severity or a wording is changed in one place.
// Row rules of the CSV columns are derived from CSV_SPECS, so a new column type shows up here.
import { CSV_FILE_KINDS, CSV_SPECS, type CsvFileKind } from '../schema/csv.js';
import type { FIELD_TYPES, FieldType } from '../schema/fields.js';
import type { Severity } from './finding.js';
import { quote } from '../util/quote.js';

export interface RuleSpec {
  severity: Severity;
  description: string;
}

/** A rule of the catalogue: P is what its message and hint are made from. */
export interface Rule<P = void> extends RuleSpec {
  id: string;
  message: (params: P) => string;
  hint: (params: P) => string;
}

/** A row rule of a column type: the finding's rule id is `<file kind>.<suffix>`. */
export interface FieldRule<P = FieldParams> extends RuleSpec {
  suffix: string;
  message: (params: P) => string;
  hint: (params: P) => string;
}

/** What a code column's row rule is made from: the codes and their Swedish aliases. */
export interface CodeParams extends FieldParams {
  codes: readonly string[];
  swedish: readonly string[];
}

/** What every row rule's message is made from: the header name as written and the value shown. */
export interface FieldParams {
  columnName: string;
  /** The cell as quoted in messages (masked, cut to 80 characters). */
  shown: string;
}

const text = <P>(hint: string | ((params: P) => string)) => (typeof hint === 'string' ? () => hint : hint);

function rule<P = void>(
  id: string,
  severity: Severity,
  description: string,
  message: (params: P) => string,
  hint: string | ((params: P) => string),
): Rule<P> {
  return { id, severity, description, message, hint: text(hint) };
}

function fieldRule<P extends FieldParams = FieldParams>(
  suffix: string,
  severity: Severity,
  description: string,
  message: (params: P) => string,
  hint: string | ((params: P) => string),
): FieldRule<P> {
  return { suffix, severity, description, message, hint: text(hint) };
}

const list = (values: readonly string[]) => values.join(', ');
const quoted = (names: readonly string[]) => names.map((name) => quote(name)).join(', ');
const plural = (n: number, word: string) => `${word}${n === 1 ? '' : 's'}`;

const didYouMeanFolder = (meant: string | undefined) => (meant !== undefined ? `; did you mean the folder "${meant}"?` : '');

const CONFIG_HINT = 'Fix the key as described; the keys are documented in the README under "Data folder" and in schema/*.schema.json.';

export const RULE = {
  config: {
    invalidYaml: rule<{ detail: string; duplicateKey: boolean }>(
      'config.invalid-yaml',
      'error',
      'A YAML file cannot be parsed (syntax, duplicate key).',
      ({ detail }) => `YAML syntax: ${detail}`,
      ({ duplicateKey }) =>
        duplicateKey
          ? 'Each key may appear only once in a mapping; remove or rename one of them.'
          : 'Check indentation and quoting near this line (text with ":" or "#" must be in quotes).',
    ),
    invalid: rule<{ path: string; problem: string; slug: string | undefined; meant?: string }>(
      'config.invalid',
      'error',
      'A YAML file breaks its schema: missing or unknown key (with the key it most likely meant), wrong type or format, invalid id.',
      ({ path, problem }) => `${path}: ${problem}`,
      ({ slug, meant }) =>
        meant !== undefined
          ? `Rename the key to ${meant}; the keys are documented in the README under "Data folder" and in schema/*.schema.json.`
          : slug !== undefined
            ? `Write it as "${slug}": ids are the ASCII form of the name, and the folder must be named the same.`
            : CONFIG_HINT,
    ),
    empty: rule(
      'config.invalid',
      'error',
      'A YAML file breaks its schema: missing or unknown key (with the key it most likely meant), wrong type or format, invalid id.',
      () => 'the file is empty',
      'Write the file\'s keys (see the README\'s "Data folder" section, or schema/*.schema.json).',
    ),
    idMismatch: rule<{ id: string; expected: string }>(
      'config.id-mismatch',
      'error',
      'The id in region.yaml or municipality.yaml differs from its folder name.',
      ({ id, expected }) => `id "${id}" differs from the folder name "${expected}"`,
      ({ expected }) => `Set id: ${expected}, or rename the folder (and the id in the list that names it).`,
    ),
    noEntries: rule<{ list: 'regions' | 'municipalities'; command: string }>(
      'config.no-entries',
      'warning',
      'project.yaml lists no regions, or a region.yaml no municipalities, yet (a data folder being started).',
      ({ list }) => `${list} is empty: there is nothing to report on yet`,
      ({ command }) => `Add one with \`${command}\`, which also writes its folder and files.`,
    ),
    duplicateId: rule<{ id: string; list: string }>(
      'config.duplicate-id',
      'error',
      'A region or municipality id is listed twice.',
      ({ id, list }) => `"${id}" is listed twice in ${list}`,
      'List each id once.',
    ),
    missingRegionFolder: rule<{ region: string; meant: string | undefined }>(
      'config.missing-folder',
      'error',
      'A region or municipality listed in the YAML has no folder.',
      ({ region, meant }) => `region "${region}" is listed but there is no folder "${region}"${didYouMeanFolder(meant)}`,
      ({ region, meant }) =>
        meant !== undefined
          ? `Rename the folder ${meant}/ to ${region}/, or correct the id in regions (ids and folder names are the same).`
          : `Create the folder ${region}/ with a region.yaml, or remove the id from regions.`,
    ),
    missingMunicipalityFolder: rule<{ municipality: string; folder: string; meant: string | undefined }>(
      'config.missing-folder',
      'error',
      'A region or municipality listed in the YAML has no folder.',
      ({ municipality, folder, meant }) =>
        `municipality "${municipality}" is listed but there is no folder "${folder}"${didYouMeanFolder(meant)}`,
      ({ folder, meant }) =>
        meant !== undefined
          ? `Rename the folder ${meant}/ to match, or correct the id in municipalities (ids and folder names are the same).`
          : `Create the folder ${folder}/ with municipality.yaml and participants.csv, or remove the id from municipalities.`,
    ),
    missingRegionFile: rule(
      'config.missing-file',
      'error',
      'A region folder has no region.yaml, or a municipality folder no municipality.yaml.',
      () => 'region.yaml is missing',
      'Every region folder needs a region.yaml with id, name, organisation, county_code and municipalities.',
    ),
    missingMunicipalityFile: rule(
      'config.missing-file',
      'error',
      'A region folder has no region.yaml, or a municipality folder no municipality.yaml.',
      () => 'municipality.yaml is missing',
      'Every municipality folder needs a municipality.yaml with id, name, kommunkod and workshops.',
    ),
    yamlTag: rule<{ tag: string }>(
      'config.yaml-tag',
      'error',
      'A YAML tag outside the core schema (!!js/function, !!binary, a custom !tag).',
      ({ tag }) => `the YAML tag ${tag} is not allowed; only plain values, lists and mappings are read`,
      'Remove the tag (the text starting with "!"); write the value as plain text, a number, a list or a mapping.',
    ),
    yamlAliases: rule<{ limit: number }>(
      'config.yaml-aliases',
      'error',
      'A YAML file expands its aliases more than 100 times (an alias bomb).',
      ({ limit }) => `the YAML file expands its aliases (*name) more than ${limit} times; it was not read`,
      'Write the values out instead of repeating them through anchors and aliases (&name, *name).',
    ),
    acceptUnused: rule<{ index: number; rule: string; warning: boolean }>(
      'config.accept-unused',
      'warning',
      'An entry of validate.accept in project.yaml accepts no warning (validating the whole data folder).',
      ({ index, rule, warning }) =>
        warning
          ? `validate.accept[${index}] (${rule}) matches no warning`
          : `validate.accept[${index}] names ${rule}, which is not a warning rule: errors cannot be accepted`,
      ({ warning }) =>
        warning
          ? 'Remove the entry if the warning is gone, or correct its rule, files or column.'
          : 'Name a warning rule (README "Validation rules"); fix the data for an error.',
    ),
    unreadable: rule<{ code: string }>(
      'config.unreadable',
      'error',
      'A YAML file exists but cannot be read.',
      ({ code }) => `cannot read the file (${code})`,
      'Check that the file exists and may be read.',
    ),
  },
  // The data folder's boundary (src/boundary, SECURITY.md): raised from the boundary's problems by
  // kind (src/boundary/problems.ts, mapped in collector.ts). Proven by the hostile corpus generated
  // at test time (test/e2e/hostile.test.ts): links and pipes cannot live in fixtures/broken.
  file: {
    outsideDataFolder: rule(
      'file.outside-data-folder',
      'error',
      'A file or folder is a link that leads outside the data folder; it is not read.',
      () => 'this is a link that leads outside the data folder; it was not read',
      'Files in the data folder must be real files inside it: replace the link with the file itself.',
    ),
    special: rule<{ what: string }>(
      'file.special',
      'error',
      'A named pipe (FIFO), device or socket stands where a file should be; it is not opened.',
      ({ what }) => `this is ${what}, not a file; it was not opened`,
      'Replace it with a regular file.',
    ),
    changed: rule(
      'file.special',
      'error',
      'A named pipe (FIFO), device or socket stands where a file should be; it is not opened.',
      () => 'the file changed while it was being opened; it was not read',
      'Run again on a data folder that is not being changed.',
    ),
    brokenLink: rule(
      'file.broken-link',
      'error',
      'A link that leads to nothing (a missing target or a loop).',
      () => 'this is a link that leads nowhere (to a missing file, or in a loop)',
      'Replace the link with the file itself.',
    ),
    unreadable: rule<{ code: string }>(
      'file.unreadable',
      'error',
      'A region or municipality folder cannot be opened (e.g. no permission).',
      ({ code }) => `cannot open the folder (${code})`,
      'Check that you may read the folder.',
    ),
    tooLarge: rule<{ limitBytes: number; format: string }>(
      'file.too-large',
      'error',
      'A YAML file is larger than 1 MB, or a photo larger than 8 MB; it is not read.',
      ({ limitBytes, format }) =>
        `the file is larger than ${limitBytes / (1 << 20)} MB, more than a ${format} file here needs; it was not read`,
      ({ format }) =>
        format === 'photo'
          ? 'Save the photo smaller, e.g. 2 400 pixels wide as a JPEG of quality 80: that prints sharp on an A4 cover.'
          : 'Check that this is the right file; a YAML configuration is a few kilobytes.',
    ),
    wideEncoding: rule<{ encoding: string; format: string }>(
      'file.wide-encoding',
      'error',
      'A file is encoded as UTF-16 or UTF-32 (the hint says how to save it as UTF-8).',
      ({ encoding }) => `the file is encoded as ${encoding}, which is not read`,
      ({ format }) =>
        format === 'CSV'
          ? 'Save the file again as "CSV UTF-8 (comma delimited)" in Excel (Save As → file type), or as UTF-8 in a text editor; UTF-8 and Windows-1252 are read.'
          : 'Save the file again as UTF-8 in a text editor (in VS Code: "Save with Encoding" → UTF-8).',
    ),
    notXlsx: rule<{ detail: string }>(
      'file.not-xlsx',
      'error',
      'An .xlsx file is not an Excel workbook that can be read.',
      ({ detail }) => `not an Excel workbook: ${detail}`,
      'Save the table from Excel as "Excel-arbetsbok (*.xlsx)", or export it as CSV instead.',
    ),
    zipExpansion: rule<{ detail: string }>(
      'file.zip-expansion',
      'error',
      'An .xlsx file would inflate beyond the caps (size, ratio or sheets): a zip bomb is refused unread.',
      ({ detail }) => `the workbook was not opened: ${detail}`,
      'A table of participants is a few megabytes at most; check that this is the right file, or save it again from Excel.',
    ),
    notText: rule<{ what: string; format: string }>(
      'file.not-text',
      'error',
      'A file is binary, not text; its content is not shown.',
      ({ what, format }) => `not a text ${format} file (it looks like ${what}); its content is not shown`,
      ({ format }) =>
        format === 'CSV'
          ? 'Export the table as CSV (comma- or semicolon-separated text).'
          : format === 'Markdown'
            ? 'Save the answer as plain text (.md, UTF-8), not as a Word document.'
            : 'Replace it with the YAML text file.',
    ),
  },
  csv: {
    bothForms: rule<{ table: string }>(
      'csv.both-forms',
      'error',
      'A table is given both as <table>.csv and as <table>.xlsx; the CSV file is read.',
      ({ table }) => `${table}.csv and ${table}.xlsx are both here; only one may be (the CSV file was read)`,
      ({ table }) => `Keep the one that is up to date and delete the other (${table}.csv or ${table}.xlsx).`,
    ),
    extraSheets: rule<{ sheets: readonly string[]; first: string }>(
      'xlsx.extra-sheets',
      'warning',
      'An xlsx table has more than one sheet; only the first is read.',
      ({ sheets, first }) =>
        `only the first sheet, ${quote(first)}, is read; ${list(sheets.map((s) => quote(s)))} ${sheets.length === 1 ? 'is' : 'are'} ignored`,
      'Move the table to the first sheet, or delete the sheets that are not part of it.',
    ),
    mergedCells: rule<{ range: string; count: number }>(
      'xlsx.merged-cells',
      'warning',
      'An xlsx table has merged cells; a merged cell counts as its top-left cell only.',
      ({ range, count }) => `${count} merged ${plural(count, 'range')} (first ${range}): only the top-left cell of each keeps its value`,
      'Unmerge the cells (Start → Sammanfoga och centrera → Dela upp celler) and fill in every row.',
    ),
    tooManyCells: rule<{ cells: number; limit: number }>(
      'xlsx.too-many-cells',
      'error',
      'The first sheet of an xlsx table has more cells than are read (rows × columns).',
      ({ cells, limit }) => `the sheet spans ${cells} cells, more than the ${limit} that are read; it was not read`,
      'Check for stray values far below or to the right of the table, and delete those rows and columns.',
    ),
    headerTooLong: rule<{ limitBytes: number }>(
      'csv.header-too-long',
      'error',
      'The header line is longer than 64 KB; the file is not read.',
      ({ limitBytes }) => `the header line is longer than ${limitBytes / 1024} KB; the file was not read`,
      'The first line must name the columns; check that the file is a CSV export with one header line.',
    ),
    tooManyFields: rule<{ fields: number; limit: number }>(
      'csv.too-many-fields',
      'error',
      'The header has more than 1000 fields; the file is not read.',
      ({ fields, limit }) => `the header has ${fields} fields, more than the ${limit} that are read; the file was not read`,
      'Check the header line: a table has a few dozen columns at most.',
    ),
    missingFile: rule<{ folder: string }>(
      'csv.missing-file',
      'error',
      'A municipality folder has no participants.csv.',
      () => 'participants.csv is missing; every municipality needs one',
      ({ folder }) =>
        `Export the participants into ${folder}/participants.csv, or save them from Excel as participants.xlsx (see the README's CSV reference).`,
    ),
    unreadable: rule<{ code: string }>(
      'csv.unreadable',
      'error',
      'A CSV file exists but cannot be read.',
      ({ code }) => `cannot read the file (${code})`,
      'Check that the file may be read.',
    ),
    notAFile: rule<{ fileName: string }>(
      'csv.unreadable',
      'error',
      'A CSV file exists but cannot be read.',
      ({ fileName }) => `${fileName} is a folder (or another non-file), not a CSV file`,
      ({ fileName }) => `Replace it with the exported ${fileName}.`,
    ),
    emptyFile: rule<{ fileName: string; required: readonly string[] }>(
      'csv.empty-file',
      'error',
      'A CSV file has no header row.',
      ({ fileName }) => `${fileName} has no header row`,
      ({ required }) => `The first line must name the columns: ${list(required)}.`,
    ),
    missingColumn: rule<{ missing: readonly string[]; required: readonly string[] }>(
      'csv.missing-column',
      'error',
      'Required columns are missing from the header (one finding per file; its rows are not checked).',
      ({ missing }) => `required ${plural(missing.length, 'column')} ${quoted(missing)} missing from the header`,
      ({ required }) => `The header must name ${list(required)} (English or Swedish names, any order). Rows were not checked.`,
    ),
    duplicateColumn: rule<{ name: string; first: string; firstColumn: number }>(
      'csv.duplicate-column',
      'error',
      'Two header names denote the same column.',
      ({ name, first, firstColumn }) => `column ${quote(name)} is the same column as ${quote(first)} (column ${firstColumn})`,
      'Keep one of the two columns and remove the other.',
    ),
    unknownColumn: rule<{ name: string; fileName: string; known: readonly string[] }>(
      'csv.unknown-column',
      'warning',
      'A header name is not a known column or alias; the column is ignored.',
      ({ name, fileName }) => `column ${quote(name)} is not part of ${fileName} and is ignored`,
      ({ known }) => `Known columns: ${list(known)} (or their Swedish names). Rename the column if it is one of them.`,
    ),
    fieldCount: rule<{ fields: number; width: number }>(
      'csv.field-count',
      'error',
      'A row has a different number of fields than the header.',
      ({ fields, width }) => `row has ${fields} fields but the header has ${width}`,
      'Check for a missing or extra delimiter in this row, or a delimiter inside a value that should be quoted.',
    ),
    malformed: rule<{ detail: string }>(
      'csv.malformed',
      'error',
      'Broken CSV quoting (an unclosed quote, a quote inside an unquoted field).',
      ({ detail }) => detail,
      'Open the file in a text editor at this line; quoted fields must start and end with " and double any " inside.',
    ),
  },
  participants: {
    duplicateId: rule<{ id: string; first: number; line: number }>(
      'participants.duplicate-id',
      'error',
      'A participant_id occurs twice in the municipality (both lines are named).',
      ({ id, first, line }) => `participant_id ${id} appears on line ${first} and again on line ${line}`,
      ({ first, line }) => `Each participant has one row per municipality; merge or remove the rows on lines ${first} and ${line}.`,
    ),
    unknownWorkshop: rule<{ workshop: string; declared: string }>(
      'participants.unknown-workshop',
      'error',
      'The workshop is not declared in municipality.yaml.',
      ({ workshop }) => `workshop ${quote(workshop)} is not declared in municipality.yaml`,
      ({ declared }) =>
        `Use one of the declared workshop ids (${declared}), or declare the workshop under workshops: in municipality.yaml.`,
    ),
    targetGroupNotInWorkshop: rule<{ group: string; workshop: string; groups: readonly string[] }>(
      'participants.target-group-not-in-workshop',
      'error',
      "The target group is not one of the workshop's target groups.",
      ({ group, workshop, groups }) => `target group ${group} is not one of workshop "${workshop}"'s target groups (${list(groups)})`,
      "Correct the target group, or add it to the workshop's target_groups in municipality.yaml.",
    ),
    ageOutOfRange: rule<{ age: number; birthYear: number; startDate: string }>(
      'participants.age-out-of-range',
      'error',
      'Age at start (year of start_date − birth_year) is outside 13–29.',
      ({ age, birthYear, startDate }) => `age at start would be ${age} (birth_year ${birthYear}, start_date ${startDate}), outside 13–29`,
      'Check birth_year and start_date; the project is for young people aged 15–24.',
    ),
    ageOutsideTarget: rule<{ age: number }>(
      'participants.age-outside-target',
      'warning',
      "Age at start is outside the project's 15–24 (but within 13–29).",
      ({ age }) => `age at start is ${age}, outside the project's 15–24`,
      'Allowed, but check birth_year and start_date; such participants are counted under "other ages".',
    ),
    dateOutsidePeriod: rule<{ column: string; date: string; start: string; end: string }>(
      'participants.date-outside-period',
      'error',
      'start_date or end_date is outside the project period of project.yaml.',
      ({ column, date, start, end }) => `${column} ${date} is outside the project period ${start} – ${end}`,
      'Check the date; the period is set in project.yaml.',
    ),
    endBeforeStart: rule<{ end: string; start: string }>(
      'participants.end-before-start',
      'error',
      'end_date is before start_date.',
      ({ end, start }) => `end_date ${end} is before start_date ${start}`,
      'Check both dates.',
    ),
    outcomeWithoutEnd: rule<{ outcome: string }>(
      'participants.outcome-without-end',
      'error',
      'exit_outcome is given without end_date.',
      ({ outcome }) => `exit_outcome "${outcome}" is given but end_date is empty`,
      'A participant with an exit outcome has left the project: fill in end_date, or clear exit_outcome.',
    ),
    endWithoutOutcome: rule<{ end: string }>(
      'participants.end-without-outcome',
      'warning',
      'end_date is given without exit_outcome.',
      ({ end }) => `end_date ${end} is given but exit_outcome is empty`,
      'Fill in what the participant went on to (use "unknown" if it is not known).',
    ),
    noRows: rule(
      'participants.no-rows',
      'warning',
      'participants.csv has a header but no participants yet (a data folder being started).',
      () => 'no participants yet: the file has a header only',
      'Fill in one row per participant (see LÄS-MIG.md or the README), or paste the export from the school system.',
    ),
    workshopsUnchecked: rule<{ config: string }>(
      'participants.workshops-unchecked',
      'info',
      "The workshops of municipality.yaml cannot be read, so no row's workshop or target group is checked.",
      ({ config }) => `workshop and target_group are not checked: ${config} has no workshops that can be read`,
      ({ config }) => `Fix ${config} (see its own findings) and validate again to check these columns too.`,
    ),
    notInKaaContacts: rule(
      'participants.not-in-kaa-contacts',
      'warning',
      'A target-group-2 participant never appears in kaa_contacts.csv (when that file exists).',
      () => 'participant in target group 2 (KAA) never appears in kaa_contacts.csv',
      'Add the contacts with this young person to kaa_contacts.csv (same id), or check the target group.',
    ),
  },
  grades: {
    unknownParticipant: unknownParticipant('grades'),
    duplicate: rule<{ subject: string; term: string; id: string; first: number; line: number }>(
      'grades.duplicate',
      'error',
      'A second row for the same participant, term and subject.',
      ({ subject, term, id, first }) => `${subject} in ${term} for participant ${id} is already graded on line ${first}`,
      ({ first, line }) => `One row per participant, term and subject: keep one of lines ${first} and ${line}.`,
    ),
    svAndSva: rule<{ id: string; term: string; otherLine: number }>(
      'grades.sv-and-sva',
      'warning',
      'A participant has both SV and SVA in the same term.',
      ({ id, term, otherLine }) => `participant ${id} has both SV and SVA in ${term} (line ${otherLine})`,
      'A pupil reads either Swedish (SV) or Swedish as a second language (SVA) in a term; check which one is right.',
    ),
  },
  dropouts: {
    unknownParticipant: unknownParticipant('dropouts'),
    beforeStart: rule<{ date: string; startLine: number }>(
      'dropouts.before-start',
      'error',
      "The interruption's date is before the participant's start_date.",
      ({ date, startLine }) => `date ${date} is before the participant's start_date (participants.csv line ${startLine})`,
      "An interruption during the project cannot precede the participant's start; check both dates.",
    ),
    returnedBeforeDate: rule<{ returned: string; date: string }>(
      'dropouts.returned-before-date',
      'error',
      'returned_date is before date.',
      ({ returned, date }) => `returned_date ${returned} is before the interruption's date ${date}`,
      'returned_date is when the participant came back to studies, after date; check both dates.',
    ),
  },
  // A municipality's photo (municipality.yaml `photo`, a file in its images/ folder): read through
  // the boundary (file.* rules), then judged by its headers (src/ingest/photo.ts).
  photo: {
    missingFile: rule<{ file: string }>(
      'photo.missing-file',
      'error',
      "municipality.yaml declares a photo that is not in the municipality's images/ folder.",
      ({ file }) => `the photo ${quote(file)} declared in municipality.yaml is not there`,
      'Put the photo in the images/ folder beside municipality.yaml, or correct photo.file (e.g. "images/verkstaden.jpg").',
    ),
    notAPhoto: rule(
      'photo.not-a-photo',
      'error',
      'The declared photo is neither a JPEG nor a PNG file (judged by its first bytes, not its name).',
      () => 'the file is neither a JPEG nor a PNG image; its content is not shown',
      'Save the photo as JPEG (or PNG) and point photo.file at it.',
    ),
    damaged: rule<{ format: string; detail: string }>(
      'photo.damaged',
      'error',
      'The declared photo is a JPEG or PNG whose structure is broken (truncated, or no image size).',
      ({ format, detail }) => `the ${format.toUpperCase()} file is damaged: ${detail}`,
      'Export the photo again from the original.',
    ),
    tooManyPixels: rule<{ width: number; height: number; maxPixels: number; maxSide: number }>(
      'photo.too-many-pixels',
      'error',
      'The declared photo claims more than 40 megapixels or a side over 12 000 pixels (a decompression bomb is refused unread).',
      ({ width, height, maxPixels, maxSide }) =>
        `the photo declares ${width} × ${height} pixels, more than ${maxPixels / 1_000_000} megapixels or ${maxSide} pixels a side; it was not used`,
      'Scale the photo down, e.g. to 2 400 pixels wide: that prints sharp on an A4 cover.',
    ),
  },
  data: {
    personnummerPresent: rule<{ count: number; line: number }>(
      'data.personnummer-present',
      'warning',
      'The data folder lies inside a Git work tree and a person-id column holds personnummer (any form; one finding per file).',
      ({ count, line }) =>
        `${count} person ${plural(count, 'id')} in this file ${count === 1 ? 'is a personnummer' : 'are personnummer'} (the first on line ${line}), and the data folder lies inside a Git work tree, which keeps every committed version forever`,
      'Replace them with pseudonyms before committing: plugin-report pseudonymise --data DIR --key-file FILE (keep the key file outside the data folder; the same key gives the same pseudonyms).',
    ),
  },
  narrative: {
    missing: rule<{ missing: readonly string[]; total: number; dir: string }>(
      'narrative.missing',
      'warning',
      'Report questions of the file that are answered neither in its narrative: nor as narrative/<key>.md (one finding per file).',
      ({ missing, total }) =>
        `${missing.length} of ${total} report ${plural(total, 'question')} ${missing.length === 1 ? 'is' : 'are'} unanswered: ${list(missing)}`,
      ({ dir }) =>
        `Answer each under narrative: in this file, or write it as ${dir}narrative/<key>.md; until then the documents say "Frågan har inte besvarats i underlaget" or leave the section out.`,
    ),
    unknownFile: rule<{ name: string; meant: string | undefined; keys: readonly string[] }>(
      'narrative.unknown-file',
      'warning',
      'A file in a narrative/ folder is not named after a report question (<key>.md); it is not read.',
      ({ name, meant }) =>
        `${quote(name)} answers no report question and is not read${meant !== undefined ? `; did you mean "${meant}"?` : ''}`,
      ({ meant, keys }) =>
        meant !== undefined
          ? `Rename the file to ${meant}.`
          : `Name each file after its question: ${list(keys.map((key) => `${key}.md`))}.`,
    ),
    bothWays: rule<{ key: string; yamlFile: string; line: number }>(
      'narrative.both-ways',
      'error',
      'A report question is answered both in the YAML file and as narrative/<key>.md.',
      ({ key, yamlFile, line }) => `${key} is answered both here and in ${yamlFile} (line ${line})`,
      ({ key, yamlFile }) => `Keep one answer: delete this file, or remove narrative.${key} from ${yamlFile}.`,
    ),
    smallCount: rule<{ where: string; phrase: string; minCount: number }>(
      'narrative.small-count',
      'warning',
      'Narrative text, a quote or an interview states a number of people from 1 to N−1 (N = disclosure.min_count, default 5).',
      ({ where, phrase, minCount }) => `${where}: "${phrase}" tells of fewer than ${minCount} people, which may identify them`,
      'Say it without the exact number (e.g. "några elever"), or leave the figure to the tables, where disclosure control protects it.',
    ),
  },
} as const;

/** `participant_id … is not in participants.csv`, for each file that refers to participants. */
function unknownParticipant(kind: 'grades' | 'dropouts') {
  return rule<{ id: string }>(
    `${kind}.unknown-participant`,
    'error',
    'The participant_id is not in participants.csv.',
    ({ id }) => `participant_id ${id} is not in participants.csv`,
    'Add the participant to participants.csv, or correct the id (it must be written the same way in both files).',
  );
}

/** The row rules of column values; which apply to a column follows from its type (FIELD_TYPE_RULES). */
export const FIELD_RULE = {
  missingValue: fieldRule<FieldParams & { name: string; description: string }>(
    'missing-value',
    'error',
    'A required column is empty in a row.',
    ({ columnName }) => `${columnName} is empty`,
    ({ name, description }) => `Every row needs a value in ${name}: ${description}`,
  ),
  invalidPersonId: fieldRule(
    'invalid-person-id',
    'error',
    'The id is neither a pseudonym nor a personnummer.',
    ({ columnName, shown }) => `${columnName} ${shown} is neither a pseudonym nor a personnummer`,
    'Use 1–64 letters, digits, "_", "-" or "." (e.g. "P0042"), or a personnummer such as YYMMDD-NNNN.',
  ),
  invalidPersonnummer: fieldRule<FieldParams & { problem: 'date' | 'check-digit' | 'form' }>(
    'invalid-personnummer',
    'error',
    'A personnummer with an impossible date or a wrong check digit, or not written in a standard form (contract v1.2 §9).',
    ({ columnName, shown, problem }) =>
      problem === 'form'
        ? `${columnName} ${shown} is a personnummer not written in a standard form`
        : `${columnName} ${shown} looks like a personnummer but its ${problem === 'check-digit' ? 'check digit is wrong' : 'date does not exist'}`,
    ({ problem }) =>
      problem === 'form'
        ? 'Write a personnummer as YYMMDD-NNNN or YYYYMMDD-NNNN (ASCII digits, "-" or "+" or nothing before the last four), or use a pseudonym that is not shaped like one.'
        : problem === 'check-digit'
          ? 'Check the number against the source system (a digit is probably mistyped), or use a pseudonym instead.'
          : 'Check the number against the source system, or use a pseudonym instead.',
  ),
  invalidDate: fieldRule<FieldParams & { wellWritten: boolean }>(
    'invalid-date',
    'error',
    'Not a date written YYYY-MM-DD, or a date that does not exist.',
    ({ columnName, shown, wellWritten }) => `${columnName} ${shown} is not a date ${wellWritten ? 'that exists' : 'written YYYY-MM-DD'}`,
    ({ wellWritten }) => (wellWritten ? 'Check the day and month.' : 'Write dates as YYYY-MM-DD, e.g. 2017-03-15.'),
  ),
  invalidBirthYear: fieldRule(
    'invalid-birth-year',
    'error',
    'birth_year is not four digits.',
    ({ columnName, shown }) => `${columnName} ${shown} is not a four-digit year`,
    'Write the year of birth with four digits, e.g. 2001.',
  ),
  invalidBoolean: fieldRule<FieldParams & { values: readonly string[] }>(
    'invalid-boolean',
    'error',
    'Not one of yes/no, ja/nej, true/false, 1/0.',
    ({ columnName, shown }) => `${columnName} ${shown} is not yes or no`,
    ({ values }) => `Use one of ${list(values)}, or leave it empty for no.`,
  ),
  invalidTerm: fieldRule(
    'invalid-term',
    'error',
    'Not HT or VT followed by a four-digit year.',
    ({ columnName, shown }) => `${columnName} ${shown} is not a term`,
    'Write HT (autumn) or VT (spring) followed by the year, e.g. HT2016 or VT2017.',
  ),
  unknownSubject: fieldRule<CodeParams>(
    'unknown-subject',
    'warning',
    'Not a subject code of the merit value; the row is not counted.',
    ({ columnName, shown }) => `${columnName} ${shown} is not a subject code of the merit value; the row is not counted`,
    ({ codes }) => `Use one of ${list(codes)}.`,
  ),
  invalidCode: fieldRule<CodeParams>(
    'invalid-code',
    'error',
    "A value outside the column's code list (or its Swedish aliases).",
    ({ columnName, shown }) => `${columnName} ${shown} is not one of the allowed values`,
    ({ codes, swedish }) => `Use one of ${list(codes)}${swedish.length > 0 ? ` (or in Swedish: ${list(swedish)})` : ''}.`,
  ),
} as const;

type CodeType = { [K in FieldType]: (typeof FIELD_TYPES)[K] extends { kind: 'code' } ? K : never }[FieldType];

/** The row rule of a code column: most are errors, an unknown subject is a warning (not counted). */
export const CODE_RULES: Record<CodeType, FieldRule<CodeParams>> = {
  target_group: FIELD_RULE.invalidCode,
  gender: FIELD_RULE.invalidCode,
  outcome: FIELD_RULE.invalidCode,
  subject: FIELD_RULE.unknownSubject,
  grade: FIELD_RULE.invalidCode,
  dropout_reason: FIELD_RULE.invalidCode,
  kaa_channel: FIELD_RULE.invalidCode,
  kaa_result: FIELD_RULE.invalidCode,
};

/** The row rules a value of each column type can break (besides missing-value). */
export const FIELD_TYPE_RULES: Record<FieldType, readonly FieldRule<never>[]> = {
  ...mapValues(CODE_RULES, (rule) => [rule]),
  person_id: [FIELD_RULE.invalidPersonId, FIELD_RULE.invalidPersonnummer],
  date: [FIELD_RULE.invalidDate],
  birth_year: [FIELD_RULE.invalidBirthYear],
  boolean: [FIELD_RULE.invalidBoolean],
  term: [FIELD_RULE.invalidTerm],
  // Any workshop id is read; whether it is declared is participants.unknown-workshop.
  slug: [],
};

function mapValues<K extends string, A, B>(record: Record<K, A>, f: (value: A) => B): Record<K, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value as A)])) as Record<K, B>;
}

/** The id of a row rule in a file: `<file kind>.<suffix>`. */
export function fieldRuleId(kind: CsvFileKind, rule: FieldRule<never>): string {
  return `${kind}.${rule.suffix}`;
}

function fieldRules(): Record<string, RuleSpec> {
  const rules: Record<string, RuleSpec> = {};
  for (const kind of CSV_FILE_KINDS) {
    rules[fieldRuleId(kind, FIELD_RULE.missingValue)] = spec(FIELD_RULE.missingValue);
    for (const column of CSV_SPECS[kind].columns) {
      for (const r of FIELD_TYPE_RULES[column.type]) rules[fieldRuleId(kind, r)] = spec(r);
    }
  }
  return rules;
}

const spec = (r: RuleSpec): RuleSpec => ({ severity: r.severity, description: r.description });

/** Every rule raised by its own constant (several constants may share an id, e.g. two wordings). */
export const FIXED_RULES: readonly Rule<never>[] = Object.values(RULE).flatMap((group) => Object.values(group) as Rule<never>[]);

function fixedRules(): Record<string, RuleSpec> {
  const rules: Record<string, RuleSpec> = {};
  for (const r of FIXED_RULES) {
    const known = rules[r.id];
    if (known && (known.severity !== r.severity || known.description !== r.description)) {
      throw new Error(`rule ${r.id} is catalogued twice with a different severity or description`);
    }
    rules[r.id] = spec(r);
  }
  return rules;
}

/** The severity of a rule id, or undefined for an id the catalogue lacks (unsorted: no ICU load). */
export function severityOf(ruleId: string): Severity | undefined {
  return ({ ...fixedRules(), ...fieldRules() } as Record<string, RuleSpec | undefined>)[ruleId]?.severity;
}

/**
 * The rules of the data folder's boundary and of YAML safety: links, pipes, encodings and bombs
 * cannot be committed as fixtures/broken cases, so the hostile corpus (test/e2e/hostile.test.ts)
 * proves these instead.
 */
export const BOUNDARY_RULE_IDS: readonly string[] = [
  ...new Set(
    [
      ...Object.values(RULE.file),
      RULE.csv.headerTooLong,
      RULE.csv.tooManyFields,
      RULE.csv.tooManyCells,
      RULE.config.yamlTag,
      RULE.config.yamlAliases,
    ].map((r) => r.id),
  ),
];

/**
 * Every rule id with its severity and description, sorted by file kind then name: the README's table.
 * Marked pure so esbuild leaves it out of the CLI, which never reads it (only docs and tests do):
 * evaluated at load, its localeCompare sort loaded ICU's collation data on every start, ~45 M
 * instructions (~2.5 %) of a cold `validate` of the fixtures.
 */
export const RULES: Record<string, RuleSpec> = /* @__PURE__ */ (() =>
  Object.fromEntries(Object.entries({ ...fixedRules(), ...fieldRules() }).sort(([a], [b]) => a.localeCompare(b))))();
