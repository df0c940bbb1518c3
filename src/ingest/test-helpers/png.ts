// Hand-built PNG files for the photo tests: the checks read structure only, so chunks with the
// right lengths are all a test needs (no pixel data is ever decoded, and the CRC is not checked:
// Chromium does).

export function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]);
}

export function ihdr(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8;
  data[9] = 2;
  return chunk('IHDR', data);
}

const PNG_SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const png = (...chunks: Buffer[]): Buffer => Buffer.concat([PNG_SIG, ...chunks]);
export const IDAT = chunk('IDAT', Buffer.from([1, 2, 3]));
export const IEND = chunk('IEND', Buffer.alloc(0));

/** A whole PNG of `width` × `height` pixels, with a tEXt chunk for each of `text`. */
export function pngOf(width: number, height: number, ...text: Buffer[]): Buffer {
  return png(ihdr(width, height), ...text.map((t) => chunk('tEXt', t)), IDAT, IEND);
}
