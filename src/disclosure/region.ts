// One region's pattern (data contract §7: from that region's data alone, closed within the
// region). Its input and output are plain arrays, so the same function runs in a worker thread of
// its own (./region-pool.ts: regions are independent, so they are solved side by side) or in
// process; either way the same input gives the same pattern.
import type { DisclosureModel } from './model.js';
import { protect } from './protect.js';
import { partnerScopes } from './scopes.js';
import type { CellKey } from './units.js';

export interface RegionTask {
  /** The region's cells and the relations among them only (./submodel.ts). */
  model: DisclosureModel;
  keys: CellKey[];
  /** 1 = hidden by the primary rules, per local cell. */
  hidden: Uint8Array;
  /** The other genders' cells of each cell's split (local ids), hidden along with it. */
  companions: number[][];
  n: number;
}

export interface RegionPattern {
  /** 1 = hidden, per local cell. */
  hidden: Uint8Array;
  /** Witnessed ranges that hold whatever the nation adds (ProtectResult.internal). */
  up: Float64Array;
  down: Float64Array;
  lps: number;
}

export async function protectRegion(task: RegionTask, pause?: () => Promise<void>): Promise<RegionPattern> {
  const { model, keys, companions, n } = task;
  const hidden = task.hidden.slice();
  // The region's own cells are what the nation sums. They count as exposed whether or not the
  // nation is in scope, so `build --region` and `build --all` choose the same pattern.
  const exposed = Uint8Array.from(model.cells, (c) => (c.level === 'region' ? 1 : 0));
  const result = await protect(model, hidden, n, {
    candidate: () => true,
    // Moving the region's own totals is dear even where hidden: the nation sums them.
    hiddenMoveCost: (cell) => (exposed[cell] ? 0.5 : 0.01),
    companions: (cell) => companions[cell]!,
    exposed,
    scopes: partnerScopes(model.cells, keys, hidden),
    ...(pause ? { pause } : {}),
  });
  return { hidden, up: result.internal.up, down: result.internal.down, lps: result.lps };
}
