// CONTRACT STUB — implemented by the indicators work.
import type { Unit } from './types.js';

/** Disclosure control, in one place for reports and exports alike: see data contract §7. n <= 1 = off. */
export function suppressUnit(unit: Unit, n: number): Unit<number | null> {
  void n;
  return unit;
}
