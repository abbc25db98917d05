/*
 * How drift reads each schema keyword. Keywords it analyses one by one are
 * listed in ANALYSED; other validation keywords are compared as a whole
 * (GENERIC_*); everything else is an annotation, reported as info.
 */

/** Validation keywords with a dedicated rule (plus `$ref` and `nullable`, read during normalisation). */
export const ANALYSED = new Set([
  "type",
  "nullable",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "multipleOf",
  "uniqueItems",
  "pattern",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
]);

/** Validation keywords holding one subschema, compared as a whole. */
export const GENERIC_SUBSCHEMA = new Set([
  "propertyNames",
  "contains",
  "if",
  "then",
  "else",
  "unevaluatedProperties",
  "unevaluatedItems",
  "additionalItems",
]);

/** Validation keywords holding an array of subschemas. */
export const GENERIC_SUBSCHEMA_ARRAY = new Set(["prefixItems"]);

/** Validation keywords holding a map of subschemas. */
export const GENERIC_SUBSCHEMA_MAP = new Set(["patternProperties", "dependentSchemas"]);

/** Validation keywords holding plain values. */
export const GENERIC_VALUE = new Set(["dependentRequired", "dependencies", "minContains", "maxContains"]);

/** Structural keywords that carry no meaning of their own at a schema's position. */
export const IGNORED = new Set([
  "$ref",
  "$schema",
  "$id",
  "$anchor",
  "$dynamicAnchor",
  "$vocabulary",
  "$defs",
  "definitions",
]);

export const COUNT_KEYWORDS = [
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
] as const;
export type CountKeyword = (typeof COUNT_KEYWORDS)[number];

export function isValidationKeyword(key: string): boolean {
  return (
    ANALYSED.has(key) ||
    GENERIC_SUBSCHEMA.has(key) ||
    GENERIC_SUBSCHEMA_ARRAY.has(key) ||
    GENERIC_SUBSCHEMA_MAP.has(key) ||
    GENERIC_VALUE.has(key)
  );
}
