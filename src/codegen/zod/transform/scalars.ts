import { appendPointer } from "../../../shared/json-pointer.js";
import { type Diagnostics, describeValue } from "../context.js";
import type { NumberBound, NumberExpr, StringExpr } from "../ir.js";
import { readCount, readNumber, readPattern } from "./read.js";

/** minLength, maxLength (code points), pattern. */
export function stringKeywords(schema: Record<string, unknown>, at: string, diagnostics: Diagnostics): StringExpr {
  const expr: StringExpr = { kind: "string", patterns: [] };
  const minLength = readCount(schema, "minLength", at, diagnostics);
  const maxLength = readCount(schema, "maxLength", at, diagnostics);
  if (minLength !== undefined && minLength > 0) expr.minLength = minLength;
  if (maxLength !== undefined) expr.maxLength = maxLength;
  if (schema.pattern !== undefined) {
    const pattern = readPattern(schema.pattern, appendPointer(at, "pattern"), diagnostics);
    if (pattern !== undefined && pattern.source !== "") expr.patterns.push(pattern);
  }
  return expr;
}

/**
 * minimum, maximum, exclusive bounds in both spellings (3.0 booleans that
 * modify minimum/maximum, 2020-12 numbers that are bounds themselves),
 * multipleOf, and `integer` (no fractional part, at any magnitude).
 */
export function numberKeywords(
  schema: Record<string, unknown>,
  at: string,
  diagnostics: Diagnostics,
  integer: boolean,
): NumberExpr {
  const bounds: NumberBound[] = [];
  const lower = bound(schema, "minimum", "exclusiveMinimum", at, diagnostics);
  const upper = bound(schema, "maximum", "exclusiveMaximum", at, diagnostics);
  if (lower.inclusive !== undefined) bounds.push({ op: lower.exclusiveFlag ? "gt" : "gte", value: lower.inclusive });
  if (lower.exclusive !== undefined) bounds.push({ op: "gt", value: lower.exclusive });
  if (upper.inclusive !== undefined) bounds.push({ op: upper.exclusiveFlag ? "lt" : "lte", value: upper.inclusive });
  if (upper.exclusive !== undefined) bounds.push({ op: "lt", value: upper.exclusive });
  const multipleOf: number[] = [];
  const divisor = readNumber(schema, "multipleOf", at, diagnostics);
  if (divisor !== undefined) {
    if (divisor > 0) multipleOf.push(divisor);
    else diagnostics.problem(appendPointer(at, "multipleOf"), `"multipleOf" must be greater than 0, found ${divisor}`);
  }
  return { kind: "number", integer, bounds, multipleOf };
}

function bound(
  schema: Record<string, unknown>,
  key: "minimum" | "maximum",
  exclusiveKey: "exclusiveMinimum" | "exclusiveMaximum",
  at: string,
  diagnostics: Diagnostics,
): { inclusive?: number; exclusive?: number; exclusiveFlag: boolean } {
  const inclusive = readNumber(schema, key, at, diagnostics);
  const flag = schema[exclusiveKey];
  const result: { inclusive?: number; exclusive?: number; exclusiveFlag: boolean } = { exclusiveFlag: false };
  if (inclusive !== undefined) result.inclusive = inclusive;
  if (typeof flag === "boolean") {
    result.exclusiveFlag = flag;
  } else if (typeof flag === "number" && Number.isFinite(flag)) {
    result.exclusive = flag;
  } else if (flag !== undefined) {
    diagnostics.problem(
      appendPointer(at, exclusiveKey),
      `"${exclusiveKey}" must be a number (or, in OpenAPI 3.0, a boolean), found ${describeValue(flag)}`,
    );
  }
  return result;
}
