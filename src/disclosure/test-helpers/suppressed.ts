// For tests that need figures as a document shows them: the tool's disclosure control on one tree,
// in-process, with the suite's pattern cache (test/global-setup.ts points XDG_CACHE_HOME at it).
import type { Unit } from '../../indicators/types.js';
import { defaultCacheDir, folderCache } from '../cache.js';
import { solveDisclosure } from '../solve.js';
import { applyPattern } from '../units.js';

/** `top` (a nation, region or municipality) with what disclosure control at N hides set to null. */
export async function suppressedUnit(top: Unit, n: number): Promise<Unit<number | null>> {
  if (n <= 1) return structuredClone(top) as Unit<number | null>;
  const { hidden } = await solveDisclosure([top], n, folderCache(defaultCacheDir()));
  return applyPattern([top], hidden)[0]!;
}
