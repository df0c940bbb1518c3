// JSON Schema of a row of each table (participants, grades, dropouts, kaa_contacts), generated from
// the same specification the validator reads (CSV_SPECS and FIELD_TYPES), for editors, import
// tools and `plugin-report schema participants`. A row is an object keyed by the canonical column
// names, every value text as in the file; an empty optional value is allowed (it means missing).
// Codes are listed with their Swedish aliases; the tool matches them ignoring case (and å ä ö for
// most), which JSON Schema cannot say, so each property's description does.
import { BOOLEAN_VALUES } from './codes.js';
import { CSV_SPECS, type CsvColumnSpec, type CsvFileKind } from './csv.js';
import { BIRTH_YEAR_PATTERN, DATE_PATTERN, FIELD_TYPES, PSEUDONYM_PATTERN } from './fields.js';

const PERSONNUMMER_PATTERN = '^(\\d{6}|\\d{8})[-+]?\\d{4}$';
const TERM_JSON_PATTERN = '^([Hh][Tt]|[Vv][Tt])\\d{4}$';

const source = (pattern: RegExp) => pattern.source;

/** The JSON Schema of one column's value. */
function valueSchema(column: CsvColumnSpec): Record<string, unknown> {
  const field = FIELD_TYPES[column.type];
  const description = column.description.replace(/`/g, '');
  switch (field.kind) {
    case 'code': {
      const spellings = [...new Set([...field.codes, ...Object.keys(field.aliases)])];
      const match = field.match === 'exact' ? 'as written' : field.match === 'upper' ? 'in any case' : 'in any case, å ä as a and ö as o';
      return { type: 'string', enum: spellings, description: `${description} Matched ${match}.` };
    }
    case 'person-id':
      return { type: 'string', anyOf: [{ pattern: source(PSEUDONYM_PATTERN) }, { pattern: PERSONNUMMER_PATTERN }], description };
    case 'date':
      return { type: 'string', pattern: source(DATE_PATTERN), format: 'date', description };
    case 'year':
      return { type: 'string', pattern: source(BIRTH_YEAR_PATTERN), description };
    case 'term':
      return { type: 'string', pattern: TERM_JSON_PATTERN, description };
    case 'boolean':
      return { type: 'string', enum: Object.keys(BOOLEAN_VALUES), description: `${description} Matched in any case.` };
    case 'id':
      return { type: 'string', minLength: 1, description };
  }
}

export const TABLE_NAMES = Object.keys(CSV_SPECS) as CsvFileKind[];

export function tableJsonSchema(kind: CsvFileKind): Record<string, unknown> {
  const spec = CSV_SPECS[kind];
  const properties: Record<string, unknown> = {};
  for (const column of spec.columns) {
    const value = valueSchema(column);
    // Optional: empty means missing. Required: never empty.
    properties[column.name] = column.required
      ? { ...value, minLength: 1 }
      : { anyOf: [{ type: 'string', const: '' }, value], description: value.description };
    (properties[column.name] as Record<string, unknown>)['x-aliases'] = column.aliases;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://plugin-report.invalid/schema/${kind}.row.schema.json`,
    title: `plugin-report ${spec.fileName} (or ${spec.fileName.replace(/\.csv$/, '.xlsx')}): one row`,
    description: `${spec.description} Header names may be the column names or their aliases (x-aliases), in any order; an unknown column is a warning.`,
    type: 'object',
    properties,
    required: spec.columns.filter((c) => c.required).map((c) => c.name),
  };
}
