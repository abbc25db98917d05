import { appendPointer } from "../../../shared/json-pointer.js";
import type { SchemaCompiler } from "../compiler.js";
import { describeValue, isRecord } from "../context.js";
import type { Expr, ObjectExpr } from "../ir.js";
import { readCount, readPattern, readSchemaMap, readStringArray } from "./read.js";

/** A property name is always a string: of a per-type dispatch only the string branch matters. */
function asKeySchema(expr: Expr): Expr {
  if (expr.kind !== "types") return expr;
  const branch = expr.branches.get("string");
  if (branch === undefined) return expr.othersPass ? { kind: "unknown" } : { kind: "never" };
  return branch === true ? { kind: "unknown" } : branch;
}

/**
 * properties, required, patternProperties, additionalProperties,
 * propertyNames, minProperties, maxProperties, dependentRequired,
 * dependentSchemas and draft-07 `dependencies` (both forms).
 */
export function objectKeywords(schema: Record<string, unknown>, at: string, compiler: SchemaCompiler): ObjectExpr {
  const diagnostics = compiler.diagnostics;
  const expr: ObjectExpr = {
    kind: "object",
    properties: [],
    required: [],
    patternProperties: [],
    dependentRequired: [],
    dependentSchemas: [],
  };
  for (const [name, sub] of readSchemaMap(schema, "properties", at, diagnostics) ?? []) {
    expr.properties.push([name, compiler.compile(sub, appendPointer(at, "properties", name))]);
  }
  expr.required = readStringArray(schema, "required", at, diagnostics) ?? [];
  for (const [source, sub] of readSchemaMap(schema, "patternProperties", at, diagnostics) ?? []) {
    const where = appendPointer(at, "patternProperties", source);
    const compiled = compiler.compile(sub, where);
    const pattern = readPattern(source, where, diagnostics);
    if (pattern !== undefined) expr.patternProperties.push([pattern, compiled]);
  }
  if (schema.additionalProperties !== undefined) {
    const additional = compiler.compile(schema.additionalProperties, appendPointer(at, "additionalProperties"));
    if (additional.kind === "never") expr.additionalProperties = "forbidden";
    else if (additional.kind !== "unknown") expr.additionalProperties = additional;
  }
  if (schema.propertyNames !== undefined) {
    const names = asKeySchema(compiler.compile(schema.propertyNames, appendPointer(at, "propertyNames")));
    if (names.kind !== "unknown") expr.propertyNames = names;
  }
  const minProperties = readCount(schema, "minProperties", at, diagnostics);
  const maxProperties = readCount(schema, "maxProperties", at, diagnostics);
  if (minProperties !== undefined && minProperties > 0) expr.minProperties = minProperties;
  if (maxProperties !== undefined) expr.maxProperties = maxProperties;

  const dependentRequired = schema.dependentRequired;
  if (dependentRequired !== undefined) {
    if (!isRecord(dependentRequired)) {
      diagnostics.problem(
        appendPointer(at, "dependentRequired"),
        `"dependentRequired" must be an object, found ${describeValue(dependentRequired)}`,
      );
    } else {
      for (const name of Object.keys(dependentRequired)) {
        const needed = readStringArray(dependentRequired, name, appendPointer(at, "dependentRequired"), diagnostics);
        if (needed !== undefined && needed.length > 0) expr.dependentRequired.push([name, needed]);
      }
    }
  }
  for (const [name, sub] of readSchemaMap(schema, "dependentSchemas", at, diagnostics) ?? []) {
    expr.dependentSchemas.push([name, compiler.compile(sub, appendPointer(at, "dependentSchemas", name))]);
  }
  for (const [name, dependency] of readSchemaMap(schema, "dependencies", at, diagnostics) ?? []) {
    const where = appendPointer(at, "dependencies", name);
    if (Array.isArray(dependency)) {
      if (dependency.every((item) => typeof item === "string")) {
        if (dependency.length > 0) expr.dependentRequired.push([name, [...new Set(dependency as string[])]]);
      } else {
        diagnostics.problem(where, `a "dependencies" entry must be an array of property names or a schema`);
      }
    } else {
      expr.dependentSchemas.push([name, compiler.compile(dependency, where)]);
    }
  }
  return expr;
}
