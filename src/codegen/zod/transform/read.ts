import { appendPointer } from "../../../shared/json-pointer.js";
import { translatePattern } from "../../../shared/linear-pattern/translate.js";
import { type Diagnostics, describeValue, isRecord } from "../context.js";
import type { Pattern } from "../ir.js";

/*
 * Readers for keyword values. Each checks the value's shape and reports a
 * problem (with the keyword's pointer) when it cannot mean anything, so the
 * transforms only ever see well-formed values.
 */

type Schema = Record<string, unknown>;

/**
 * `schema[key]` as `accept` reads it; undefined when absent, and undefined
 * with a problem saying what it must be when `accept` refuses it.
 */
function readKeyword<T>(
  schema: Schema,
  key: string,
  at: string,
  diagnostics: Diagnostics,
  expected: string,
  accept: (value: unknown) => T | undefined,
  found: (value: unknown) => string = describeValue,
): T | undefined {
  const value = schema[key];
  if (value === undefined) return undefined;
  const read = accept(value);
  if (read === undefined)
    diagnostics.problem(appendPointer(at, key), `"${key}" must be ${expected}, found ${found(value)}`);
  return read;
}

export function readNumber(schema: Schema, key: string, at: string, diagnostics: Diagnostics): number | undefined {
  return readKeyword(schema, key, at, diagnostics, "a number", (value) =>
    typeof value === "number" && Number.isFinite(value) ? value : undefined,
  );
}

export function readCount(schema: Schema, key: string, at: string, diagnostics: Diagnostics): number | undefined {
  return readKeyword(schema, key, at, diagnostics, "a non-negative integer", (value) =>
    typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined,
  );
}

export function readBoolean(schema: Schema, key: string, at: string, diagnostics: Diagnostics): boolean | undefined {
  return readKeyword(schema, key, at, diagnostics, "a boolean", (value) =>
    typeof value === "boolean" ? value : undefined,
  );
}

export function readStringArray(
  schema: Schema,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): string[] | undefined {
  return readKeyword(schema, key, at, diagnostics, "an array of strings", (value) =>
    Array.isArray(value) && value.every((item) => typeof item === "string")
      ? [...new Set(value as string[])]
      : undefined,
  );
}

/** A keyword whose value is a non-empty array of schemas (allOf, anyOf, oneOf, prefixItems). */
export function readSchemaList(
  schema: Schema,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): unknown[] | undefined {
  return readKeyword(
    schema,
    key,
    at,
    diagnostics,
    "a non-empty array of schemas",
    (value) => (Array.isArray(value) && value.length > 0 ? value : undefined),
    (value) => (Array.isArray(value) ? "an empty array" : describeValue(value)),
  );
}

/** A keyword whose value maps names to schemas (properties, patternProperties, dependentSchemas). */
export function readSchemaMap(
  schema: Schema,
  key: string,
  at: string,
  diagnostics: Diagnostics,
): Array<[string, unknown]> | undefined {
  return readKeyword(schema, key, at, diagnostics, "an object mapping names to schemas", (value) =>
    isRecord(value) ? Object.keys(value).map((name): [string, unknown] => [name, value[name]]) : undefined,
  );
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
