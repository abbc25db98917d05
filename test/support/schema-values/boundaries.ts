import { hasJsonType } from "./json-values.js";
import type { Schema } from "./view.js";

/*
 * Boundary keywords and their two edges. "Inside" is the last value a
 * keyword accepts, "outside" the first it refuses: a bound itself and one
 * step across it (a step is 1, or the node's multipleOf; for a number
 * without multipleOf, anything up to 1 away), a length or item count equal
 * to a limit and one past it, a multiple and a non-multiple, a string the
 * pattern matches and one it does not. An emitter that is off by one at a
 * bound, or ignores a keyword, gets one of the two wrong.
 */

const BOUNDARY_KEYWORDS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "multipleOf",
  "pattern",
] as const;
export type BoundaryKeyword = (typeof BOUNDARY_KEYWORDS)[number];
export type Edge = "inside" | "outside";
export const EDGES: readonly Edge[] = ["inside", "outside"];

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The bound a numeric keyword sets, and whether it is exclusive (OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum`). */
export function numericBound(
  schema: Schema,
  keyword: BoundaryKeyword,
): { bound: number; exclusive: boolean; lower: boolean } | undefined {
  switch (keyword) {
    case "minimum":
    case "maximum": {
      const bound = num(schema[keyword]);
      const exclusiveFlag = schema[keyword === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === true;
      // With the 3.0 flag set the pair is one exclusive bound, tallied under the exclusive keyword.
      return bound === undefined || exclusiveFlag
        ? undefined
        : { bound, exclusive: false, lower: keyword === "minimum" };
    }
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const flag = schema[keyword];
      const bound = flag === true ? num(schema[keyword === "exclusiveMinimum" ? "minimum" : "maximum"]) : num(flag);
      return bound === undefined ? undefined : { bound, exclusive: true, lower: keyword === "exclusiveMinimum" };
    }
    default:
      return undefined;
  }
}

const keywordsOf = new WeakMap<Schema, BoundaryKeyword[]>();

/** The boundary keywords a schema object sets (an OpenAPI 3.0 exclusive pair counts once). */
export function boundaryKeywordsOf(schema: Schema): BoundaryKeyword[] {
  let keywords = keywordsOf.get(schema);
  if (keywords === undefined) {
    keywords = findBoundaryKeywords(schema);
    keywordsOf.set(schema, keywords);
  }
  return keywords;
}

function findBoundaryKeywords(schema: Schema): BoundaryKeyword[] {
  return BOUNDARY_KEYWORDS.filter((keyword) => {
    if (keyword === "pattern") return typeof schema.pattern === "string";
    if (keyword === "multipleOf") return (num(schema.multipleOf) ?? 0) > 0;
    if (keyword.endsWith("Length") || keyword.endsWith("Items")) return num(schema[keyword]) !== undefined;
    return numericBound(schema, keyword) !== undefined;
  });
}

/** The gap between a number and the next double: past 2^53 it exceeds 1. */
export function ulp(value: number): number {
  return value === 0 ? Number.MIN_VALUE : 2 ** (Math.floor(Math.log2(Math.abs(value))) - 52);
}

/** The distance of "one step" across a numeric bound: 1 or the multipleOf, or the next double where that is farther. */
export function numericStep(schema: Schema, bound: number): number {
  return Math.max(num(schema.multipleOf) ?? 1, ulp(bound));
}

function isMultiple(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  // As the oracle's multipleOfPrecision: JSON numbers are decimals, 0.3 is a multiple of 0.1.
  return Math.abs(Math.round(quotient) - quotient) < 1e-9;
}

function matches(pattern: string, text: string): boolean | undefined {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return undefined;
  }
}

/** Code points, as JSON Schema counts a length: a character outside the BMP is one, not two UTF-16 units. */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** What a length keyword counts: code points of a string, items of an array (undefined for other values). */
function sizeOf(keyword: BoundaryKeyword, value: unknown): number | undefined {
  if (keyword.endsWith("Length") && typeof value === "string") return codePoints(value);
  if (keyword.endsWith("Items") && Array.isArray(value)) return value.length;
  return undefined;
}

/** Where `value` sits for `keyword` of `schema`: at one of its edges, or neither (also when the keyword does not apply to its type). */
export function edgeOf(schema: Schema, keyword: BoundaryKeyword, value: unknown): Edge | undefined {
  switch (keyword) {
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const bound = numericBound(schema, keyword);
      if (bound === undefined || typeof value !== "number") return undefined;
      const step = numericStep(schema, bound.bound);
      // Distance into the accepted side: positive inside, zero at the bound, negative outside.
      const into = bound.lower ? value - bound.bound : bound.bound - value;
      if (bound.exclusive) return into === 0 ? "outside" : into > 0 && into <= step ? "inside" : undefined;
      return into === 0 ? "inside" : into < 0 && into >= -step ? "outside" : undefined;
    }
    case "multipleOf": {
      const divisor = num(schema.multipleOf);
      if (divisor === undefined || typeof value !== "number") return undefined;
      return isMultiple(value, divisor) ? "inside" : "outside";
    }
    case "pattern": {
      if (typeof schema.pattern !== "string" || typeof value !== "string") return undefined;
      const result = matches(schema.pattern, value);
      return result === undefined ? undefined : result ? "inside" : "outside";
    }
    default: {
      const limit = num(schema[keyword]);
      if (limit === undefined) return undefined;
      // A string has between length/2 and length code points: most are nowhere near the limit.
      if (
        keyword.endsWith("Length") &&
        typeof value === "string" &&
        (value.length < limit - 1 || value.length > 2 * limit + 2)
      )
        return undefined;
      const size = sizeOf(keyword, value);
      if (size === undefined) return undefined;
      const past = keyword.startsWith("max") ? limit + 1 : limit - 1;
      return size === limit ? "inside" : size === past ? "outside" : undefined;
    }
  }
}

/** Whether `keyword` of `schema` refuses `value` (false when it does not apply to the value's type). */
export function refuses(schema: Schema, keyword: BoundaryKeyword, value: unknown): boolean {
  const bound = numericBound(schema, keyword);
  if (bound !== undefined) {
    if (typeof value !== "number") return false;
    const into = bound.lower ? value - bound.bound : bound.bound - value;
    return bound.exclusive ? into <= 0 : into < 0;
  }
  const limit = num(schema[keyword]);
  if (limit !== undefined && (keyword.endsWith("Length") || keyword.endsWith("Items"))) {
    const size = sizeOf(keyword, value);
    return size !== undefined && (keyword.startsWith("max") ? size > limit : size < limit);
  }
  return edgeOf(schema, keyword, value) === "outside";
}

/**
 * Whether `value` satisfies the schema object's own type and boundary
 * keywords other than `keyword`: a value just outside one bound proves that
 * bound only if nothing beside it already refuses the value.
 */
export function passesOtherKeywords(schema: Schema, keyword: BoundaryKeyword, value: unknown): boolean {
  const types = typeof schema.type === "string" ? [schema.type] : Array.isArray(schema.type) ? schema.type : undefined;
  if (types !== undefined && !types.some((type) => hasJsonType(value, String(type)))) return false;
  return boundaryKeywordsOf(schema).every((other) => other === keyword || !refuses(schema, other, value));
}

/** Edges no value can reach, with the reason; the tally reports them instead of requiring them. */
export function unreachableEdge(schema: Schema, keyword: BoundaryKeyword, edge: Edge): string | undefined {
  if (edge !== "outside") return undefined;
  if ((keyword === "minLength" || keyword === "minItems") && schema[keyword] === 0)
    return "nothing is shorter than empty";
  if (
    keyword === "minLength" &&
    schema.minLength === 1 &&
    typeof schema.pattern === "string" &&
    matches(schema.pattern, "") === false
  )
    return `its pattern ${schema.pattern} already refuses the empty string`;
  const types = typeof schema.type === "string" ? [schema.type] : schema.type;
  if (keyword === "multipleOf" && Array.isArray(types) && types.length === 1 && types[0] === "integer") {
    const divisor = num(schema.multipleOf);
    if (divisor !== undefined && Number.isInteger(1 / divisor)) return "every integer is a multiple of it";
  }
  if (keyword === "maxLength" && typeof schema.pattern === "string") {
    // `^[class]{m,n}$`: the pattern itself refuses every string longer than n.
    const repeat = /^\^\[(?:[^\]\\]|\\.)+\]\{\d+,(\d+)\}\$$/.exec(schema.pattern);
    const limit = num(schema.maxLength);
    if (repeat !== null && limit !== undefined && Number(repeat[1]) <= limit)
      return `its pattern ${schema.pattern} already refuses every longer string`;
  }
  return undefined;
}
