import { appendPointer } from "../../../shared/json-pointer.js";
import { translatePattern } from "../../../shared/linear-pattern/translate.js";
import { type Diagnostics, describeValue, isRecord } from "../context.js";
import type { Pattern } from "../ir.js";

/*
 * Readers for keyword values. Each checks the value's shape and reports a
 * problem (with the keyword's pointer) when it cannot mean anything, so the
 * transforms only ever see well-formed values.
 */

export function readNumber(
  schema: Record<string, unknown>,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): number | undefined {
  const value = schema[key];
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  diagnostics.problem(appendPointer(at, key), `"${key}" must be a number, found ${describeValue(value)}`);
  return undefined;
}

export function readCount(
  schema: Record<string, unknown>,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): number | undefined {
  const value = schema[key];
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  diagnostics.problem(appendPointer(at, key), `"${key}" must be a non-negative integer, found ${describeValue(value)}`);
  return undefined;
}

export function readBoolean(
  schema: Record<string, unknown>,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): boolean | undefined {
  const value = schema[key];
  if (value === undefined) return undefined;
  if (typeof value === "boolean") return value;
  diagnostics.problem(appendPointer(at, key), `"${key}" must be a boolean, found ${describeValue(value)}`);
  return undefined;
}

export function readStringArray(
  schema: Record<string, unknown>,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): string[] | undefined {
  const value = schema[key];
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return [...new Set(value as string[])];
  diagnostics.problem(appendPointer(at, key), `"${key}" must be an array of strings, found ${describeValue(value)}`);
  return undefined;
}

/** A keyword whose value is a non-empty array of schemas (allOf, anyOf, oneOf, prefixItems). */
export function readSchemaList(
  schema: Record<string, unknown>,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): unknown[] | undefined {
  const value = schema[key];
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.length > 0) return value;
  diagnostics.problem(
    appendPointer(at, key),
    `"${key}" must be a non-empty array of schemas, found ${Array.isArray(value) ? "an empty array" : describeValue(value)}`,
  );
  return undefined;
}

/** A keyword whose value maps names to schemas (properties, patternProperties, dependentSchemas). */
export function readSchemaMap(
  schema: Record<string, unknown>,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): Array<[string, unknown]> | undefined {
  const value = schema[key];
  if (value === undefined) return undefined;
  if (isRecord(value)) return Object.keys(value).map((name) => [name, value[name]]);
  diagnostics.problem(
    appendPointer(at, key),
    `"${key}" must be an object mapping names to schemas, found ${describeValue(value)}`,
  );
  return undefined;
}

const translations = new Map<string, Pattern>();

/** `source` with its linear-time program, when RE2 can express it (translated once per process). */
export function patternOf(source: string): Pattern {
  let pattern = translations.get(source);
  if (pattern === undefined) {
    const translation = translatePattern(source);
    pattern = translation.linear === undefined ? { source } : { source, linear: translation.linear };
    translations.set(source, pattern);
  }
  return pattern;
}

/**
 * An ECMA-262 regular expression with the `u` flag, as JSON Schema 2020-12
 * asks; undefined (and a problem) when it does not compile. A pattern RE2
 * cannot express keeps a backtracking RegExp, with a warning: a crafted
 * value can make such a pattern slow.
 */
export function readPattern(source: unknown, at: string, diagnostics: Diagnostics): Pattern | undefined {
  if (typeof source !== "string") {
    diagnostics.problem(at, `a pattern must be a string, found ${describeValue(source)}`);
    return undefined;
  }
  try {
    new RegExp(source, "u");
  } catch (error) {
    diagnostics.problem(at, `invalid regular expression ${JSON.stringify(source)}: ${(error as Error).message}`);
    return undefined;
  }
  const translation = translatePattern(source);
  if (translation.linear === undefined)
    diagnostics.warn(
      at,
      `pattern ${JSON.stringify(source)} is matched by a backtracking RegExp, not in linear time: ${translation.reason}; a crafted value can make validation slow`,
    );
  return patternOf(source);
}
