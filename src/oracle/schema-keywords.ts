/*
 * Where subschemas sit inside a schema object (JSON Schema 2020-12 plus the
 * older spellings OpenAPI 3.0 documents use). The conversion walks only these
 * positions, so a property *named* `type`, `nullable` or `properties` is never
 * mistaken for a keyword.
 */

/** Keywords whose value is one subschema. */
export const SINGLE_SUBSCHEMA = [
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "items",
  "additionalItems",
  "unevaluatedItems",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "contentSchema",
] as const;

/** Keywords whose value is an array of subschemas. */
export const ARRAY_OF_SUBSCHEMAS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;

/** Keywords whose value maps names to subschemas. */
export const MAP_OF_SUBSCHEMAS = [
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
] as const;

/**
 * Keywords that reject `null` whatever the rest of the schema says. A
 * nullable schema holding one of them cannot be widened in place: it is
 * wrapped in `anyOf: [schema, {type: "null"}]` instead.
 */
export const NULL_REJECTING_APPLICATORS = [
  "$ref",
  "$dynamicRef",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "const",
] as const;
