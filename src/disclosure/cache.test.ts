import { describe, expect, it } from 'vitest';
import { asFloats, cacheKey, defaultCacheDir, pack, unpack } from './cache.js';

describe('pattern cache', () => {
  it('packs a pattern and its witnesses and unpacks them unchanged', () => {
    const hidden = Uint8Array.from([1, 0, 0, 1, 1]);
    const up = Float64Array.from([5, 0, 0, 2.5, Infinity]);
    const [h, u] = unpack(pack([hidden, up]));
    expect([...h!]).toEqual([1, 0, 0, 1, 1]);
    expect([...asFloats(u!)]).toEqual([5, 0, 0, 2.5, Infinity]);
  });

  it('keys by N and content, and lives in the user cache folder', () => {
    expect(cacheKey('region', 5, '{"a":1}')).toBe(cacheKey('region', 5, '{"a":1}'));
    expect(cacheKey('region', 5, '{"a":1}')).not.toBe(cacheKey('region', 6, '{"a":1}'));
    expect(cacheKey('region', 5, '{"a":1}')).not.toBe(cacheKey('region', 5, '{"a":2}'));
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/plugin-report');
    expect(defaultCacheDir({})).toMatch(/\.cache\/plugin-report$/);
  });
});
