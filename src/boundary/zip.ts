// An xlsx file is a zip archive: before exceljs inflates one, its central directory is read here
// and the sizes its entries declare are checked against the caps (SECURITY.md), so a zip bomb (a
// few kilobytes that inflate to gigabytes) is refused unread. Only the directory at the end of
// the file is parsed; no entry is inflated.

export interface ZipSummary {
  entries: number;
  /** Sum of the entries' declared uncompressed sizes. */
  declaredBytes: number;
  /** Worksheets in the workbook (xl/worksheets/*.xml). */
  sheets: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The archive's directory, or why it is not a zip file that can be read (zip64 included: never needed here). */
export function inspectZip(bytes: Uint8Array): ZipSummary | { problem: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes plus a comment of at most 65535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { problem: 'it is not a zip archive (an xlsx file is one)' };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { problem: 'it is a zip64 archive, which is not read' };
  if (offset + size > end) return { problem: 'its zip directory is damaged' };
  let at = offset;
  let declaredBytes = 0;
  let sheets = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return { problem: 'its zip directory is damaged' };
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (uncompressed === 0xffffffff) return { problem: 'it is a zip64 archive, which is not read' };
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) sheets++;
    declaredBytes += uncompressed;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries: count, declaredBytes, sheets };
}
