// Serialisation of the fixtures: CSV files in the export variants municipalities really produce
// (English/UTF-8, Swedish Excel in Windows-1252, UTF-8 with BOM, quoted, tab-separated) and YAML.
import YAML from 'yaml';

/**
 * The export variants. `headers`/`codes` say whether the Swedish header names and code aliases of
 * the data contract are used; `booleans` is the pair written for yes/no.
 */
export const VARIANTS = {
  en: {
    label: 'UTF-8, comma, LF, English headers and codes',
    encoding: 'utf8',
    bom: false,
    delimiter: ',',
    eol: '\n',
    headers: 'en',
    codes: 'en',
    booleans: ['yes', ''],
    quoteAll: false,
  },
  'en-quoted': {
    label: 'UTF-8, comma, CRLF, every field quoted, spelled-out English headers, booleans 1/0',
    encoding: 'utf8',
    bom: false,
    delimiter: ',',
    eol: '\r\n',
    headers: 'en-spaced',
    codes: 'en',
    booleans: ['1', '0'],
    quoteAll: true,
  },
  'en-tab': {
    label: 'UTF-8, tab, LF, English headers in another column order, booleans true/false, gender F/M',
    encoding: 'utf8',
    bom: false,
    delimiter: '\t',
    eol: '\n',
    headers: 'en',
    codes: 'en-short',
    booleans: ['true', 'false'],
    quoteAll: false,
    reorder: true,
  },
  'sv-excel': {
    label: 'Windows-1252, semicolon, CRLF, Swedish headers and code aliases (Swedish Excel "CSV")',
    encoding: 'cp1252',
    bom: false,
    delimiter: ';',
    eol: '\r\n',
    headers: 'sv',
    codes: 'sv',
    booleans: ['Ja', 'Nej'],
    quoteAll: false,
  },
  'sv-utf8-bom': {
    label: 'UTF-8 with BOM, semicolon, CRLF, Swedish headers and code aliases (Excel "CSV UTF-8")',
    encoding: 'utf8',
    bom: true,
    delimiter: ';',
    eol: '\r\n',
    headers: 'sv',
    codes: 'sv',
    booleans: ['ja', 'nej'],
    quoteAll: false,
  },
};

/** Canonical columns of each file (data contract §3–§6), with the header names per variant. */
const COLUMNS = {
  participants: [
    ['participant_id', 'Deltagar-ID', 'Participant ID'],
    ['workshop', 'Verkstad', 'Workshop'],
    ['target_group', 'Målgrupp', 'Target group'],
    ['gender', 'Kön', 'Gender'],
    ['birth_year', 'Födelseår', 'Birth year'],
    ['start_date', 'Startdatum', 'Start date'],
    ['end_date', 'Slutdatum', 'End date'],
    ['exit_outcome', 'Utfall', 'Exit outcome'],
    ['intensive_support', 'Fördjupat stöd', 'Intensive support'],
  ],
  grades: [
    ['participant_id', 'Deltagar-ID', 'Participant ID'],
    ['term', 'Termin', 'Term'],
    ['subject', 'Ämne', 'Subject'],
    ['grade', 'Betyg', 'Grade'],
  ],
  dropouts: [
    ['participant_id', 'Deltagar-ID', 'Participant ID'],
    ['date', 'Datum', 'Date'],
    ['reason', 'Orsak', 'Reason'],
    ['returned_date', 'Återkomst datum', 'Returned date'],
  ],
  kaa_contacts: [
    ['person_id', 'KAA-ID', 'Person ID'],
    ['contact_date', 'Kontaktdatum', 'Contact date'],
    ['channel', 'Kontaktsätt', 'Channel'],
    ['result', 'Resultat', 'Result'],
    ['gender', 'Kön', 'Gender'],
  ],
};

/** The tab variant shows that column order is free. */
const REORDERED = {
  participants: [
    'participant_id',
    'gender',
    'birth_year',
    'workshop',
    'target_group',
    'start_date',
    'end_date',
    'exit_outcome',
    'intensive_support',
  ],
  grades: ['participant_id', 'subject', 'term', 'grade'],
  dropouts: ['participant_id', 'reason', 'date', 'returned_date'],
  kaa_contacts: ['person_id', 'result', 'channel', 'contact_date', 'gender'],
};

/** Swedish code aliases as people type them; the contract matches them after folding (å ä → a, ö → o, space → _). */
const SWEDISH_CODES = {
  gender: { female: 'Kvinna', male: 'Man' },
  reason: {
    deported: 'Utvisning',
    moved: 'Flytt',
    age_reassessed: 'Åldersuppskrivning',
    in_hiding: 'Gömd',
    wrong_programme: 'Fel studieval',
    employment: 'Arbete',
    health: 'Hälsa',
    other: 'Annat',
    unknown: 'Okänt',
  },
  channel: {
    letter: 'Brev',
    sms: 'Sms',
    phone: 'Telefon',
    email: 'E-post',
    social_media: 'Sociala medier',
    home_visit: 'Hembesök',
    meeting: 'Möte',
  },
  result: { reached: 'Nådd', not_reached: 'Ej nådd', declined: 'Avböjt' },
};

function formatValue(column, value, variant) {
  if (value === undefined || value === null) return '';
  if (column === 'intensive_support') return value ? variant.booleans[0] : variant.booleans[1];
  if (variant.codes === 'sv' && column in SWEDISH_CODES) return SWEDISH_CODES[column][value] ?? String(value);
  if (variant.codes === 'en-short' && column === 'gender') return value === 'female' ? 'F' : 'M';
  return String(value);
}

function quote(field, variant) {
  const needs = variant.quoteAll || field.includes(variant.delimiter) || field.includes('"') || /[\r\n]/.test(field);
  return needs ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * Renders one CSV file. `rows` are objects keyed by the canonical column names; `columns`
 * (optional) limits the file to those canonical columns, e.g. kaa_contacts without gender.
 */
export function renderCsv(kind, rows, variantName, { columns } = {}) {
  const variant = VARIANTS[variantName];
  if (!variant) throw new Error(`unknown CSV variant ${variantName}`);
  let spec = COLUMNS[kind];
  if (columns) spec = spec.filter(([name]) => columns.includes(name));
  if (variant.reorder) {
    const order = REORDERED[kind];
    spec = [...spec].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  }
  const headerIndex = variant.headers === 'sv' ? 1 : variant.headers === 'en-spaced' ? 2 : 0;
  const lines = [spec.map((c) => quote(c[headerIndex], variant)).join(variant.delimiter)];
  for (const row of rows) {
    lines.push(spec.map(([name]) => quote(formatValue(name, row[name], variant), variant)).join(variant.delimiter));
  }
  const text = lines.map((line) => line + variant.eol).join('');
  return encode(text, variant);
}

/** Windows-1252 for the characters Swedish exports contain; anything else is a generator bug. */
const CP1252 = new Map([
  ['å', 0xe5],
  ['ä', 0xe4],
  ['ö', 0xf6],
  ['Å', 0xc5],
  ['Ä', 0xc4],
  ['Ö', 0xd6],
  ['é', 0xe9],
  ['É', 0xc9],
  ['ü', 0xfc],
]);

export function encodeCp1252(text) {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes[i] = code;
    else if (CP1252.has(ch)) bytes[i] = CP1252.get(ch);
    else throw new Error(`character ${JSON.stringify(ch)} has no Windows-1252 byte in the generator's table`);
  }
  return bytes;
}

function encode(text, variant) {
  if (variant.encoding === 'cp1252') return encodeCp1252(text);
  const body = Buffer.from(text, 'utf8');
  return variant.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/**
 * YAML text of a config object. Dates and digit codes are double-quoted so that every YAML
 * reader (1.1 or 1.2) sees strings, never Date objects or numbers that lose a leading zero.
 */
export function renderYaml(object, headerComment) {
  const doc = new YAML.Document(object);
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^(\d{4}-\d{2}-\d{2}|\d+)$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  if (headerComment) doc.commentBefore = headerComment;
  return Buffer.from(doc.toString({ lineWidth: 0 }), 'utf8');
}
