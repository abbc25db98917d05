/*
 * Document text reaches generated code only through these functions. String
 * literals are JSON (which escapes quotes, backslashes, control characters
 * and lone surrogates) plus U+2028/U+2029, so no value can end a literal,
 * start a template, or split a line. Object keys are quoted, and `__proto__`
 * is computed so it defines an own property instead of setting the prototype.
 */

import { commentText, stringLiteral } from "../../render/literals.js";

export { commentText, stringLiteral };

export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a JSON number: ${value}`);
  return Object.is(value, -0) ? "-0" : String(value);
}

/** A JavaScript expression that evaluates to the JSON value. */
export function jsonLiteral(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return stringLiteral(value);
    case "number":
      return numberLiteral(value);
    case "boolean":
      return String(value);
    case "object": {
      if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(", ")}]`;
      const record = value as Record<string, unknown>;
      const entries = Object.keys(record).map((key) => `${propertyKey(key)}: ${jsonLiteral(record[key])}`);
      return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
    }
    default:
      throw new TypeError(`not a JSON value: ${typeof value}`);
  }
}

function propertyKey(key: string): string {
  return key === "__proto__" ? `[${stringLiteral(key)}]` : stringLiteral(key);
}

/** `new RegExp(source, "u")` for a pattern already checked to compile. */
export function regexLiteral(source: string): string {
  return `new RegExp(${stringLiteral(source)}, "u")`;
}

/** The arguments of `v.re` / `v.pattern`: the document's pattern, then its RE2 program when that is written differently. */
export function linearArguments(source: string, linear: string): string {
  return linear === source ? stringLiteral(source) : `${stringLiteral(source)}, ${stringLiteral(linear)}`;
}
