/**
 * Whether a dotted field path ("pay.qualified", "apprenticeship.standard") names a field that the schema
 * defines, so that a caveat cannot point at a misspelt or imaginary field.
 */
import type * as z from "zod/mini";

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  element?: z.ZodMiniType;
}

function defOf(schema: z.ZodMiniType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** The object schemas a value of this schema can be, looking through optional, default, nullable, unions and lists. */
function objectShapes(schema: z.ZodMiniType): Record<string, z.ZodMiniType>[] {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return def.shape === undefined ? [] : [def.shape];
    case "optional":
    case "default":
    case "nullable":
    case "prefault":
      return def.innerType === undefined ? [] : objectShapes(def.innerType);
    case "union":
      return (def.options ?? []).flatMap(objectShapes);
    case "array":
      return def.element === undefined ? [] : objectShapes(def.element);
    default:
      return [];
  }
}

/**
 * The schema of one field of an object shape. Own keys only: `segment in shape` would also find built-ins
 * such as "constructor" or "toString", which are not fields.
 */
function fieldOf(shape: Record<string, z.ZodMiniType>, segment: string): z.ZodMiniType[] {
  return Object.hasOwn(shape, segment) ? [shape[segment]!] : [];
}

/**
 * @example isKnownFieldPath(roleSchema, "pay.qualified") // true
 * @example isKnownFieldPath(roleSchema, "pay.qualifed") // false
 */
export function isKnownFieldPath(schema: z.ZodMiniType, path: string): boolean {
  let candidates = [schema];
  for (const segment of path.split(".")) {
    const next = candidates.flatMap(objectShapes).flatMap((shape) => fieldOf(shape, segment));
    if (next.length === 0) return false;
    candidates = next;
  }
  return true;
}

/** The field names available one level below a path, for suggestions. */
export function fieldNamesAt(schema: z.ZodMiniType, parentPath: string): string[] {
  let candidates = [schema];
  for (const segment of parentPath === "" ? [] : parentPath.split(".")) {
    candidates = candidates.flatMap(objectShapes).flatMap((shape) => fieldOf(shape, segment));
  }
  return [...new Set(candidates.flatMap(objectShapes).flatMap((shape) => Object.keys(shape)))];
}
