import { appendPointer } from "../../../shared/json-pointer.js";
import type { SchemaCompiler } from "../compiler.js";
import type { ArrayExpr, Expr } from "../ir.js";
import { readBoolean, readCount, readSchemaList } from "./read.js";

/** items, prefixItems, minItems, maxItems, uniqueItems, contains with minContains/maxContains. */
export function arrayKeywords(schema: Record<string, unknown>, at: string, compiler: SchemaCompiler): ArrayExpr {
  const diagnostics = compiler.diagnostics;
  const expr: ArrayExpr = { kind: "array", uniqueItems: false };
  const prefix = readSchemaList(schema, "prefixItems", at, diagnostics);
  if (prefix !== undefined)
    expr.prefixItems = prefix.map((item, index) => compiler.compile(item, appendPointer(at, "prefixItems", index)));
  let rest: { schema: unknown; at: string } | undefined =
    schema.items === undefined ? undefined : { schema: schema.items, at: appendPointer(at, "items") };
  if (Array.isArray(schema.items)) {
    // Draft-07 tuple form, seen in hand-written documents: items [..] is prefixItems, additionalItems the rest.
    if (prefix !== undefined) {
      diagnostics.problem(
        appendPointer(at, "items"),
        `"items" as an array (tuple form) cannot be combined with "prefixItems"`,
      );
    } else {
      expr.prefixItems = schema.items.map((item, index) => compiler.compile(item, appendPointer(at, "items", index)));
    }
    rest =
      schema.additionalItems === undefined
        ? undefined
        : { schema: schema.additionalItems, at: appendPointer(at, "additionalItems") };
  }
  if (rest !== undefined) {
    const items = compiler.compile(rest.schema, rest.at);
    if (items.kind !== "unknown") expr.items = items;
  }
  const minItems = readCount(schema, "minItems", at, diagnostics);
  const maxItems = readCount(schema, "maxItems", at, diagnostics);
  if (minItems !== undefined && minItems > 0) expr.minItems = minItems;
  if (maxItems !== undefined) expr.maxItems = maxItems;
  expr.uniqueItems = readBoolean(schema, "uniqueItems", at, diagnostics) === true;
  const minContains = readCount(schema, "minContains", at, diagnostics);
  const maxContains = readCount(schema, "maxContains", at, diagnostics);
  if (schema.contains !== undefined) {
    const contained: Expr = compiler.compile(schema.contains, appendPointer(at, "contains"));
    const min = minContains ?? 1;
    if (min > 0 || maxContains !== undefined) {
      expr.contains =
        maxContains === undefined ? { schema: contained, min } : { schema: contained, min, max: maxContains };
    }
  }
  return expr;
}
