// Finds the table files of a data folder for `schema --format datapackage`: <region>/<municipality>/
// <table>.csv or .xlsx, read only through the boundary (no file outside the data folder, no link
// out of it). A CSV's first bytes tell its encoding and delimiter the way the reader decides them.
import { isUtf8 } from 'node:buffer';
import type { DataFolder, Entry } from '../../boundary/data-folder.js';
import { detectDelimiter } from '../../ingest/reader.js';
import { CSV_FILE_KINDS, CSV_SPECS } from '../../schema/csv.js';
import type { TableFile } from '../../schema/data-package.js';

/** Enough of a file for its header line; a longer header still gets a delimiter from what is there. */
const PREFIX_BYTES = 1 << 16;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** BOM → UTF-8; valid UTF-8 → UTF-8; otherwise Windows-1252 (data contract §2). */
function encodingOf(prefix: Buffer, whole: boolean): 'utf-8' | 'windows-1252' {
  if (prefix.subarray(0, 3).equals(BOM)) return 'utf-8';
  // A cut prefix may end inside a multi-byte character: leave its last three bytes out.
  const checked = whole ? prefix : prefix.subarray(0, Math.max(0, prefix.length - 3));
  return isUtf8(checked) ? 'utf-8' : 'windows-1252';
}

function sniffCsv(folder: DataFolder, entry: Extract<Entry, { kind: 'file' }>, path: string, kind: TableFile['kind']): TableFile {
  const prefix = folder.readPrefix(entry, PREFIX_BYTES);
  const encoding = encodingOf(prefix, prefix.length < PREFIX_BYTES);
  const text = new TextDecoder(encoding).decode(prefix);
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return { path, kind, format: 'csv', encoding, delimiter: detectDelimiter(header) };
}

const folders = (folder: DataFolder, rel: string): string[] => {
  const names = folder.list(rel);
  if (!Array.isArray(names)) return [];
  return names.filter((name) => !name.startsWith('.') && folder.inspect(rel === '' ? name : `${rel}/${name}`).kind === 'directory').sort();
};

/** Every table file in region/municipality folders, in path order, each kind in CSV_SPECS order. */
export function findTableFiles(folder: DataFolder): TableFile[] {
  const files: TableFile[] = [];
  // A region folder has a region.yaml (other folders, e.g. test cases, are not data).
  const regions = folders(folder, '').filter((region) => folder.inspect(`${region}/region.yaml`).kind === 'file');
  for (const region of regions) {
    for (const municipality of folders(folder, region)) {
      for (const kind of CSV_FILE_KINDS) {
        const csvName = CSV_SPECS[kind].fileName;
        for (const name of [csvName, csvName.replace(/\.csv$/, '.xlsx')]) {
          const path = `${region}/${municipality}/${name}`;
          const entry = folder.inspect(path);
          if (entry.kind !== 'file') continue;
          files.push(name.endsWith('.csv') ? sniffCsv(folder, entry, path, kind) : { path, kind, format: 'xlsx' });
        }
      }
    }
  }
  return files;
}
