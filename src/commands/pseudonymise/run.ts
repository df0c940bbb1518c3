// Finding the data folder's tables (CSV or workbooks), reading them through the boundary, and
// writing them back: in place (each file atomically: a temp file beside it, then a rename) or into
// a copy of the whole folder. Every table is read and rewritten before the first one is written,
// so bad input leaves the folder as it was.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFolder } from '../../boundary/data-folder.js';
import { MAX_XLSX_BYTES } from '../../boundary/limits.js';
import type { BoundaryProblems } from '../../boundary/problems.js';
import { readChecked } from '../../boundary/read.js';
import { UserError } from '../../errors.js';
import { CSV_FILE_KINDS, CSV_SPECS, type CsvFileKind } from '../../schema/csv.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { csvTable } from './csv-table.js';
import { type PseudonymLedger, type TableEdits, PseudonymCollision, planPseudonyms } from './rewrite.js';
import { xlsxTable } from './xlsx-table.js';

/** Far above a real export; the whole file is rewritten in memory. */
const MAX_TABLE_BYTES = 1 << 30;

export interface PseudonymiseResult {
  files: string[];
  pseudonyms: number;
}

/** One table file of a municipality, data-folder-relative. */
interface TableFile {
  kind: CsvFileKind;
  file: string;
  xlsx: boolean;
}

/** A table read for the plan: its records, and the bytes with the plan's edits made. */
interface ReadTable {
  file: string;
  records: string[][];
  apply(edits: TableEdits): Promise<Buffer>;
}

const subfolders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();

/** Each municipality folder (region/municipality, data-folder-relative) with its table files. */
function municipalityTables(root: string): { folder: string; tables: TableFile[] }[] {
  const found = [];
  for (const region of subfolders(root)) {
    for (const municipality of subfolders(join(root, region))) {
      const folder = `${region}/${municipality}`;
      const names = new Set(readdirSync(join(root, folder)));
      const tables: TableFile[] = [];
      for (const kind of CSV_FILE_KINDS) {
        const csv = CSV_SPECS[kind].fileName;
        const xlsx = csv.replace(/\.csv$/, '.xlsx');
        if (names.has(csv) && names.has(xlsx)) {
          // validate refuses this too (csv.both-forms): which of the two would the figures come from?
          throw new UserError('DataInvalid', `${folder}: both ${csv} and ${xlsx}; nothing was changed.`, {
            hint: 'Keep one of the two files (run plugin-report validate to see the rest), then run pseudonymise again.',
          });
        }
        if (names.has(csv)) tables.push({ kind, file: `${folder}/${csv}`, xlsx: false });
        else if (names.has(xlsx)) tables.push({ kind, file: `${folder}/${xlsx}`, xlsx: true });
      }
      if (tables.length > 0) found.push({ folder, tables });
    }
  }
  return found;
}

function readBytes(data: DataFolder, { file, xlsx }: TableFile): Buffer {
  const refusals: string[] = [];
  const sink = {
    refused<K extends keyof BoundaryProblems>(kind: K, _file: string, facts: BoundaryProblems[K]) {
      refusals.push(`${kind} ${JSON.stringify(facts)}`);
    },
  };
  // A workbook with the reader's caps (size, zip directory and expansion); a CSV file whole.
  const checked = xlsx
    ? readChecked(data, file, { format: 'XLSX', wholeFileBytes: MAX_XLSX_BYTES, maxBytes: MAX_XLSX_BYTES }, sink)
    : readChecked(data, file, { format: 'CSV', wholeFileBytes: MAX_TABLE_BYTES, maxBytes: MAX_TABLE_BYTES }, sink);
  if (checked.kind === 'bytes') return checked.bytes;
  throw new UserError('DataInvalid', `${file}: cannot be read (${refusals.join('; ') || checked.kind}); nothing was changed.`);
}

function encodingOf(bytes: Buffer): 'utf-8' | 'latin1' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'latin1';
  }
}

async function readTable(data: DataFolder, table: TableFile): Promise<ReadTable> {
  const bytes = readBytes(data, table);
  if (table.xlsx) {
    try {
      return { file: table.file, ...(await xlsxTable(bytes)) };
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError('DataInvalid', `${table.file}: cannot be read as a workbook; nothing was changed.`, {
        hint: 'Open it in Excel and save it again as an Excel workbook (.xlsx), or run plugin-report validate to see why.',
      });
    }
  }
  const csv = csvTable({ text: bytes.toString('latin1'), encoding: encodingOf(bytes) });
  return { file: table.file, records: csv.records, apply: async (edits) => Buffer.from(csv.apply(edits), 'latin1') };
}

export async function pseudonymiseFolder(data: DataFolder, key: Uint8Array, out: string | undefined): Promise<PseudonymiseResult> {
  const ledger: PseudonymLedger = new Map();
  const writes: { file: string; bytes: Buffer }[] = [];
  for (const { folder, tables: files } of municipalityTables(data.root)) {
    const tables = await Promise.all(files.map((file) => readTable(data, file)));
    let plans: (TableEdits | undefined)[];
    try {
      plans = planPseudonyms(
        tables.map((table, i) => ({ kind: files[i]!.kind, records: table.records })),
        key,
        ledger,
      );
    } catch (error) {
      if (!(error instanceof PseudonymCollision)) throw error;
      throw new UserError('DataInvalid', `Two ids got one pseudonym in ${folder}; nothing was changed.`, {
        hint: 'This is astronomically unlikely with a random key: create a new key with --new-key and run again.',
      });
    }
    for (const [i, table] of tables.entries()) {
      const edits = plans[i];
      if (edits && (edits.cells.length > 0 || edits.addedGender)) writes.push({ file: table.file, bytes: await table.apply(edits) });
    }
  }
  if (out !== undefined) copyFolder(data.root, out);
  for (const { file, bytes } of writes) await writeFileAtomic(join(out ?? data.root, file), bytes);
  return { files: writes.map((w) => w.file), pseudonyms: ledger.size };
}

/** The whole data folder into `out` (new or empty), links kept as links, Git's folder left out. */
function copyFolder(from: string, out: string): void {
  const existing = statSync(out, { throwIfNoEntry: false });
  if (existing && (!existing.isDirectory() || readdirSync(out).length > 0)) {
    throw new UserError('TargetNotEmpty', `--out ${out} exists and is not an empty folder; nothing was written.`, {
      hint: 'Choose a new or empty folder for --out, or leave --out out to pseudonymise in place.',
    });
  }
  cpSync(from, out, { recursive: true, verbatimSymlinks: true, filter: (source) => !relative(from, source).split(sep).includes('.git') });
}
