// Finding the data folder's tables, reading them through the boundary, and writing them back:
// in place (each file atomically: a temp file beside it, then a rename) or into a copy of the
// whole folder. Every table is read and rewritten before the first one is written, so bad input
// leaves the folder as it was.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFolder } from '../../boundary/data-folder.js';
import type { BoundaryProblems } from '../../boundary/problems.js';
import { readChecked } from '../../boundary/read.js';
import { UserError } from '../../errors.js';
import { CSV_FILE_KINDS, CSV_SPECS } from '../../schema/csv.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { type PseudonymLedger, type TableText, PseudonymCollision, pseudonymiseTables } from './rewrite.js';

/** Far above a real export; the whole file is rewritten in memory. */
const MAX_TABLE_BYTES = 1 << 30;

export interface PseudonymiseResult {
  files: string[];
  pseudonyms: number;
}

const subfolders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();

/** Each municipality folder (region/municipality, data-folder-relative) with its table files. */
function municipalityTables(root: string): { folder: string; kinds: (typeof CSV_FILE_KINDS)[number][] }[] {
  const found = [];
  for (const region of subfolders(root)) {
    for (const municipality of subfolders(join(root, region))) {
      const folder = `${region}/${municipality}`;
      const names = new Set(readdirSync(join(root, folder)));
      const xlsx = CSV_FILE_KINDS.map((k) => CSV_SPECS[k].fileName.replace(/\.csv$/, '.xlsx')).find((n) => names.has(n));
      if (xlsx !== undefined) {
        throw new UserError('DataInvalid', `${folder}/${xlsx}: pseudonymise rewrites CSV tables only; nothing was changed.`, {
          hint: 'Save the workbook as CSV (UTF-8) in its place, then run pseudonymise again.',
        });
      }
      const kinds = CSV_FILE_KINDS.filter((k) => names.has(CSV_SPECS[k].fileName));
      if (kinds.length > 0) found.push({ folder, kinds });
    }
  }
  return found;
}

function readTable(data: DataFolder, file: string): Buffer {
  const refusals: string[] = [];
  const sink = {
    refused<K extends keyof BoundaryProblems>(kind: K, _file: string, facts: BoundaryProblems[K]) {
      refusals.push(`${kind} ${JSON.stringify(facts)}`);
    },
  };
  const checked = readChecked(data, file, { format: 'CSV', wholeFileBytes: MAX_TABLE_BYTES, maxBytes: MAX_TABLE_BYTES }, sink);
  if (checked.kind === 'bytes') return checked.bytes;
  throw new UserError('DataInvalid', `${file}: cannot be read (${refusals.join('; ') || checked.kind}); nothing was changed.`);
}

function encodingOf(bytes: Buffer): TableText['encoding'] {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'latin1';
  }
}

export async function pseudonymiseFolder(data: DataFolder, key: Uint8Array, out: string | undefined): Promise<PseudonymiseResult> {
  const ledger: PseudonymLedger = new Map();
  const writes: { file: string; bytes: Buffer }[] = [];
  for (const { folder, kinds } of municipalityTables(data.root)) {
    const tables: TableText[] = kinds.map((kind) => {
      const bytes = readTable(data, `${folder}/${CSV_SPECS[kind].fileName}`);
      return { kind, text: bytes.toString('latin1'), encoding: encodingOf(bytes) };
    });
    let rewritten: string[];
    try {
      rewritten = pseudonymiseTables(tables, key, ledger);
    } catch (error) {
      if (!(error instanceof PseudonymCollision)) throw error;
      throw new UserError('DataInvalid', `Two ids got one pseudonym in ${folder}; nothing was changed.`, {
        hint: 'This is astronomically unlikely with a random key: create a new key with --new-key and run again.',
      });
    }
    kinds.forEach((kind, i) => {
      if (rewritten[i] !== tables[i]!.text)
        writes.push({ file: `${folder}/${CSV_SPECS[kind].fileName}`, bytes: Buffer.from(rewritten[i]!, 'latin1') });
    });
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
