import type { OpenApiLine } from "../spec.js";
import { compact, type Json, type Schema } from "./json.js";

/*
 * The few keywords that OpenAPI 3.0 and 3.1 spell differently. Templates
 * write every schema through a Dialect so the same model comes out in either
 * line: 3.0 uses `nullable`, boolean exclusive bounds, single-value `enum`
 * and `example`; 3.1 uses type arrays, numeric exclusive bounds, `const`,
 * `examples` and `propertyNames`.
 */

type PrimitiveType = "string" | "number" | "integer" | "boolean" | "object" | "array";

export interface Dialect {
  readonly line: OpenApiLine;
  /** The `openapi` field. */
  readonly openapi: string;
  /** A schema accepting exactly `value`. */
  constant(type: PrimitiveType, value: string | number | boolean, extra?: Schema): Schema;
  /** `schema` (which has a single `type`) with null also accepted. */
  nullable(schema: Schema): Schema;
  /** A reference that also accepts null; `extra` holds annotations such as `description`. */
  nullableRef(ref: Schema, extra?: Schema): Schema;
  /** A schema without `type` (a oneOf, say) that also accepts null. */
  nullableUnion(branches: Schema[], extra?: Schema): Schema;
  /** A reference with a description beside it: a `$ref` sibling in 3.1, an `allOf` wrapper in 3.0 (where siblings of `$ref` are formally ignored). */
  describedRef(ref: Schema, description: string): Schema;
  exclusiveMinimum(bound: number): Schema;
  exclusiveMaximum(bound: number): Schema;
  example(value: Json): Schema;
  /** Constraint on the keys of a map; 3.0 has no such keyword, so it is dropped there. */
  propertyNames(schema: Schema): Schema;
}

function nullableType30(schema: Schema): Schema {
  return { ...schema, nullable: true };
}

function nullableType31(schema: Schema): Schema {
  const type = schema.type;
  if (typeof type !== "string") throw new Error("nullable() needs a schema with a single type");
  const out: Schema = { ...schema, type: [type, "null"] };
  if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null];
  return out;
}

const openApi30: Dialect = {
  line: "3.0",
  openapi: "3.0.3",
  constant: (type, value, extra = {}) => ({ type, enum: [value], ...extra }),
  nullable: nullableType30,
  nullableRef: (ref, extra = {}) => ({ ...extra, allOf: [ref], nullable: true }),
  nullableUnion: (branches, extra = {}) => ({ ...extra, oneOf: branches, nullable: true }),
  describedRef: (ref, description) => ({ allOf: [ref], description }),
  exclusiveMinimum: (bound) => ({ minimum: bound, exclusiveMinimum: true }),
  exclusiveMaximum: (bound) => ({ maximum: bound, exclusiveMaximum: true }),
  example: (value) => ({ example: value }),
  propertyNames: () => ({}),
};

const openApi31: Dialect = {
  line: "3.1",
  openapi: "3.1.0",
  constant: (type, value, extra = {}) => ({ type, const: value, ...extra }),
  nullable: nullableType31,
  nullableRef: (ref, extra = {}) => ({ ...extra, anyOf: [ref, { type: "null" }] }),
  nullableUnion: (branches, extra = {}) => ({ ...extra, oneOf: [...branches, { type: "null" }] }),
  describedRef: (ref, description) => ({ ...ref, description }),
  exclusiveMinimum: (bound) => ({ exclusiveMinimum: bound }),
  exclusiveMaximum: (bound) => ({ exclusiveMaximum: bound }),
  example: (value) => ({ examples: [value] }),
  propertyNames: (schema) => ({ propertyNames: schema }),
};

export function dialectFor(line: OpenApiLine, openapi?: string): Dialect {
  const base = line === "3.0" ? openApi30 : openApi31;
  return openapi === undefined ? base : { ...base, openapi };
}

/** Numeric bounds of a range; `exclusive` says which ends are open. */
export function range(
  d: Dialect,
  min: number | undefined,
  max: number | undefined,
  exclusive: { min?: boolean; max?: boolean } = {},
): Schema {
  return {
    ...(min === undefined ? {} : exclusive.min === true ? d.exclusiveMinimum(min) : { minimum: min }),
    ...(max === undefined ? {} : exclusive.max === true ? d.exclusiveMaximum(max) : { maximum: max }),
  };
}

/**
 * 3.0's `nullable: true`, written even into a 3.1 document: OpenAI's own 3.1
 * spec still does this in places, and every stage must honour it.
 */
export function legacyNullable(schema: Schema): Schema {
  return compact({ ...schema, nullable: true });
}
