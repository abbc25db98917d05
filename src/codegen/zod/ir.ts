/*
 * What a validator module says, before it is printed: one expression per
 * schema location, with JSON Schema's meaning already settled (types
 * expanded, 3.0 quirks normalised, oneOf proven disjoint or not). The
 * printer turns it into Zod code; the analysis reads it to pick fast paths.
 */

export type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object";
export const JSON_TYPES: readonly JsonType[] = ["null", "boolean", "number", "string", "array", "object"];

export type Primitive = string | number | boolean | null;

export interface NumberBound {
  op: "gte" | "gt" | "lte" | "lt";
  value: number;
}

/** A document pattern (ECMA-262 with the `u` flag) and, when RE2 can express it, its linear-time program. */
export interface Pattern {
  source: string;
  /** The RE2 program with the same meaning; undefined: only a backtracking RegExp can match it (and a warning said so). */
  linear?: string;
}

export interface StringExpr {
  kind: "string";
  minLength?: number;
  maxLength?: number;
  patterns: Pattern[];
}

export interface NumberExpr {
  kind: "number";
  integer: boolean;
  bounds: NumberBound[];
  multipleOf: number[];
}

export interface ArrayExpr {
  kind: "array";
  /** Schema of the items after the prefix; undefined: any item. */
  items?: Expr;
  prefixItems?: Expr[];
  minItems?: number;
  maxItems?: number;
  uniqueItems: boolean;
  contains?: { schema: Expr; min: number; max?: number };
}

export interface ObjectExpr {
  kind: "object";
  properties: Array<[string, Expr]>;
  required: string[];
  patternProperties: Array<[Pattern, Expr]>;
  /** undefined: not constrained; "forbidden": additionalProperties false. */
  additionalProperties?: Expr | "forbidden";
  propertyNames?: Expr;
  minProperties?: number;
  maxProperties?: number;
  dependentRequired: Array<[string, string[]]>;
  dependentSchemas: Array<[string, Expr]>;
}

export type TypedExpr = { kind: "null" } | { kind: "boolean" } | StringExpr | NumberExpr | ArrayExpr | ObjectExpr;

/** Per JSON type, its schema or `true` for "any value of that type". */
export type TypeBranches = Map<JsonType, TypedExpr | true>;

export interface EvaluatedProperties {
  names: string[];
  patterns: Pattern[];
  all: boolean;
  when: Array<{ if: Expr; then?: EvaluatedProperties; else?: EvaluatedProperties }>;
  dependent: Array<[string, EvaluatedProperties]>;
}

export interface EvaluatedItems {
  prefix: number;
  all: boolean;
  contains: Expr[];
  when: Array<{ if: Expr; then?: EvaluatedItems; else?: EvaluatedItems }>;
}

export type Expr =
  | { kind: "unknown" }
  | { kind: "never" }
  /** A schema that has its own const (a `$ref` target); `pointer` is its location in the document. */
  | { kind: "ref"; pointer: string }
  | TypedExpr
  /** The value's JSON type must be listed (or, with othersPass, may be unlisted) and pass its branch. */
  | { kind: "types"; branches: TypeBranches; othersPass: boolean }
  /** enum / const: one of these JSON values. */
  | { kind: "literal"; values: unknown[] }
  | { kind: "nullable"; inner: Expr }
  /** anyOf, or a oneOf whose branches were proven disjoint. */
  | { kind: "union"; options: Expr[] }
  /** oneOf: exactly one branch. */
  | { kind: "xor"; options: Expr[] }
  /** oneOf proven disjoint by a required property with distinct constant values per branch. */
  | { kind: "discriminated"; property: string; options: Array<[Primitive[], Expr]> }
  | { kind: "allOf"; parts: Expr[] }
  | { kind: "not"; inner: Expr }
  | { kind: "conditional"; if: Expr; then?: Expr; else?: Expr }
  | { kind: "unevaluatedProperties"; base: Expr; evaluated: EvaluatedProperties; rest: Expr | "forbidden" }
  | { kind: "unevaluatedItems"; base: Expr; evaluated: EvaluatedItems; rest: Expr | "forbidden" };

/** The JSON type of a value read from a document. */
export function jsonTypeOfValue(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "object";
  }
}

export function isPrimitive(value: unknown): value is Primitive {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** A typed expression that adds nothing to its JSON type check. */
export function isTrivialTyped(expr: TypedExpr): boolean {
  switch (expr.kind) {
    case "null":
    case "boolean":
      return true;
    case "string":
      return expr.minLength === undefined && expr.maxLength === undefined && expr.patterns.length === 0;
    case "number":
      return !expr.integer && expr.bounds.length === 0 && expr.multipleOf.length === 0;
    case "array":
      return (
        expr.items === undefined &&
        expr.prefixItems === undefined &&
        expr.minItems === undefined &&
        expr.maxItems === undefined &&
        !expr.uniqueItems &&
        expr.contains === undefined
      );
    case "object":
      return (
        expr.properties.length === 0 &&
        expr.required.length === 0 &&
        expr.patternProperties.length === 0 &&
        expr.additionalProperties === undefined &&
        expr.propertyNames === undefined &&
        expr.minProperties === undefined &&
        expr.maxProperties === undefined &&
        expr.dependentRequired.length === 0 &&
        expr.dependentSchemas.length === 0
      );
  }
}

export function bareTyped(type: JsonType): TypedExpr {
  switch (type) {
    case "null":
    case "boolean":
      return { kind: type };
    case "string":
      return { kind: "string", patterns: [] };
    case "number":
      return { kind: "number", integer: false, bounds: [], multipleOf: [] };
    case "array":
      return { kind: "array", uniqueItems: false };
    case "object":
      return {
        kind: "object",
        properties: [],
        required: [],
        patternProperties: [],
        dependentRequired: [],
        dependentSchemas: [],
      };
  }
}
