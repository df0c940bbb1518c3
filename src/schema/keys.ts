// The keys a YAML mapping may have at a path of a config schema, read from the zod schema itself,
// so "did you mean" for a misspelt key knows every key, not only the required ones zod reports
// missing.
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema a value at this level must match: wrappers (optional, pipe, default) removed. */
function unwrap(schema: z.ZodType): z.ZodType {
  let here = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(here);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return here;
    here = inner;
  }
  return here;
}

/** The keys of the mapping at `path` (list items by index), or [] when there is no mapping there. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let here = unwrap(schema);
  for (const key of path) {
    const def = defOf(here);
    if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) here = unwrap(def.shape[key]);
    else if (def.type === 'array' && typeof key === 'number' && def.element) here = unwrap(def.element);
    else return [];
  }
  const def = defOf(here);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
