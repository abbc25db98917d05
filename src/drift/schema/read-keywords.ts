import { parsePointer } from "../../shared/json-pointer.js";
import { IGNORED, isValidationKeyword } from "./keywords.js";
import { stableKey } from "./stable-key.js";
import type { Bound } from "./types.js";

export { isRecord } from "../../shared/is-record.js";

import { isRecord } from "../../shared/is-record.js";

/*
 * Reading single keywords of a raw OpenAPI schema object, both versions'
 * spellings: the pieces the normaliser assembles.
 */

export type Raw = Record<string, unknown>;

export function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Both exclusive-bound spellings as one bound: 3.0 `exclusiveMinimum: true` beside `minimum`, 3.1 `exclusiveMinimum: 5`. */
export function bound(
  raw: Raw,
  inclusiveKey: "minimum" | "maximum",
  exclusiveKey: "exclusiveMinimum" | "exclusiveMaximum",
  tighter: (a: number, b: number) => boolean,
): Bound | undefined {
  const inclusive = numberOrUndefined(raw[inclusiveKey]);
  const flag = raw[exclusiveKey];
  const exclusive = numberOrUndefined(flag);
  const fromInclusive = inclusive === undefined ? undefined : { value: inclusive, exclusive: flag === true };
  if (exclusive === undefined) return fromInclusive;
  const fromExclusive = { value: exclusive, exclusive: true };
  if (fromInclusive === undefined) return fromExclusive;
  // Both present (3.1): the tighter one is the bound.
  return tighter(fromInclusive.value, exclusive) ? fromInclusive : fromExclusive;
}

export function parseTypes(type: unknown): { types: Set<string> | undefined; hasNull: boolean } {
  if (type === undefined) return { types: undefined, hasNull: false };
  const list = Array.isArray(type) ? type : [type];
  const types = new Set(list.filter((entry): entry is string => typeof entry === "string"));
  const hasNull = types.delete("null");
  if (types.has("number")) types.delete("integer");
  return { types, hasNull };
}

export function parseValues(raw: Raw): { values: Map<string, unknown> | undefined; hasNull: boolean } {
  let list: unknown[] | undefined;
  if ("const" in raw) list = [raw.const];
  if (Array.isArray(raw.enum))
    list =
      list === undefined
        ? raw.enum
        : list.filter((value) => (raw.enum as unknown[]).some((entry) => stableKey(entry) === stableKey(value)));
  if (list === undefined) return { values: undefined, hasNull: false };
  const values = new Map<string, unknown>();
  let hasNull = false;
  for (const value of list) {
    if (value === null) hasNull = true;
    else values.set(stableKey(value), value);
  }
  return { values: new Map([...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), hasNull };
}

const ANNOTATION_FLAGS = new Set(["deprecated", "readOnly", "writeOnly"]);

export function annotationsOf(raw: Raw): Map<string, string> {
  const annotations = new Map<string, string>();
  const examples: unknown[] = [];
  for (const key of Object.keys(raw).sort()) {
    if (isValidationKeyword(key) || IGNORED.has(key)) continue;
    const value = raw[key];
    if (key === "example") examples.unshift(value);
    else if (key === "examples") examples.push(...(Array.isArray(value) ? value : [value]));
    else if (ANNOTATION_FLAGS.has(key)) {
      if (value === true) annotations.set(key, "true");
    } else annotations.set(key, stableKey(value));
  }
  if (examples.length > 0) annotations.set("examples", stableKey(examples));
  return new Map([...annotations].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function hasValidation(raw: Raw, except: ReadonlySet<string>): boolean {
  return Object.keys(raw).some((key) => isValidationKeyword(key) && !except.has(key));
}

/** A branch that accepts null and nothing else: `{type: "null"}`, `{enum: [null]}`, `{const: null}`. */
export function isNullOnly(raw: unknown): boolean {
  if (!isRecord(raw)) return false;
  const keys = Object.keys(raw).filter((key) => isValidationKeyword(key));
  // `{nullable: true}` alone accepts anything, not only null.
  if (!keys.some((key) => key !== "nullable")) return false;
  return keys.every((key) => {
    const value = raw[key];
    if (key === "type") return value === "null" || (Array.isArray(value) && value.length === 1 && value[0] === "null");
    if (key === "enum") return Array.isArray(value) && value.length > 0 && value.every((entry) => entry === null);
    if (key === "const") return value === null;
    if (key === "nullable") return true;
    return false;
  });
}

/** `Name` for a schema at `/components/schemas/Name`. */
export function componentName(ptr: string): string | undefined {
  const segments = parsePointer(ptr);
  return segments.length === 3 && segments[0] === "components" && segments[1] === "schemas" ? segments[2] : undefined;
}
