import { appendPointer, getAtPointer, localRefPointer } from "../../../shared/json-pointer.js";
import type { SchemaCompiler } from "../compiler.js";
import { isRecord } from "../context.js";
import type { EvaluatedItems, EvaluatedProperties, Expr } from "../ir.js";
import { patternOf } from "./read.js";

/*
 * Which properties (items) a schema's keywords and in-place subschemas
 * evaluate, for unevaluatedProperties (unevaluatedItems) on that schema.
 * allOf members and $ref targets must all pass for the schema to pass, so
 * their contributions are merged unconditionally; anyOf/oneOf branches,
 * if/then/else and dependentSchemas contribute only when they apply, which
 * the runtime decides. One walk serves both: a kind says what a schema's
 * own keywords evaluate and how two results merge.
 */

interface Evaluated<T> {
  when: Array<{ if: Expr; then?: T; else?: T }>;
}

interface Kind<T extends Evaluated<T>> {
  empty(): T;
  /** What the schema's own keywords evaluate; `nested` as in the exported functions. */
  own(schema: Record<string, unknown>, at: string, into: T, nested: boolean, compiler: SchemaCompiler): void;
  merge(into: T, from: T): void;
  /** Conditional contributions beyond anyOf/oneOf and if/then/else. */
  conditional?(schema: Record<string, unknown>, at: string, into: T, walk: (sub: unknown, at: string) => T): void;
}

function refTarget(schema: Record<string, unknown>): string | undefined {
  return typeof schema.$ref === "string" ? localRefPointer(schema.$ref) : undefined;
}

function evaluated<T extends Evaluated<T>>(
  kind: Kind<T>,
  schema: unknown,
  at: string,
  compiler: SchemaCompiler,
  nested: boolean,
  visiting: Set<string>,
): T {
  const result = kind.empty();
  if (!isRecord(schema) || visiting.has(at)) return result;
  visiting.add(at);
  const walk = (sub: unknown, where: string): T => evaluated(kind, sub, where, compiler, true, visiting);
  kind.own(schema, at, result, nested, compiler);
  const target = refTarget(schema);
  const targetSchema = target === undefined ? undefined : getAtPointer(compiler.document, target);
  if (target !== undefined && targetSchema !== undefined) kind.merge(result, walk(targetSchema, target));
  if (Array.isArray(schema.allOf)) {
    schema.allOf.forEach((sub, index) => {
      kind.merge(result, walk(sub, appendPointer(at, "allOf", index)));
    });
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    branches.forEach((sub, index) => {
      const where = appendPointer(at, keyword, index);
      result.when.push({ if: compiler.compile(sub, where), then: walk(sub, where) });
    });
  }
  if (schema.if !== undefined) {
    const condition = appendPointer(at, "if");
    const then = walk(schema.if, condition);
    if (schema.then !== undefined) kind.merge(then, walk(schema.then, appendPointer(at, "then")));
    const branch: T["when"][number] = { if: compiler.compile(schema.if, condition), then };
    if (schema.else !== undefined) branch.else = walk(schema.else, appendPointer(at, "else"));
    result.when.push(branch);
  }
  kind.conditional?.(schema, at, result, walk);
  visiting.delete(at);
  return result;
}

const PROPERTIES: Kind<EvaluatedProperties> = {
  empty: () => ({ names: [], patterns: [], all: false, when: [], dependent: [] }),
  own(schema, _at, into, nested) {
    if (isRecord(schema.properties)) into.names.push(...Object.keys(schema.properties));
    if (isRecord(schema.patternProperties)) into.patterns.push(...Object.keys(schema.patternProperties).map(patternOf));
    if (schema.additionalProperties !== undefined || (nested && schema.unevaluatedProperties !== undefined))
      into.all = true;
  },
  merge(into, from) {
    into.all ||= from.all;
    into.names.push(...from.names.filter((name) => !into.names.includes(name)));
    into.patterns.push(
      ...from.patterns.filter((pattern) => !into.patterns.some((known) => known.source === pattern.source)),
    );
    into.when.push(...from.when);
    into.dependent.push(...from.dependent);
  },
  conditional(schema, at, into, walk) {
    for (const keyword of ["dependentSchemas", "dependencies"] as const) {
      const map = schema[keyword];
      if (!isRecord(map)) continue;
      for (const name of Object.keys(map)) {
        if (Array.isArray(map[name])) continue;
        into.dependent.push([name, walk(map[name], appendPointer(at, keyword, name))]);
      }
    }
  },
};

const ITEMS: Kind<EvaluatedItems> = {
  empty: () => ({ prefix: 0, all: false, contains: [], when: [] }),
  own(schema, at, into, nested, compiler) {
    if (Array.isArray(schema.prefixItems)) into.prefix = schema.prefixItems.length;
    if (Array.isArray(schema.items)) {
      into.prefix = Math.max(into.prefix, schema.items.length);
      if (schema.additionalItems !== undefined) into.all = true;
    } else if (schema.items !== undefined) {
      into.all = true;
    }
    if (nested && schema.unevaluatedItems !== undefined) into.all = true;
    if (schema.contains !== undefined)
      into.contains.push(compiler.compile(schema.contains, appendPointer(at, "contains")));
  },
  merge(into, from) {
    into.all ||= from.all;
    into.prefix = Math.max(into.prefix, from.prefix);
    into.contains.push(...from.contains);
    into.when.push(...from.when);
  },
};

/** `nested`: the schema is a subschema, where its own unevaluatedProperties evaluates everything left. */
export function evaluatedProperties(
  schema: unknown,
  at: string,
  compiler: SchemaCompiler,
  nested: boolean,
  visiting: Set<string> = new Set(),
): EvaluatedProperties {
  return evaluated(PROPERTIES, schema, at, compiler, nested, visiting);
}

/** `nested`: the schema is a subschema, where its own unevaluatedItems evaluates everything left. */
export function evaluatedItems(
  schema: unknown,
  at: string,
  compiler: SchemaCompiler,
  nested: boolean,
  visiting: Set<string> = new Set(),
): EvaluatedItems {
  return evaluated(ITEMS, schema, at, compiler, nested, visiting);
}
