import { describe, expect, it } from 'vitest';
import * as vega from 'vega';
import { sharedCodegen } from './vega-codegen.js';

describe('sharedCodegen', () => {
  const codegen = sharedCodegen(vega);

  it('compiles a spec expression once and binds a fresh copy to each view', () => {
    const expr = { code: 'this.double(_.x)' };
    const a = codegen.operator({ functions: { double: (x: number) => 2 * x } }, expr);
    const b = codegen.operator({ functions: { double: (x: number) => 3 * x } }, expr);
    expect(a).not.toBe(b);
    expect(a({ x: 5 })).toBe(10);
    expect(b({ x: 5 })).toBe(15);
  });

  it('gives every caller its own getter and comparator object (vega sets properties on them)', () => {
    const g1 = codegen.codegen.get(['a', 'b']);
    const g2 = codegen.codegen.get(['a', 'b']);
    expect(g1).not.toBe(g2);
    expect(g1.path).toBe('["a"]["b"]');
    expect(g2({ a: { b: 7 } })).toBe(7);
    const cmp = codegen.codegen.comparator([g1], [1]);
    expect([{ a: { b: 2 } }, { a: { b: 1 } }].sort((x, y) => cmp(x, y) as number).map((o) => o.a.b)).toEqual([1, 2]);
  });
});
