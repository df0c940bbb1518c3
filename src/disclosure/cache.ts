// Patterns and audits cached by content hash (the region's computed figures, the tool version and
// N), in the user's cache folder: $XDG_CACHE_HOME/plugin-report, else ~/.cache/plugin-report, or
// --cache-dir. Never in, nor read from, the data folder: a pull request to the data must not be
// able to plant a weaker pattern.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../version.js';

export interface PatternCache {
  get(key: string): Promise<Uint8Array | undefined>;
  set(key: string, value: Uint8Array): Promise<void>;
}

/** The default cache folder of this user. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg && xdg.length > 0 ? xdg : join(homedir(), '.cache'), 'plugin-report');
}

/** Raised whenever the method changes what it hides, so no pattern of an older method is reused. */
const METHOD_REVISION = 3;

/** A hash of the tool version, the method, N and the given parts (figures as JSON, other keys). */
export function cacheKey(kind: string, n: number, ...parts: string[]): string {
  const hash = createHash('sha256').update(`${kind}\0${VERSION}\0${METHOD_REVISION}\0${n}`);
  for (const part of parts) hash.update('\0').update(part);
  return `${kind}-${hash.digest('hex')}`;
}

/** A folder of files named by key. A cache that cannot be read or written is simply not used. */
export function folderCache(dir: string): PatternCache {
  const folder = join(dir, 'disclosure-v1');
  return {
    async get(key) {
      try {
        return new Uint8Array(await readFile(join(folder, key)));
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      try {
        await mkdir(folder, { recursive: true });
        const temp = join(folder, `.${key}.${process.pid}.tmp`);
        await writeFile(temp, value);
        await rename(temp, join(folder, key));
      } catch {
        // A read-only home or a full disk costs only the next run's time.
      }
    },
  };
}

/** Packs byte and float arrays into one buffer (for the cache), and back. */
export function pack(parts: Array<Uint8Array | Float64Array>): Uint8Array {
  const header = new Uint32Array([parts.length, ...parts.map((p) => p.byteLength)]);
  const out = new Uint8Array(header.byteLength + parts.reduce((s, p) => s + p.byteLength + 8, 0));
  out.set(new Uint8Array(header.buffer), 0);
  let offset = header.byteLength;
  for (const p of parts) {
    offset = Math.ceil(offset / 8) * 8;
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), offset);
    offset += p.byteLength;
  }
  return out.subarray(0, offset);
}

export function unpack(buffer: Uint8Array): Uint8Array[] {
  const copy = new Uint8Array(buffer); // aligned
  const count = new Uint32Array(copy.buffer, 0, 1)[0]!;
  const sizes = new Uint32Array(copy.buffer, 4, count);
  let offset = 4 * (count + 1);
  const out: Uint8Array[] = [];
  for (const size of sizes) {
    offset = Math.ceil(offset / 8) * 8;
    out.push(copy.slice(offset, offset + size));
    offset += size;
  }
  return out;
}

export const asFloats = (bytes: Uint8Array) => new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
