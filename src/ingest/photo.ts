// A municipality's photo, read by its headers only: the format from the magic bytes, the pixel
// size from the header (a JPEG's SOF segment, a PNG's IHDR chunk), and a copy with every segment
// or chunk that may carry metadata (EXIF with GPS positions, XMP, comments, text chunks) left out.
// Nothing is decoded, so a "decompression bomb" (a small file that declares a huge image) is
// refused by its declared size before any browser decodes it. Pure: bytes in, a verdict out.

/** Pixels a brochure photo may declare: 40 megapixels, far above print needs (A4 at 300 dpi ≈ 9 MP). */
export const MAX_PHOTO_PIXELS = 40_000_000;
/** The longest side a photo may declare; beyond it the image is refused like a bomb. */
export const MAX_PHOTO_SIDE = 12_000;

export type PhotoFormat = 'jpeg' | 'png';

export type PhotoVerdict =
  | { kind: 'ok'; format: PhotoFormat; width: number; height: number; stripped: Buffer }
  /** Neither JPEG nor PNG by its first bytes. */
  | { kind: 'not-a-photo' }
  /** JPEG or PNG by its signature, but its structure is broken or its size is missing. */
  | { kind: 'damaged'; format: PhotoFormat; detail: string }
  /** Declares more pixels (or a longer side) than allowed. */
  | { kind: 'too-many-pixels'; format: PhotoFormat; width: number; height: number };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function photoFormat(bytes: Uint8Array): PhotoFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(PNG_SIGNATURE)) return 'png';
  return null;
}

/** Checks a photo's bytes and returns its size and a copy without metadata, or why it is refused. */
export function inspectPhoto(bytes: Buffer): PhotoVerdict {
  const format = photoFormat(bytes);
  if (format === null) return { kind: 'not-a-photo' };
  const walked = format === 'jpeg' ? walkJpeg(bytes) : walkPng(bytes);
  if (typeof walked === 'string') return { kind: 'damaged', format, detail: walked };
  const { width, height } = walked;
  if (width === 0 || height === 0) return { kind: 'damaged', format, detail: 'it declares no pixels' };
  if (width * height > MAX_PHOTO_PIXELS || width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE) {
    return { kind: 'too-many-pixels', format, width, height };
  }
  return { kind: 'ok', format, width, height, stripped: walked.stripped };
}

interface Walked {
  width: number;
  height: number;
  stripped: Buffer;
}

// ---------------------------------------------------------------------------------------------
// JPEG: SOI, then segments "FF marker length(2) data" up to SOS, whose entropy-coded data runs to
// the end. Kept: the frame and tables, JFIF (APP0) and Adobe (APP14, it says how the colours are
// coded). Left out: APP1–APP13 and APP15 (EXIF with GPS, XMP, ICC, Photoshop IRB) and comments.

/** Start-of-frame markers, whose segment holds the image's height and width. */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const SOS = 0xda;
const EOI = 0xd9;

function keepJpegSegment(marker: number, data: Buffer): boolean {
  if (marker === 0xfe) return false; // COM
  if (marker === 0xe0) return data.subarray(0, 5).toString('latin1') === 'JFIF\0';
  if (marker === 0xee) return data.subarray(0, 5).toString('latin1') === 'Adobe';
  return marker < 0xe1 || marker > 0xef; // APP1–APP15 carry metadata
}

function walkJpeg(bytes: Buffer): Walked | string {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let size: { width: number; height: number } | null = null;
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return `no segment marker at byte ${at}`;
    let markerAt = at + 1;
    while (bytes[markerAt] === 0xff) markerAt++; // fill bytes
    const marker = bytes[markerAt];
    if (marker === undefined) return 'it ends inside a segment marker';
    if (marker === EOI) {
      parts.push(bytes.subarray(at, markerAt + 1));
      break;
    }
    const length = bytes.readUInt16BE(Math.min(markerAt + 1, bytes.length - 2));
    const end = markerAt + 1 + length;
    if (length < 2 || end > bytes.length) return 'a segment runs past the end of the file';
    const data = bytes.subarray(markerAt + 3, end);
    if (SOF_MARKERS.has(marker)) {
      if (data.length < 5) return 'its frame header is too short';
      size = { height: data.readUInt16BE(1), width: data.readUInt16BE(3) };
    }
    if (marker === SOS) {
      // The scan and everything after it (more scans, EOI) are image data: kept as they are.
      parts.push(bytes.subarray(at));
      break;
    }
    if (keepJpegSegment(marker, data)) parts.push(bytes.subarray(at, end));
    at = end;
  }
  if (size === null) return 'it has no frame header with the image size';
  return { ...size, stripped: Buffer.concat(parts) };
}

// ---------------------------------------------------------------------------------------------
// PNG: the signature, then chunks "length(4) type(4) data crc(4)", IHDR first, IEND last. Kept:
// the chunks that draw the image; left out: text (tEXt, zTXt, iTXt), EXIF (eXIf), time (tIME) and
// any other ancillary chunk we do not know.

const PNG_KEPT = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs', 'bKGD']);

function walkPng(bytes: Buffer): Walked | string {
  const parts: Buffer[] = [bytes.subarray(0, 8)];
  let size: { width: number; height: number } | null = null;
  let at = 8;
  let ended = false;
  while (at < bytes.length && !ended) {
    if (at + 12 > bytes.length) return 'a chunk runs past the end of the file';
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const end = at + 12 + length;
    if (end > bytes.length) return `the ${type} chunk runs past the end of the file`;
    if (at === 8) {
      if (type !== 'IHDR' || length < 8) return 'it does not start with an IHDR chunk';
      size = { width: bytes.readUInt32BE(at + 8), height: bytes.readUInt32BE(at + 12) };
    }
    if (PNG_KEPT.has(type)) parts.push(bytes.subarray(at, end));
    ended = type === 'IEND';
    at = end;
  }
  if (size === null) return 'it has no IHDR chunk with the image size';
  if (!ended) return 'it has no IEND chunk';
  return { ...size, stripped: Buffer.concat(parts) };
}
