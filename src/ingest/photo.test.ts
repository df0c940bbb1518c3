import { describe, expect, it } from 'vitest';
import { inspectPhoto, photoFormat } from './photo.js';
import { chunk, IDAT, IEND, ihdr, png } from './test-helpers/png.js';

// Hand-built files: the walker reads structure only, so segments and chunks with the right
// lengths are all a test needs (no pixel data is ever decoded); PNGs from test-helpers/png.ts.

function segment(marker: number, data: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

function sof(width: number, height: number): Buffer {
  const data = Buffer.alloc(6);
  data[0] = 8;
  data.writeUInt16BE(height, 1);
  data.writeUInt16BE(width, 3);
  data[5] = 1;
  return segment(0xc0, data);
}

const EXIF_GPS = segment(0xe1, Buffer.from('Exif\0\0GPSLatitude 55.6N', 'latin1'));
const XMP = segment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>creator</x:xmpmeta>', 'latin1'));
const COMMENT = segment(0xfe, Buffer.from('taken by a named person', 'latin1'));
const JFIF = segment(0xe0, Buffer.from('JFIF\0\x01\x02\0\0\x01\0\x01\0\0', 'latin1'));
const SCAN = Buffer.concat([
  segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
  Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56]),
  Buffer.from([0xff, 0xd9]),
]);

function jpeg(...segments: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8]), ...segments]);
}

describe('photoFormat', () => {
  it('tells JPEG and PNG by their magic bytes, and nothing else', () => {
    expect(photoFormat(jpeg(sof(10, 10)))).toBe('jpeg');
    expect(photoFormat(png(ihdr(1, 1)))).toBe('png');
    expect(photoFormat(Buffer.from('GIF89a'))).toBeNull();
    expect(photoFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(photoFormat(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});

describe('inspectPhoto: JPEG', () => {
  it('reads the size from the frame header and leaves out EXIF (GPS), XMP and comments', () => {
    const file = jpeg(JFIF, EXIF_GPS, XMP, COMMENT, sof(1600, 1200), SCAN);
    const v = inspectPhoto(file);
    expect(v).toMatchObject({ kind: 'ok', format: 'jpeg', width: 1600, height: 1200 });
    if (v.kind !== 'ok') return;
    const text = v.stripped.toString('latin1');
    expect(text).not.toContain('GPSLatitude');
    expect(text).not.toContain('xmpmeta');
    expect(text).not.toContain('named person');
    // What draws the image is kept byte for byte: JFIF, the frame, the scan to EOI.
    expect(v.stripped.equals(jpeg(JFIF, sof(1600, 1200), SCAN))).toBe(true);
  });

  it('refuses a decompression bomb by its declared size, before anything decodes it', () => {
    expect(inspectPhoto(jpeg(sof(65_000, 65_000), SCAN))).toEqual({
      kind: 'too-many-pixels',
      format: 'jpeg',
      width: 65_000,
      height: 65_000,
    });
    // 8 000 × 6 000 = 48 MP: over the pixel cap though each side is allowed.
    expect(inspectPhoto(jpeg(sof(8000, 6000), SCAN)).kind).toBe('too-many-pixels');
    expect(inspectPhoto(jpeg(sof(6000, 6000), SCAN)).kind).toBe('ok');
  });

  it('calls a truncated file or one without a frame header damaged', () => {
    expect(inspectPhoto(jpeg(segment(0xe1, Buffer.alloc(40)).subarray(0, 20)))).toMatchObject({ kind: 'damaged', format: 'jpeg' });
    expect(inspectPhoto(jpeg(JFIF, SCAN))).toMatchObject({ kind: 'damaged', detail: 'it has no frame header with the image size' });
    expect(inspectPhoto(jpeg(sof(0, 100), SCAN))).toMatchObject({ kind: 'damaged', detail: 'it declares no pixels' });
    expect(inspectPhoto(Buffer.concat([jpeg(JFIF), Buffer.from('garbage')]))).toMatchObject({ kind: 'damaged' });
  });
});

describe('inspectPhoto: PNG', () => {
  it('reads the size from IHDR and leaves out text, EXIF and time chunks', () => {
    const file = png(
      ihdr(800, 600),
      chunk('tEXt', Buffer.from('Author\0A Person', 'latin1')),
      chunk('eXIf', Buffer.from('GPS', 'latin1')),
      chunk('tIME', Buffer.alloc(7)),
      IDAT,
      chunk('iTXt', Buffer.from('XML:com.adobe.xmp\0', 'latin1')),
      IEND,
    );
    const v = inspectPhoto(file);
    expect(v).toMatchObject({ kind: 'ok', format: 'png', width: 800, height: 600 });
    if (v.kind === 'ok') expect(v.stripped.equals(png(ihdr(800, 600), IDAT, IEND))).toBe(true);
  });

  it('refuses a bomb, and calls a file without IHDR first or without IEND damaged', () => {
    expect(inspectPhoto(png(ihdr(100_000, 100_000), IDAT, IEND)).kind).toBe('too-many-pixels');
    expect(inspectPhoto(png(IDAT, ihdr(10, 10), IEND))).toMatchObject({ kind: 'damaged', detail: 'it does not start with an IHDR chunk' });
    expect(inspectPhoto(png(ihdr(10, 10), IDAT))).toMatchObject({ kind: 'damaged', detail: 'it has no IEND chunk' });
    expect(inspectPhoto(png(ihdr(10, 10), IDAT, IEND).subarray(0, 40))).toMatchObject({ kind: 'damaged' });
  });

  it('says a file that is neither is not a photo', () => {
    expect(inspectPhoto(Buffer.from('GIF89a........'))).toEqual({ kind: 'not-a-photo' });
  });
});
