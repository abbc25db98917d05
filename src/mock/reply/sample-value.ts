/*
 * A small value that satisfies a tool's `parameters` schema well enough to be
 * a plausible call: the required properties, each with the first enum value,
 * the const, or a value of its type within its bounds. Not a general JSON
 * Schema instance generator (patterns and formats are not honoured); it only
 * has to give a client something realistic to parse.
 */

import { followRefs } from "../../openapi/document.js";
import { isRecord } from "../../shared/is-record.js";

type Schema = Record<string, unknown>;

const MAX_DEPTH = 8;

function resolve(schema: unknown, root: unknown, depth: number): Schema | undefined {
  const current = followRefs(root, "", schema)?.schema;
  return depth > MAX_DEPTH || !isRecord(current) ? undefined : current;
}

function firstType(schema: Schema): string | undefined {
  const type = schema.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type))
    return (
      type.find((entry): entry is string => typeof entry === "string" && entry !== "null") ??
      (type.includes("null") ? "null" : undefined)
    );
  if (isRecord(schema.properties)) return "object";
  if (schema.items !== undefined) return "array";
  return undefined;
}

function numberWithin(schema: Schema, integer: boolean): number {
  const min =
    typeof schema.minimum === "number"
      ? schema.minimum
      : typeof schema.exclusiveMinimum === "number"
        ? schema.exclusiveMinimum + (integer ? 1 : 0.5)
        : undefined;
  const max =
    typeof schema.maximum === "number"
      ? schema.maximum
      : typeof schema.exclusiveMaximum === "number"
        ? schema.exclusiveMaximum - (integer ? 1 : 0.5)
        : undefined;
  let value = min ?? (max !== undefined && max < 1 ? max : 1);
  if (integer) value = Math.ceil(value);
  return value;
}

function stringWithin(schema: Schema): string {
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  let text = "example";
  while (text.length < min) text += "x";
  return text.slice(0, Math.max(min, Math.min(text.length, max)));
}

export function sampleValue(schema: unknown, root: unknown = schema, depth = 0): unknown {
  const resolved = resolve(schema, root, depth);
  if (resolved === undefined) return {};
  if ("const" in resolved) return resolved.const;
  if (Array.isArray(resolved.enum) && resolved.enum.length > 0) return resolved.enum[0];
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = resolved[keyword];
    if (Array.isArray(branches) && branches.length > 0 && firstType(resolved) === undefined)
      return sampleValue(branches[0], root, depth + 1);
  }
  if (Array.isArray(resolved.allOf)) {
    const parts = resolved.allOf.map((part) => sampleValue(part, root, depth + 1));
    if (parts.every(isRecord))
      return Object.assign({}, ...parts, firstType(resolved) === "object" ? sampleObject(resolved, root, depth) : {});
  }
  switch (firstType(resolved)) {
    case "object":
      return sampleObject(resolved, root, depth);
    case "array": {
      const count = typeof resolved.minItems === "number" ? resolved.minItems : 0;
      return Array.from({ length: Math.min(count, 16) }, () => sampleValue(resolved.items ?? {}, root, depth + 1));
    }
    case "string":
      return stringWithin(resolved);
    case "integer":
      return numberWithin(resolved, true);
    case "number":
      return numberWithin(resolved, false);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return "example";
  }
}

function sampleObject(schema: Schema, root: unknown, depth: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required)
    ? schema.required.filter((name): name is string => typeof name === "string")
    : [];
  for (const name of required) {
    // defineProperty: a parameter named "__proto__" is data, not a prototype.
    Object.defineProperty(result, name, {
      value: sampleValue(properties[name] ?? {}, root, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}
