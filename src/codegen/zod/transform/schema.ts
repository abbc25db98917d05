import { appendPointer, localRefPointer } from "../../../shared/json-pointer.js";
import type { SchemaCompiler } from "../compiler.js";
import { describeValue, isRecord } from "../context.js";
import { bareTyped, type Expr, isTrivialTyped, type JsonType, type TypeBranches, type TypedExpr } from "../ir.js";
import {
  ANNOTATION_KEYWORDS,
  ENFORCED_KEYWORDS,
  isExtensionKeyword,
  type KeywordGroup,
  TYPE_SPECIFIC_KEYWORDS,
  UNSUPPORTED_KEYWORDS,
} from "../keywords.js";
import { arrayKeywords } from "./array.js";
import { anyOf, conjunction, not, nullable, oneOf } from "./combine.js";
import { objectKeywords } from "./object.js";
import { readBoolean, readSchemaList } from "./read.js";
import { numberKeywords, stringKeywords } from "./scalars.js";
import { readType, type TypeKeyword } from "./type.js";
import { evaluatedItems, evaluatedProperties } from "./unevaluated.js";
import { filterByType, intersectValues, literal, readConst, readEnum } from "./values.js";

/*
 * One schema object (or boolean schema) to IR: the conjunction of its
 * keyword groups ($ref, type with its type-specific keywords, enum/const,
 * allOf/anyOf/oneOf/not/if), then unevaluated*, then OpenAPI's `nullable`
 * around the whole ("null is also accepted").
 */
export function schemaToExpr(schema: unknown, at: string, compiler: SchemaCompiler): Expr {
  if (schema === true) return { kind: "unknown" };
  if (schema === false) return { kind: "never" };
  if (!isRecord(schema)) {
    compiler.diagnostics.problem(at, `expected a schema (an object or a boolean), found ${describeValue(schema)}`);
    return { kind: "unknown" };
  }
  const groups = scanKeywords(schema, at, compiler);

  const parts: Expr[] = [];
  const ref = refPart(schema, at, compiler);
  if (ref !== undefined) parts.push(ref);

  const type = readType(schema, at, compiler.diagnostics);
  const typed = typedPart(schema, at, compiler, type, groups);
  const values = valuesPart(schema, at, compiler);
  if (values !== undefined && typed.trivial) {
    parts.push(literal(filterByType(values, type.allowed, type.integerOnly)));
  } else {
    if (typed.expr !== undefined) parts.push(typed.expr);
    if (values !== undefined) parts.push(literal(values));
  }

  for (const [index, sub] of (readSchemaList(schema, "allOf", at, compiler.diagnostics) ?? []).entries()) {
    parts.push(compiler.compile(sub, appendPointer(at, "allOf", index)));
  }
  const anyOfOptions = readSchemaList(schema, "anyOf", at, compiler.diagnostics);
  if (anyOfOptions !== undefined)
    parts.push(anyOf(anyOfOptions.map((sub, index) => compiler.compile(sub, appendPointer(at, "anyOf", index)))));
  const oneOfOptions = readSchemaList(schema, "oneOf", at, compiler.diagnostics);
  if (oneOfOptions !== undefined)
    parts.push(
      oneOf(
        oneOfOptions.map((sub, index) => compiler.compile(sub, appendPointer(at, "oneOf", index))),
        compiler,
      ),
    );
  if (schema.not !== undefined) parts.push(not(compiler.compile(schema.not, appendPointer(at, "not"))));
  const conditional = conditionalPart(schema, at, compiler);
  if (conditional !== undefined) parts.push(conditional);

  let expr = conjunction(parts, compiler);
  if (schema.unevaluatedProperties !== undefined || schema.unevaluatedItems !== undefined)
    expr = unevaluatedPart(schema, at, compiler, expr);
  if (readBoolean(schema, "nullable", at, compiler.diagnostics) === true) expr = nullable(expr);
  return expr;
}

/** One pass over the keys: warn about keywords that are not enforced, and note which type-specific groups are present. */
function scanKeywords(schema: Record<string, unknown>, at: string, compiler: SchemaCompiler): Set<KeywordGroup> {
  const groups = new Set<KeywordGroup>();
  for (const keyword of Object.keys(schema)) {
    const group = TYPE_SPECIFIC_KEYWORDS.get(keyword);
    if (group !== undefined) {
      groups.add(group);
      continue;
    }
    if (ENFORCED_KEYWORDS.has(keyword) || ANNOTATION_KEYWORDS.has(keyword) || isExtensionKeyword(keyword)) continue;
    const reason = UNSUPPORTED_KEYWORDS.get(keyword);
    compiler.diagnostics.warn(
      appendPointer(at, keyword),
      reason === undefined
        ? `unknown keyword "${keyword}" is ignored (treated as an annotation)`
        : `"${keyword}" is not enforced by the Zod validator: ${reason}`,
    );
  }
  return groups;
}

function refPart(schema: Record<string, unknown>, at: string, compiler: SchemaCompiler): Expr | undefined {
  const ref = schema.$ref;
  if (ref === undefined) return undefined;
  const where = appendPointer(at, "$ref");
  if (typeof ref !== "string") {
    compiler.diagnostics.problem(where, `"$ref" must be a string, found ${describeValue(ref)}`);
    return undefined;
  }
  const target = localRefPointer(ref);
  if (target === undefined || !target.startsWith("/")) {
    compiler.diagnostics.problem(
      where,
      `$ref ${JSON.stringify(ref)} is not supported: only JSON pointers into the same document ("#/...") are`,
    );
    return undefined;
  }
  const status = compiler.lookup(target);
  if (status === "missing") {
    compiler.diagnostics.problem(where, `$ref ${JSON.stringify(ref)} does not resolve`);
    return undefined;
  }
  if (status === "endless") {
    compiler.diagnostics.problem(
      where,
      `$ref ${JSON.stringify(ref)} starts a chain of references that never reaches a schema`,
    );
    return undefined;
  }
  return compiler.reference(target);
}

/**
 * `type` and the keywords that only apply to one JSON type. Without `type`,
 * a value of another JSON type passes (so `{minLength: 2}` accepts 5).
 * `trivial`: nothing beyond the type list, so enum values can simply be
 * filtered by it.
 */
function typedPart(
  schema: Record<string, unknown>,
  at: string,
  compiler: SchemaCompiler,
  type: TypeKeyword,
  groups: ReadonlySet<KeywordGroup>,
): { expr?: Expr; trivial: boolean } {
  // Every group present is read (and its problems reported) even when `type` excludes it.
  const all = new Map<JsonType, TypedExpr>();
  if (groups.has("string")) all.set("string", stringKeywords(schema, at, compiler.diagnostics));
  if (groups.has("number") || type.integerOnly)
    all.set("number", numberKeywords(schema, at, compiler.diagnostics, type.integerOnly));
  if (groups.has("array")) all.set("array", arrayKeywords(schema, at, compiler));
  if (groups.has("object")) all.set("object", objectKeywords(schema, at, compiler));
  const branches: TypeBranches = new Map();
  let trivial = true;
  for (const name of type.allowed) {
    const expr = all.get(name);
    if (expr === undefined || isTrivialTyped(expr)) {
      branches.set(name, true);
    } else {
      branches.set(name, expr);
      trivial = false;
    }
  }
  if (!type.declared) {
    const constrained: TypeBranches = new Map([...branches].filter(([, branch]) => branch !== true));
    return constrained.size === 0
      ? { trivial }
      : { expr: { kind: "types", branches: constrained, othersPass: true }, trivial };
  }
  if (branches.size === 1) {
    const [name, branch] = [...branches][0]!;
    return { expr: branch === true ? bareTyped(name) : branch, trivial };
  }
  if (branches.size === 2 && branches.has("null")) {
    const [name, branch] = [...branches].find(([key]) => key !== "null")!;
    return { expr: nullable(branch === true ? bareTyped(name) : branch), trivial };
  }
  return { expr: { kind: "types", branches, othersPass: false }, trivial };
}

/** enum and const, as one list of allowed values. */
function valuesPart(schema: Record<string, unknown>, at: string, compiler: SchemaCompiler): unknown[] | undefined {
  const fromEnum = readEnum(schema, at, compiler.diagnostics);
  const fromConst = readConst(schema);
  if (fromEnum === undefined) return fromConst;
  return fromConst === undefined ? fromEnum : intersectValues(fromEnum, fromConst);
}

function conditionalPart(schema: Record<string, unknown>, at: string, compiler: SchemaCompiler): Expr | undefined {
  if (schema.if === undefined) return undefined;
  const condition = compiler.compile(schema.if, appendPointer(at, "if"));
  const then = schema.then === undefined ? undefined : compiler.compile(schema.then, appendPointer(at, "then"));
  const otherwise = schema.else === undefined ? undefined : compiler.compile(schema.else, appendPointer(at, "else"));
  if (then === undefined && otherwise === undefined) return undefined;
  const expr: Expr = { kind: "conditional", if: condition };
  if (then !== undefined && then.kind !== "unknown") expr.then = then;
  if (otherwise !== undefined && otherwise.kind !== "unknown") expr.else = otherwise;
  return expr.then === undefined && expr.else === undefined ? undefined : expr;
}

function unevaluatedPart(schema: Record<string, unknown>, at: string, compiler: SchemaCompiler, base: Expr): Expr {
  let expr = base;
  if (schema.unevaluatedProperties !== undefined) {
    const rest = compiler.compile(schema.unevaluatedProperties, appendPointer(at, "unevaluatedProperties"));
    const evaluated = evaluatedProperties(schema, at, compiler, false);
    if (rest.kind !== "unknown" && !evaluated.all) {
      expr = { kind: "unevaluatedProperties", base: expr, evaluated, rest: rest.kind === "never" ? "forbidden" : rest };
    }
  }
  if (schema.unevaluatedItems !== undefined) {
    const rest = compiler.compile(schema.unevaluatedItems, appendPointer(at, "unevaluatedItems"));
    const evaluated = evaluatedItems(schema, at, compiler, false);
    if (rest.kind !== "unknown" && !evaluated.all) {
      expr = { kind: "unevaluatedItems", base: expr, evaluated, rest: rest.kind === "never" ? "forbidden" : rest };
    }
  }
  return expr;
}
