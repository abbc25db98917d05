import { canonicalJson } from "../../../shared/canonical-json.js";
import { appendPointer } from "../../../shared/json-pointer.js";
import { type Diagnostics, describeValue } from "../context.js";
import { type Expr, type JsonType, jsonTypeOfValue } from "../ir.js";

/** The distinct values of `enum` (JSON equality: key order and 1 vs 1.0 do not matter), in document order. */
export function readEnum(schema: Record<string, unknown>, at: string, diagnostics: Diagnostics): unknown[] | undefined {
  const values = schema.enum;
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) {
    diagnostics.problem(appendPointer(at, "enum"), `"enum" must be an array, found ${describeValue(values)}`);
    return undefined;
  }
  // An empty list is valid JSON Schema: no value is accepted (literal() of it is `never`).
  return distinct(values);
}

export function readConst(schema: Record<string, unknown>): unknown[] | undefined {
  return Object.hasOwn(schema, "const") ? [schema.const] : undefined;
}

function distinct(values: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = canonicalJson(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Values present in both lists. */
export function intersectValues(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const keys = new Set(b.map((value) => canonicalJson(value)));
  return a.filter((value) => keys.has(canonicalJson(value)));
}

/** Keep the values whose JSON type the `type` keyword allows (with `integer`: numbers without a fraction). */
export function filterByType(
  values: readonly unknown[],
  allowed: ReadonlySet<JsonType>,
  integerOnly: boolean,
): unknown[] {
  return values.filter((value) => {
    const type = jsonTypeOfValue(value);
    if (!allowed.has(type)) return false;
    return type !== "number" || !integerOnly || Number.isInteger(value);
  });
}

export function literal(values: unknown[]): Expr {
  return values.length === 0 ? { kind: "never" } : { kind: "literal", values };
}
