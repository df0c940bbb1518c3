// The heap must give exactly the order of the scan it replaced (the audit's reported narrowest
// interval depends on it): least width now, ties by index, with widths that grow between steps.
import { describe, expect, it } from 'vitest';
import { NarrowestFirst } from './narrowest-first.js';

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function orders(seed: number, count: number) {
  const next = random(seed);
  const start = Array.from({ length: count }, () => Math.floor(next() * 6));
  // The same widenings for both: after the k-th step, cell (k * 7) % count widens by k % 3.
  const widen = (widths: number[], k: number) => {
    widths[(k * 7) % count]! += k % 3;
    if (k % 11 === 0) widths[(k * 5) % count] = Infinity;
  };
  const scan: number[] = [];
  {
    const widths = start.slice();
    const pending = new Set(widths.keys());
    for (let k = 0; pending.size > 0; k++) {
      let best = -1;
      for (const i of pending) if (best < 0 || widths[i]! < widths[best]! || (widths[i] === widths[best] && i < best)) best = i;
      pending.delete(best);
      scan.push(best);
      widen(widths, k);
    }
  }
  const heap: number[] = [];
  {
    const widths = start.slice();
    const queue = new NarrowestFirst(count, (i) => widths[i]!);
    for (let k = 0, n = queue.next(); n; k++, n = queue.next()) {
      expect(n.width).toBe(widths[n.index]);
      heap.push(n.index);
      widen(widths, k);
    }
  }
  return { scan, heap };
}

describe('NarrowestFirst', () => {
  it('takes cells in the order of a full scan, widths growing on the way', () => {
    for (const seed of [1, 2, 3, 42]) {
      const { scan, heap } = orders(seed, 57);
      expect(heap).toEqual(scan);
      expect([...heap].sort((a, b) => a - b)).toEqual([...Array(57).keys()]);
    }
  });
});
