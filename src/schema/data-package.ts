// A Frictionless Data Package descriptor (datapackage.json) of the table files in a data folder,
// generated from the validator's own specification (CSV_SPECS, FIELD_TYPES) so that import tools
// see the same columns, codes and keys the tool checks. Pure: the caller finds the files and
// sniffs each CSV's delimiter and encoding (src/commands/schema/data-package-files.ts).
// What Table Schema cannot say (codes matched ignoring case and å ä ö, a personnummer written in
// several forms being one person) is written in each field's description.
import { BOOLEAN_VALUES } from './codes.js';
import { CSV_SPECS, type CsvColumnSpec, type CsvFileKind } from './csv.js';
import { FIELD_TYPES } from './fields.js';

/** One table file found in the data folder. `path` is relative to the data folder, '/'-separated. */
export interface TableFile {
  path: string;
  kind: CsvFileKind;
  format: 'csv' | 'xlsx';
  /** CSV only: what the reader detected in this file. */
  delimiter?: string;
  encoding?: 'utf-8' | 'windows-1252';
}

/** The folder of a table file (region/municipality), the scope of its keys. */
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** A resource name the Data Package pattern accepts (lower case, '.', '_', '-', '/'). */
export function resourceName(path: string): string {
  return path
    .replace(/\.(csv|xlsx)$/i, '')
    .toLowerCase()
    .replace(/[^-a-z0-9._/]/g, '_');
}

/** The Table Schema field of one column; values stay strings where the tool reads more than the type's default. */
export function tableField(column: CsvColumnSpec): Record<string, unknown> {
  const field = FIELD_TYPES[column.type];
  const description = column.description.replace(/`/g, '');
  const constraints: Record<string, unknown> = column.required ? { required: true } : {};
  const base = { name: column.name, description, constraints };
  switch (field.kind) {
    case 'code': {
      // Aliases are accepted spellings of the codes, so the enum lists both.
      const spellings = [...new Set([...field.codes, ...Object.keys(field.aliases)])];
      const match = field.match === 'exact' ? 'as written' : field.match === 'upper' ? 'in any case' : 'in any case, å ä as a and ö as o';
      return { ...base, type: 'string', description: `${description} Matched ${match}.`, constraints: { ...constraints, enum: spellings } };
    }
    case 'boolean': {
      const values = Object.entries(BOOLEAN_VALUES);
      return {
        ...base,
        type: 'boolean',
        description: `${description} Matched in any case.`,
        trueValues: values.filter(([, value]) => value).map(([text]) => text),
        falseValues: values.filter(([, value]) => !value).map(([text]) => text),
      };
    }
    case 'date':
      // Table Schema's default date format is YYYY-MM-DD, the only one the tool reads.
      return { ...base, type: 'date', format: 'default' };
    case 'year':
      return { ...base, type: 'year' };
    case 'term':
      return { ...base, type: 'string', constraints: { ...constraints, pattern: '([Hh][Tt]|[Vv][Tt])\\d{4}' } };
    case 'person-id':
    case 'id':
      return { ...base, type: 'string' };
  }
}

/** Primary keys of the data contract: one participant per id, one grade per participant, term and subject. */
const PRIMARY_KEYS: Partial<Record<CsvFileKind, string[]>> = {
  participants: ['participant_id'],
  grades: ['participant_id', 'term', 'subject'],
};

/**
 * Tables whose participant_id must exist in the same municipality's participants. KAA contacts
 * are no such table: a young person on the KAA list need not be a participant.
 */
const REFERS_TO_PARTICIPANTS: CsvFileKind[] = ['grades', 'dropouts'];

export function tableSchema(file: TableFile, participants: TableFile | undefined): Record<string, unknown> {
  const spec = CSV_SPECS[file.kind];
  const schema: Record<string, unknown> = { fields: spec.columns.map(tableField), missingValues: [''] };
  const primaryKey = PRIMARY_KEYS[file.kind];
  if (primaryKey) schema.primaryKey = primaryKey;
  if (participants && REFERS_TO_PARTICIPANTS.includes(file.kind)) {
    schema.foreignKeys = [
      { fields: ['participant_id'], reference: { resource: resourceName(participants.path), fields: ['participant_id'] } },
    ];
  }
  return schema;
}

/** Where the resource paths are taken from: the descriptor's folder (data-folder paths when it lies in the data folder). */
export type DescriptorPath = (dataFolderPath: string) => string;

function resource(file: TableFile, participants: TableFile | undefined, pathOf: DescriptorPath): Record<string, unknown> {
  const spec = CSV_SPECS[file.kind];
  const csv =
    file.format === 'csv'
      ? {
          mediatype: 'text/csv',
          encoding: file.encoding ?? 'utf-8',
          dialect: { delimiter: file.delimiter ?? ',', doubleQuote: true, quoteChar: '"', header: true, skipInitialSpace: true },
        }
      : { mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  return {
    profile: 'tabular-data-resource',
    // The name stays the data-folder path (stable wherever the descriptor is written).
    name: resourceName(file.path),
    path: pathOf(file.path),
    format: file.format,
    ...csv,
    description: `${spec.description} Header names may also be the Swedish aliases of the columns; column order is free.`,
    schema: tableSchema(file, participants),
  };
}

/** The descriptor of the table files, in the order given. */
export function dataPackage(files: readonly TableFile[], pathOf: DescriptorPath = (path) => path): Record<string, unknown> {
  const participantsIn = new Map(files.filter((f) => f.kind === 'participants').map((f) => [folderOf(f.path), f]));
  return {
    profile: 'tabular-data-package',
    name: 'plugin-report-data',
    title: 'Plug In 2.0 municipal data',
    description:
      'The table files of a plugin-report data folder, described from the rules plugin-report validates them with ' +
      '(plugin-report schema --format datapackage). Keys hold within one municipality folder. A person id may be a ' +
      'personnummer in any of its written forms, which plugin-report treats as one person.',
    resources: files.map((file) => resource(file, participantsIn.get(folderOf(file.path)), pathOf)),
  };
}
