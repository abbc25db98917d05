import {
  type ArrayExpr,
  type EvaluatedItems,
  type EvaluatedProperties,
  type Expr,
  isPrimitive,
  isTrivialTyped,
  JSON_TYPES,
  type NumberExpr,
  type ObjectExpr,
  type Pattern,
  type StringExpr,
} from "../ir.js";
import { block, type Doc, prefix, sequence, suffix } from "./doc.js";
import { jsonLiteral, linearArguments, numberLiteral, regexLiteral, stringLiteral } from "./literal.js";

/*
 * IR to Zod source, as layout docs (see doc.ts). Every piece of document
 * text goes through the literal printer; names come from the module's
 * naming. Zod's own schemas are used where they mean exactly what JSON
 * Schema means; `v.*` helpers (apifree-typed/validators) cover the rest.
 */

export interface PrintContext {
  /**
   * What a `$ref` to the target prints: its const's name, or its code where
   * it is copied in place; and whether the reference closes a cycle (z.lazy).
   */
  reference(pointer: string): { name: Doc; lazy: boolean };
  /** Set when a `v.` helper is printed, so the import can leave it out otherwise. */
  usesHelpers: boolean;
}

function call(callee: string, args: Doc[]): Doc {
  return block(`${callee}(`, args, ")");
}

function array(items: Doc[]): Doc {
  return block("[", items, "]");
}

function record(entries: ReadonlyArray<readonly [string, Doc]>): Doc {
  return block(
    "{",
    entries.map(([key, value]) => prefix(`${key}: `, value)),
    "}",
    true,
  );
}

function helper(ctx: PrintContext, name: string): string {
  ctx.usesHelpers = true;
  return `v.${name}`;
}

export function printExpr(expr: Expr, ctx: PrintContext): Doc {
  switch (expr.kind) {
    case "unknown":
      return "z.unknown()";
    case "never":
      return "z.never()";
    case "ref": {
      const target = ctx.reference(expr.pointer);
      return target.lazy ? prefix("z.lazy(() => ", suffix(target.name, ")")) : target.name;
    }
    case "null":
      return "z.null()";
    case "boolean":
      return "z.boolean()";
    case "string":
      return printString(expr, ctx);
    case "number":
      return printNumber(expr, ctx);
    case "array":
      return printArray(expr, ctx);
    case "object":
      return printObject(expr, ctx);
    case "types": {
      const entries = JSON_TYPES.filter((type) => expr.branches.has(type)).map((type): [string, Doc] => {
        const branch = expr.branches.get(type)!;
        return [type, branch === true || isTrivialTyped(branch) ? "true" : printExpr(branch, ctx)];
      });
      return call(helper(ctx, expr.othersPass ? "whenType" : "types"), [record(entries)]);
    }
    case "literal":
      if (expr.values.every(isPrimitive)) {
        return expr.values.length === 1
          ? call("z.literal", [jsonLiteral(expr.values[0])])
          : call("z.literal", [array(expr.values.map(jsonLiteral))]);
      }
      return call(helper(ctx, "oneOfValues"), [array(expr.values.map(jsonLiteral))]);
    case "nullable":
      return suffix(printExpr(expr.inner, ctx), ".nullable()");
    case "union":
      return call("z.union", [array(expr.options.map((option) => printExpr(option, ctx)))]);
    case "xor":
      return call("z.xor", [array(expr.options.map((option) => printExpr(option, ctx)))]);
    case "discriminated": {
      const options = expr.options.map(([values, option]) =>
        array([array(values.map(jsonLiteral)), printExpr(option, ctx)]),
      );
      return call(helper(ctx, "discriminated"), [stringLiteral(expr.property), array(options)]);
    }
    case "allOf":
      return call(helper(ctx, "allOf"), [array(expr.parts.map((part) => printExpr(part, ctx)))]);
    case "not":
      return call(helper(ctx, "not"), [printExpr(expr.inner, ctx)]);
    case "conditional":
      return call(helper(ctx, "conditional"), [
        printExpr(expr.if, ctx),
        expr.then === undefined ? "undefined" : printExpr(expr.then, ctx),
        expr.else === undefined ? "undefined" : printExpr(expr.else, ctx),
      ]);
    case "unevaluatedProperties":
      return call(helper(ctx, "unevaluatedProperties"), [
        printExpr(expr.base, ctx),
        printEvaluatedProperties(expr.evaluated, ctx),
        expr.rest === "forbidden" ? "false" : printExpr(expr.rest, ctx),
      ]);
    case "unevaluatedItems":
      return call(helper(ctx, "unevaluatedItems"), [
        printExpr(expr.base, ctx),
        printEvaluatedItems(expr.evaluated, ctx),
        expr.rest === "forbidden" ? "false" : printExpr(expr.rest, ctx),
      ]);
  }
}

/** `base.check(a, b)`: base is always flat text here. */
function chain(base: string, calls: Doc[]): Doc {
  return calls.length === 0 ? base : call(`${base}.check`, calls);
}

/** A pattern as a matcher: linear (`v.re`) where RE2 can express it, else a RegExp. */
function printMatcher(pattern: Pattern, ctx: PrintContext): string {
  return pattern.linear === undefined
    ? regexLiteral(pattern.source)
    : `${helper(ctx, "re")}(${linearArguments(pattern.source, pattern.linear)})`;
}

function printString(expr: StringExpr, ctx: PrintContext): Doc {
  const calls: Doc[] = [];
  if (expr.minLength !== undefined) calls.push(`${helper(ctx, "minLength")}(${expr.minLength})`);
  if (expr.maxLength !== undefined) calls.push(`${helper(ctx, "maxLength")}(${expr.maxLength})`);
  for (const pattern of expr.patterns)
    calls.push(
      pattern.linear === undefined
        ? `z.regex(${regexLiteral(pattern.source)})`
        : `${helper(ctx, "pattern")}(${linearArguments(pattern.source, pattern.linear)})`,
    );
  return chain("z.string()", calls);
}

function printNumber(expr: NumberExpr, ctx: PrintContext): Doc {
  const calls: Doc[] = [];
  for (const bound of expr.bounds) calls.push(`z.${bound.op}(${numberLiteral(bound.value)})`);
  for (const divisor of expr.multipleOf) calls.push(`${helper(ctx, "multipleOf")}(${numberLiteral(divisor)})`);
  return chain(expr.integer ? `${helper(ctx, "int")}()` : "z.number()", calls);
}

function arrayChecks(expr: ArrayExpr, ctx: PrintContext): Doc[] {
  const calls: Doc[] = [];
  if (expr.minItems !== undefined) calls.push(`z.minLength(${expr.minItems})`);
  if (expr.maxItems !== undefined) calls.push(`z.maxLength(${expr.maxItems})`);
  if (expr.uniqueItems) calls.push(`${helper(ctx, "uniqueItems")}()`);
  if (expr.contains !== undefined) {
    const { schema, min, max } = expr.contains;
    calls.push(
      call(helper(ctx, "contains"), [printExpr(schema, ctx), String(min), ...(max === undefined ? [] : [String(max)])]),
    );
  }
  return calls;
}

function printArray(expr: ArrayExpr, ctx: PrintContext): Doc {
  let base: Doc;
  if (expr.prefixItems !== undefined) {
    const rest: Doc[] =
      expr.items === undefined ? [] : [expr.items.kind === "never" ? "false" : printExpr(expr.items, ctx)];
    base = call(helper(ctx, "tuple"), [array(expr.prefixItems.map((item) => printExpr(item, ctx))), ...rest]);
  } else {
    base = call("z.array", [expr.items === undefined ? "z.unknown()" : printExpr(expr.items, ctx)]);
  }
  const calls = arrayChecks(expr, ctx);
  return calls.length === 0 ? base : sequence([base, call(".check", calls)]);
}

function printObject(expr: ObjectExpr, ctx: PrintContext): Doc {
  const entries: Array<[string, Doc]> = [];
  if (expr.properties.length > 0) {
    entries.push([
      "properties",
      array(expr.properties.map(([name, schema]) => array([stringLiteral(name), printExpr(schema, ctx)]))),
    ]);
  }
  if (expr.required.length > 0) entries.push(["required", array(expr.required.map(stringLiteral))]);
  if (expr.patternProperties.length > 0) {
    entries.push([
      "patternProperties",
      array(
        expr.patternProperties.map(([pattern, schema]) => array([printMatcher(pattern, ctx), printExpr(schema, ctx)])),
      ),
    ]);
  }
  if (expr.additionalProperties !== undefined) {
    entries.push([
      "additionalProperties",
      expr.additionalProperties === "forbidden" ? "false" : printExpr(expr.additionalProperties, ctx),
    ]);
  }
  if (expr.propertyNames !== undefined) entries.push(["propertyNames", printExpr(expr.propertyNames, ctx)]);
  if (expr.minProperties !== undefined) entries.push(["minProperties", String(expr.minProperties)]);
  if (expr.maxProperties !== undefined) entries.push(["maxProperties", String(expr.maxProperties)]);
  if (expr.dependentRequired.length > 0) {
    entries.push([
      "dependentRequired",
      array(
        expr.dependentRequired.map(([name, needed]) => array([stringLiteral(name), array(needed.map(stringLiteral))])),
      ),
    ]);
  }
  if (expr.dependentSchemas.length > 0) {
    entries.push([
      "dependentSchemas",
      array(expr.dependentSchemas.map(([name, schema]) => array([stringLiteral(name), printExpr(schema, ctx)]))),
    ]);
  }
  return call(helper(ctx, "object"), entries.length === 0 ? [] : [record(entries)]);
}

function printEvaluatedProperties(evaluated: EvaluatedProperties, ctx: PrintContext): Doc {
  const entries: Array<[string, Doc]> = [];
  if (evaluated.all) entries.push(["all", "true"]);
  if (evaluated.names.length > 0) entries.push(["names", array(evaluated.names.map(stringLiteral))]);
  if (evaluated.patterns.length > 0)
    entries.push(["patterns", array(evaluated.patterns.map((pattern) => printMatcher(pattern, ctx)))]);
  if (evaluated.when.length > 0) {
    const branches = evaluated.when.map((branch) => {
      const parts: Array<[string, Doc]> = [["if", printExpr(branch.if, ctx)]];
      if (branch.then !== undefined) parts.push(["then", printEvaluatedProperties(branch.then, ctx)]);
      if (branch.else !== undefined) parts.push(["else", printEvaluatedProperties(branch.else, ctx)]);
      return record(parts);
    });
    entries.push(["when", array(branches)]);
  }
  if (evaluated.dependent.length > 0) {
    entries.push([
      "dependent",
      array(
        evaluated.dependent.map(([name, next]) => array([stringLiteral(name), printEvaluatedProperties(next, ctx)])),
      ),
    ]);
  }
  return record(entries);
}

function printEvaluatedItems(evaluated: EvaluatedItems, ctx: PrintContext): Doc {
  const entries: Array<[string, Doc]> = [];
  if (evaluated.all) entries.push(["all", "true"]);
  if (evaluated.prefix > 0) entries.push(["prefix", String(evaluated.prefix)]);
  if (evaluated.contains.length > 0)
    entries.push(["contains", array(evaluated.contains.map((schema) => printExpr(schema, ctx)))]);
  if (evaluated.when.length > 0) {
    const branches = evaluated.when.map((branch) => {
      const parts: Array<[string, Doc]> = [["if", printExpr(branch.if, ctx)]];
      if (branch.then !== undefined) parts.push(["then", printEvaluatedItems(branch.then, ctx)]);
      if (branch.else !== undefined) parts.push(["else", printEvaluatedItems(branch.else, ctx)]);
      return record(parts);
    });
    entries.push(["when", array(branches)]);
  }
  return record(entries);
}
