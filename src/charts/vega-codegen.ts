// vega's expression code generator, with each generated function compiled once per process.
//
// A vega View turns every expression, encoder, field getter and comparator of its spec into a
// function with `new Function(...)` when it is created. charts.ts creates a View per chart shape
// (and one per chart with reuseChartViews(false)); without this each compiles the same few hundred
// functions again and runs them cold in the interpreter: V8 keeps type feedback per function
// object, not per source text.
// Here each source text becomes one function, and every view gets it bound afresh — the same code
// with the same `this` vega would have bound, so the output cannot change, only get faster.
//
// The default generator is vega's own (taken from a throwaway runtime context, as vega does not
// export it); we only call it with no context, which makes it return the unbound function.

type Fn = (...args: unknown[]) => unknown;
interface Ctx {
  functions?: object;
}
interface Codegen {
  operator(ctx: Ctx | null, expr: { code: string }): Fn;
  parameter(ctx: Ctx | null, expr: { code: string }): Fn;
  event(ctx: Ctx | null, expr: { code: string }): Fn;
  handler(ctx: Ctx | null, expr: { code: string }): Fn;
  encode(ctx: Ctx | null, encode: { marktype: string; channels: Record<string, { code: string }> }): Fn;
  codegen: {
    get(path: string[]): Fn & { path: string };
    comparator(fields: Array<Fn & { path?: string }>, orders: number[]): Fn;
  };
}
interface VegaWithRuntime {
  runtimeContext(df: { events(): unknown }, transforms: object, functions: null): { expr: Codegen };
}

let shared: Codegen | undefined;

/** A drop-in for vega's default `expr` View option that compiles each distinct source once. */
export function sharedCodegen(vega: unknown): Codegen {
  if (shared) return shared;
  const base = (vega as VegaWithRuntime).runtimeContext({ events: () => undefined }, {}, null).expr;
  const compiled = new Map<string, Fn>();
  const once = (key: string, make: () => Fn): Fn => {
    let fn = compiled.get(key);
    if (!fn) compiled.set(key, (fn = make()));
    return fn;
  };
  // Expressions and encoders come from the parsed spec, which charts.ts keeps per chart shape: the
  // same object always generates the same code, so it can be the key (no key strings to build).
  const bySpec = new WeakMap<object, Fn>();
  const fromSpec = <T extends object>(spec: T, make: (spec: T) => Fn): Fn => {
    let fn = bySpec.get(spec);
    if (!fn) bySpec.set(spec, (fn = make(spec)));
    return fn;
  };
  // vega binds an expression to the view's function table; a bound copy is also a new object, so
  // vega may set properties on it (fields, fname) without touching the shared function.
  const bound = (ctx: Ctx | null, fn: Fn): Fn => fn.bind(ctx?.functions);
  shared = {
    operator: (ctx, expr) => bound(ctx, fromSpec(expr, (e) => base.operator(null, e))),
    parameter: (ctx, expr) => bound(ctx, fromSpec(expr, (e) => base.parameter(null, e))),
    event: (ctx, expr) => bound(ctx, fromSpec(expr, (e) => base.event(null, e))),
    handler: (ctx, expr) => bound(ctx, fromSpec(expr, (e) => base.handler(null, e))),
    encode: (ctx, encode) => bound(ctx, fromSpec(encode, (e) => base.encode(null, e))),
    codegen: {
      get(path) {
        const raw = once(`g${JSON.stringify(path)}`, () => base.codegen.get(path)) as Fn & { path: string };
        const get = raw.bind(undefined) as Fn & { path: string };
        get.path = raw.path;
        return get;
      },
      comparator(fields, orders) {
        // Fields without a path are called through `this`, bound per comparator: not shared.
        if (!fields.every((f) => typeof f.path === 'string')) return base.codegen.comparator(fields, orders);
        const key = `c${JSON.stringify(fields.map((f) => f.path))}${JSON.stringify(orders)}`;
        return once(key, () => base.codegen.comparator(fields, orders)).bind(undefined);
      },
    },
  };
  return shared;
}
