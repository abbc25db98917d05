import { appendPointer, getAtPointer, localRefPointer } from "../../../shared/json-pointer.js";
import type { SchemaCompiler } from "../compiler.js";
import { isRecord } from "../context.js";
import type { EvaluatedItems, EvaluatedProperties } from "../ir.js";
import { patternOf } from "./read.js";

/*
 * Which properties (items) a schema's keywords and in-place subschemas
 * evaluate, for unevaluatedProperties (unevaluatedItems) on that schema.
 * allOf members and $ref targets must all pass for the schema to pass, so
 * their contributions are merged unconditionally; anyOf/oneOf branches,
 * if/then/else and dependentSchemas contribute only when they apply, which
 * the runtime decides.
 */

function emptyProperties(): EvaluatedProperties {
  return { names: [], patterns: [], all: false, when: [], dependent: [] };
}

function mergeProperties(into: EvaluatedProperties, from: EvaluatedProperties): void {
  into.all ||= from.all;
  into.names.push(...from.names.filter((name) => !into.names.includes(name)));
  into.patterns.push(
    ...from.patterns.filter((pattern) => !into.patterns.some((known) => known.source === pattern.source)),
  );
  into.when.push(...from.when);
  into.dependent.push(...from.dependent);
}

function refTarget(schema: Record<string, unknown>): string | undefined {
  return typeof schema.$ref === "string" ? localRefPointer(schema.$ref) : undefined;
}

/** `nested`: the schema is a subschema, where its own unevaluatedProperties evaluates everything left. */
export function evaluatedProperties(
  schema: unknown,
  at: string,
  compiler: SchemaCompiler,
  nested: boolean,
  visiting: Set<string> = new Set(),
): EvaluatedProperties {
  const result = emptyProperties();
  if (!isRecord(schema) || visiting.has(at)) return result;
  visiting.add(at);
  if (isRecord(schema.properties)) result.names.push(...Object.keys(schema.properties));
  if (isRecord(schema.patternProperties)) result.patterns.push(...Object.keys(schema.patternProperties).map(patternOf));
  if (schema.additionalProperties !== undefined || (nested && schema.unevaluatedProperties !== undefined))
    result.all = true;
  const target = refTarget(schema);
  if (target !== undefined && getAtPointer(compiler.document, target) !== undefined) {
    mergeProperties(
      result,
      evaluatedProperties(getAtPointer(compiler.document, target), target, compiler, true, visiting),
    );
  }
  if (Array.isArray(schema.allOf)) {
    schema.allOf.forEach((sub, index) => {
      mergeProperties(result, evaluatedProperties(sub, appendPointer(at, "allOf", index), compiler, true, visiting));
    });
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    branches.forEach((sub, index) => {
      const where = appendPointer(at, keyword, index);
      result.when.push({
        if: compiler.compile(sub, where),
        then: evaluatedProperties(sub, where, compiler, true, visiting),
      });
    });
  }
  if (schema.if !== undefined) {
    const condition = appendPointer(at, "if");
    const then = evaluatedProperties(schema.if, condition, compiler, true, visiting);
    if (schema.then !== undefined)
      mergeProperties(then, evaluatedProperties(schema.then, appendPointer(at, "then"), compiler, true, visiting));
    const branch: EvaluatedProperties["when"][number] = { if: compiler.compile(schema.if, condition), then };
    if (schema.else !== undefined)
      branch.else = evaluatedProperties(schema.else, appendPointer(at, "else"), compiler, true, visiting);
    result.when.push(branch);
  }
  for (const keyword of ["dependentSchemas", "dependencies"] as const) {
    const map = schema[keyword];
    if (!isRecord(map)) continue;
    for (const name of Object.keys(map)) {
      if (Array.isArray(map[name])) continue;
      result.dependent.push([
        name,
        evaluatedProperties(map[name], appendPointer(at, keyword, name), compiler, true, visiting),
      ]);
    }
  }
  visiting.delete(at);
  return result;
}

function emptyItems(): EvaluatedItems {
  return { prefix: 0, all: false, contains: [], when: [] };
}

function mergeItems(into: EvaluatedItems, from: EvaluatedItems): void {
  into.all ||= from.all;
  into.prefix = Math.max(into.prefix, from.prefix);
  into.contains.push(...from.contains);
  into.when.push(...from.when);
}

export function evaluatedItems(
  schema: unknown,
  at: string,
  compiler: SchemaCompiler,
  nested: boolean,
  visiting: Set<string> = new Set(),
): EvaluatedItems {
  const result = emptyItems();
  if (!isRecord(schema) || visiting.has(at)) return result;
  visiting.add(at);
  if (Array.isArray(schema.prefixItems)) result.prefix = schema.prefixItems.length;
  if (Array.isArray(schema.items)) {
    result.prefix = Math.max(result.prefix, schema.items.length);
    if (schema.additionalItems !== undefined) result.all = true;
  } else if (schema.items !== undefined) {
    result.all = true;
  }
  if (nested && schema.unevaluatedItems !== undefined) result.all = true;
  if (schema.contains !== undefined)
    result.contains.push(compiler.compile(schema.contains, appendPointer(at, "contains")));
  const target = refTarget(schema);
  if (target !== undefined && getAtPointer(compiler.document, target) !== undefined) {
    mergeItems(result, evaluatedItems(getAtPointer(compiler.document, target), target, compiler, true, visiting));
  }
  if (Array.isArray(schema.allOf)) {
    schema.allOf.forEach((sub, index) => {
      mergeItems(result, evaluatedItems(sub, appendPointer(at, "allOf", index), compiler, true, visiting));
    });
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    branches.forEach((sub, index) => {
      const where = appendPointer(at, keyword, index);
      result.when.push({
        if: compiler.compile(sub, where),
        then: evaluatedItems(sub, where, compiler, true, visiting),
      });
    });
  }
  if (schema.if !== undefined) {
    const condition = appendPointer(at, "if");
    const then = evaluatedItems(schema.if, condition, compiler, true, visiting);
    if (schema.then !== undefined)
      mergeItems(then, evaluatedItems(schema.then, appendPointer(at, "then"), compiler, true, visiting));
    const branch: EvaluatedItems["when"][number] = { if: compiler.compile(schema.if, condition), then };
    if (schema.else !== undefined)
      branch.else = evaluatedItems(schema.else, appendPointer(at, "else"), compiler, true, visiting);
    result.when.push(branch);
  }
  visiting.delete(at);
  return result;
}
