// A generated cover photo for the fixtures: an abstract landscape (sky, sun, three hills) as a PNG,
// drawn pixel by pixel and deflated with Node's zlib, so the generator stays deterministic and the
// fixtures need no photo of anyone. It shows no person, as municipality.yaml's statement says.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const mix = (a, b, t) => Math.round(a + (b - a) * t);

/** The landscape, `width` × `height` RGB pixels, as PNG bytes. */
export function landscapePng(width = 960, height = 400) {
  const hills = [
    { base: 0.62, amp: 0.08, freq: 1.3, phase: 0.4, colour: [122, 165, 150] },
    { base: 0.72, amp: 0.06, freq: 2.1, phase: 1.7, colour: [72, 128, 116] },
    { base: 0.84, amp: 0.05, freq: 2.9, phase: 2.9, colour: [38, 92, 86] },
  ];
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const u = x / width;
      const v = y / height;
      // Sky: pale yellow at the horizon to a light blue above; a sun low on the right.
      let rgb = [mix(170, 250, v * 1.4 > 1 ? 1 : v * 1.4), mix(205, 228, v), mix(230, 170, v)];
      const sun = Math.hypot(u - 0.76, (v - 0.42) * (height / width));
      if (sun < 0.045) rgb = [255, 236, 170];
      for (const h of hills) {
        const top = h.base - h.amp * Math.sin(u * Math.PI * h.freq + h.phase);
        if (v >= top) rgb = h.colour.map((c) => mix(c, c * 0.8, (v - top) * 2));
      }
      raw.set(rgb, row + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
