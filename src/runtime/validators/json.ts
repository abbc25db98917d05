/*
 * JSON Schema's view of a JavaScript value: its JSON type and equality.
 * Object properties whose value is `undefined` do not exist for JSON (they
 * are never serialised), so they are skipped everywhere.
 */

export type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object";

/** The JSON type of `value`, or undefined for values JSON cannot hold (undefined, functions, NaN, Infinity, bigint...). */
export function jsonTypeOf(value: unknown): JsonType | undefined {
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return Number.isFinite(value) ? "number" : undefined;
    case "boolean":
      return "boolean";
    case "object":
      return value === null ? "null" : Array.isArray(value) ? "array" : "object";
    default:
      return undefined;
  }
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own enumerable keys that JSON would serialise (values other than undefined). */
export function presentKeys(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object);
  for (const key of keys) {
    if (object[key] === undefined) return keys.filter((k) => object[k] !== undefined);
  }
  return keys;
}

export function hasProperty(object: Record<string, unknown>, key: string): boolean {
  return (
    Object.hasOwn(object, key) && Object.prototype.propertyIsEnumerable.call(object, key) && object[key] !== undefined
  );
}

/** Deep equality with JSON's meaning: key order is irrelevant, 1 and 1.0 are the same number. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = presentKeys(left);
  if (keys.length !== presentKeys(right).length) return false;
  for (const key of keys) {
    if (!hasProperty(right, key) || !jsonEqual(left[key], right[key])) return false;
  }
  return true;
}

/** A string equal for exactly the JSON-equal values: sorted keys, no whitespace. */
export function canonicalKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(",")}]`;
  if (isJsonObject(value)) {
    const keys = presentKeys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalKey(value[key])}`).join(",")}}`;
  }
  if (typeof value === "number" && Object.is(value, -0)) return "0";
  return value === undefined ? "null" : JSON.stringify(value);
}
