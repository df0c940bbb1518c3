// After one municipality's data changes, only its region's pattern and the nation's are solved
// again: every other region's pattern comes from the cache, keyed by the region's content hash.
// (Counts what the cache is asked and given; no timing.)
import { describe, expect, it } from 'vitest';
import { aggregate, computeMunicipality, type Unit } from '../indicators/index.js';
import { data, dropout, municipalityConfig, participant } from '../indicators/test-helpers/make.js';
import type { PatternCache } from './cache.js';
import { disclose } from './disclose.js';

/** A municipality of `size` participants, some of them small groups (so there is something to hide). */
function municipality(id: string, size: number): Unit {
  const people = Array.from({ length: size }, (_, i) =>
    participant(`${id}-p${i}`, {
      workshop: i % 3 === 0 ? 'w2' : 'w1',
      gender: i % 4 === 0 ? 'female' : 'male',
      ...(i % 5 === 0 ? { endDate: '2017-06-01', exitOutcome: i % 10 === 0 ? 'employment' : 'national_programme' } : {}),
    }),
  );
  return computeMunicipality(data(people, { dropouts: [dropout(`${id}-p1`, '2017-02-01', 'moved')] }), municipalityConfig(id));
}

function nation(sizes: Record<string, number[]>): Unit {
  const regions = Object.entries(sizes).map(([r, ms]) =>
    aggregate(
      'region',
      r,
      r.toUpperCase(),
      ms.map((size, i) => municipality(`${r}-m${i}`, size)),
    ),
  );
  return aggregate('nation', 'nation', 'Riket', regions);
}

/** An in-memory cache that records which kinds of keys were written. */
function recordingCache() {
  const store = new Map<string, Uint8Array>();
  const written: string[] = [];
  const cache: PatternCache = {
    get: async (key) => store.get(key),
    set: async (key, value) => {
      written.push(key);
      store.set(key, value);
    },
  };
  return { cache, written, clear: () => written.splice(0) };
}

describe('incremental disclosure control', () => {
  it('solves only the changed region and the nation again', async () => {
    const before = { r1: [12, 7], r2: [9, 14], r3: [11, 6] };
    const { cache, written, clear } = recordingCache();
    const first = await disclose([nation(before)], 5, { cache });
    expect(written.filter((k) => k.startsWith('region-'))).toHaveLength(3);
    expect(written.filter((k) => k.startsWith('nation-'))).toHaveLength(1);

    // The same data again: nothing is solved, nothing written, the same pattern.
    clear();
    const again = await disclose([nation(before)], 5, { cache });
    expect(written).toEqual([]);
    expect(again.lps).toBe(0);
    expect([...again.hidden]).toEqual([...first.hidden]);

    // One municipality of r2 changes: r2 and the nation are solved again, r1 and r3 are not.
    clear();
    const changed = await disclose([nation({ ...before, r2: [9, 15] })], 5, { cache });
    expect(written.filter((k) => k.startsWith('region-'))).toHaveLength(1);
    expect(written.filter((k) => k.startsWith('nation-'))).toHaveLength(1);
    expect(written).toHaveLength(2);
    // r1's and r3's cells keep their pattern: the model's cells of those regions are hidden alike.
    const pattern = (d: typeof first, region: string) => d.model.cells.flatMap((c, id) => (c.region === region ? [d.hidden[id]] : []));
    expect(pattern(changed, 'r1')).toEqual(pattern(first, 'r1'));
    expect(pattern(changed, 'r3')).toEqual(pattern(first, 'r3'));
  }, 300_000);

  it('gives the same patterns whatever the number of threads the regions are solved on', async () => {
    const sizes = { r1: [12, 7], r2: [9, 14], r3: [11, 6] };
    const asked = process.env['PLUGIN_REPORT_DISCLOSURE_THREADS'];
    try {
      process.env['PLUGIN_REPORT_DISCLOSURE_THREADS'] = '1';
      const one = await disclose([nation(sizes)], 5);
      // Three threads: with a build (dist/disclosure-worker.js) each region in a worker of its own.
      process.env['PLUGIN_REPORT_DISCLOSURE_THREADS'] = '3';
      const three = await disclose([nation(sizes)], 5);
      expect(one.hidden.reduce((s, h) => s + h, 0)).toBeGreaterThan(0);
      expect([...three.hidden]).toEqual([...one.hidden]);
      expect(three.lps).toBe(one.lps);
    } finally {
      if (asked === undefined) delete process.env['PLUGIN_REPORT_DISCLOSURE_THREADS'];
      else process.env['PLUGIN_REPORT_DISCLOSURE_THREADS'] = asked;
    }
  }, 300_000);
});
