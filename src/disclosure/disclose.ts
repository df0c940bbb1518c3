// The whole method (data contract §7, v1.2): each region's pattern from that region's data alone
// and closed within the region; then the nation, which takes every regional pattern as given and
// only hides nation cells, so that the national output and all regional outputs together pass.
import type { Unit } from '../indicators/types.js';
import { mark } from '../util/timing.js';
import { attack, type AttackResult } from './attack.js';
import { asFloats, cacheKey, pack, unpack, type PatternCache } from './cache.js';
import { primarySuppression } from './primary.js';
import { protect, type Witnesses } from './protect.js';
import type { RegionTask } from './region.js';
import { solveRegions } from './region-pool.js';
import { partnerScopes } from './scopes.js';
import { subModel, type SubModel } from './submodel.js';
import { unitModel, type UnitModel } from './units.js';

export interface Disclosure {
  n: number;
  model: UnitModel;
  /** 1 = hidden, per cell of `model`. */
  hidden: Uint8Array;
  /** 1 = hidden by the primary rules (the rest of `hidden` is secondary). */
  primary: Uint8Array;
  /** Linear programs solved to choose the pattern (0 when it came from the cache). */
  lps: number;
  /** The content hash of everything the pattern depends on (for caching what follows from it). */
  key: string;
}

export interface DiscloseOptions {
  pause?: () => Promise<void>;
  cache?: PatternCache;
}

/**
 * The suppression pattern of the given top units: regions (each closed on its own), or a nation
 * (its regions closed on their own, then the nation added).
 */
export async function disclose(tops: Unit[], n: number, options: DiscloseOptions = {}): Promise<Disclosure> {
  const model = unitModel(tops);
  const cells = model.cells;
  const primary = primarySuppression(model, model.rules, n);
  const hidden = primary.slice();
  let lps = 0;
  const carried: Witnesses = { up: new Float64Array(cells.length), down: new Float64Array(cells.length) };
  const regionUnits = tops.flatMap((top) => (top.level === 'nation' ? top.children : [top]));
  const regionKeys = regionUnits.map((unit) => cacheKey('region', n, JSON.stringify(unit)));
  const nation = tops.find((top) => top.level === 'nation');
  const key = nation ? cacheKey('nation', n, ...regionKeys, JSON.stringify(nation.figures)) : cacheKey('regions', n, ...regionKeys);
  // The other genders' cells of each split, hidden along with any of them (contract §7).
  const companions: number[][] = cells.map(() => []);
  for (const split of model.rules.genderSplits) for (const id of split) companions[id] = split.filter((other) => other !== id);
  if (n > 1) {
    const regions = [...new Set(cells.map((c) => c.region).filter((r): r is string => r !== null))];
    /** The regions not in the cache, solved side by side below. */
    const pending: Array<{ part: SubModel; regionKey: string | undefined; task: RegionTask }> = [];
    for (const [r, region] of regions.entries()) {
      const part = subModel(model, (id) => cells[id]!.region === region);
      // Each region's pattern depends on its own figures only, so it is cached on its own.
      const regionKey = regionUnits[r]?.id === region ? regionKeys[r] : undefined;
      const cached = regionKey ? await options.cache?.get(regionKey) : undefined;
      if (cached) {
        const [bytes, up, down] = unpack(cached);
        if (bytes && up && down && bytes.length === part.global.length) {
          const ups = asFloats(up);
          const downs = asFloats(down);
          part.global.forEach((id, i) => {
            hidden[id] = bytes[i]!;
            carried.up[id] = ups[i]!;
            carried.down[id] = downs[i]!;
          });
          continue;
        }
      }
      const local = new Map(part.global.map((id, i) => [id, i]));
      pending.push({
        part,
        regionKey,
        task: {
          model: part.model,
          keys: part.global.map((id) => model.keys[id]!),
          hidden: Uint8Array.from(part.global, (id) => hidden[id]!),
          companions: part.global.map((id) => companions[id]!.map((other) => local.get(other)!)),
          n,
        },
      });
    }
    const patterns = await solveRegions(
      pending.map((p) => p.task),
      options.pause,
    );
    if (pending.length > 0)
      mark(
        `disclosure: ${pending.length} region${pending.length === 1 ? '' : 's'} solved (${patterns.reduce((s, p) => s + p.lps, 0)} LPs)`,
      );
    for (const [k, { part, regionKey }] of pending.entries()) {
      const pattern = patterns[k]!;
      lps += pattern.lps;
      part.global.forEach((id, i) => {
        hidden[id] = pattern.hidden[i]!;
        carried.up[id] = pattern.up[i]!;
        carried.down[id] = pattern.down[i]!;
      });
      if (regionKey) await options.cache?.set(regionKey, pack([pattern.hidden, pattern.up, pattern.down]));
    }
    if (cells.some((c) => c.region === null)) {
      const cached = await options.cache?.get(key);
      if (cached && cached.length === cells.length) hidden.set(cached);
      else {
        const result = await protect(model, hidden, n, {
          candidate: (id) => cells[id]!.region === null,
          companions: (id) => companions[id]!,
          initial: carried,
          ...(options.pause ? { pause: options.pause } : {}),
        });
        lps += result.lps;
        mark(`disclosure: nation solved (${result.lps} LPs)`);
        await options.cache?.set(key, hidden);
      }
    }
  }
  return { n, model, hidden, primary, lps, key };
}

/** The attack on a disclosure: every output of the same data together. */
export function auditDisclosure(d: Disclosure, options: { pause?: () => Promise<void>; exactAll?: boolean } = {}): Promise<AttackResult> {
  // The parts protection looks in, then the cell's whole region: in a nation the components span
  // every region, and a region's part is still a fraction of a program over all of them.
  const scopes = partnerScopes(d.model.cells, d.model.keys, d.hidden, [3, 10, Infinity]);
  return attack(d.model, d.hidden, d.n, { ...options, scopes });
}
