// The whole method (data contract §7, v1.2): each region's pattern from that region's data alone
// and closed within the region; then the nation, which takes every regional pattern as given and
// only hides nation cells, so that the national output and all regional outputs together pass.
import type { Unit } from '../indicators/types.js';
import { attack, type AttackResult } from './attack.js';
import { asFloats, cacheKey, pack, unpack, type PatternCache } from './cache.js';
import { primarySuppression } from './primary.js';
import { protect, type Witnesses } from './protect.js';
import { partnerScopes } from './scopes.js';
import { subModel } from './submodel.js';
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
      // The region's own cells are what the nation sums. They count as exposed whether or not the
      // nation is in scope, so `build --region` and `build --all` choose the same pattern.
      const exposed = Uint8Array.from(part.global, (id) => (cells[id]!.level === 'region' ? 1 : 0));
      const localHidden = Uint8Array.from(part.global, (id) => hidden[id]!);
      const local = new Map(part.global.map((id, i) => [id, i]));
      const result = await protect(part.model, localHidden, n, {
        candidate: () => true,
        // Moving the region's own totals is dear even where hidden: the nation sums them.
        hiddenMoveCost: (cell) => (exposed[cell] ? 0.5 : 0.01),
        companions: (cell) => companions[part.global[cell]!]!.map((id) => local.get(id)!),
        exposed,
        scopes: partnerScopes(
          part.model.cells,
          part.global.map((id) => model.keys[id]!),
          localHidden,
        ),
        ...(options.pause ? { pause: options.pause } : {}),
      });
      lps += result.lps;
      part.global.forEach((id, i) => {
        hidden[id] = localHidden[i]!;
        carried.up[id] = result.internal.up[i]!;
        carried.down[id] = result.internal.down[i]!;
      });
      if (regionKey) await options.cache?.set(regionKey, pack([localHidden, result.internal.up, result.internal.down]));
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
        await options.cache?.set(key, hidden);
      }
    }
  }
  return { n, model, hidden, primary, lps, key };
}

/** The attack on a disclosure: every output of the same data together. */
export function auditDisclosure(d: Disclosure, options: { pause?: () => Promise<void>; exactAll?: boolean } = {}): Promise<AttackResult> {
  return attack(d.model, d.hidden, d.n, { ...options, scopes: partnerScopes(d.model.cells, d.model.keys, d.hidden) });
}
