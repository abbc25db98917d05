/*
 * Every keyword a schema object may carry falls in exactly one group. A
 * keyword in none of them is reported as unknown, so nothing is dropped
 * without a word.
 */

/** Keywords with a validation meaning, each enforced by a transform. */
export const ENFORCED_KEYWORDS: ReadonlySet<string> = new Set([
  "$ref",
  "type",
  "nullable",
  "enum",
  "const",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "items",
  "prefixItems",
  // Only meaningful beside the draft-07 tuple form of items, where it is enforced.
  "additionalItems",
  "maxItems",
  "minItems",
  "uniqueItems",
  "contains",
  "maxContains",
  "minContains",
  "maxProperties",
  "minProperties",
  "required",
  "properties",
  "patternProperties",
  "additionalProperties",
  "propertyNames",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "unevaluatedProperties",
  "unevaluatedItems",
]);

/** Annotations: no effect on what is valid (the project's shared semantics put discriminator and format here). */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  "title",
  "description",
  "default",
  "examples",
  "example",
  "deprecated",
  "readOnly",
  "writeOnly",
  "format",
  "discriminator",
  "xml",
  "externalDocs",
  "$comment",
  "$schema",
  "$vocabulary",
  "$defs",
  "definitions",
  "$anchor",
  "$dynamicAnchor",
  "$recursiveAnchor",
  "contentMediaType",
  "contentEncoding",
  "contentSchema",
]);

/** Keywords with a validation meaning this generator does not enforce; each use is a warning. */
export const UNSUPPORTED_KEYWORDS: ReadonlyMap<string, string> = new Map([
  ["$dynamicRef", "dynamic references are not supported; the reference is not followed"],
  ["$recursiveRef", "recursive references (draft 2019-09) are not supported; the reference is not followed"],
  [
    "$id",
    "identifiers that change the base URI are not supported; $ref is resolved as a JSON pointer into the whole document",
  ],
]);

export function isExtensionKeyword(keyword: string): boolean {
  return keyword.startsWith("x-");
}

/** Keywords that only apply to values of one JSON type. */
export type KeywordGroup = "string" | "number" | "array" | "object";

export const TYPE_SPECIFIC_KEYWORDS: ReadonlyMap<string, KeywordGroup> = new Map<string, KeywordGroup>([
  ["minLength", "string"],
  ["maxLength", "string"],
  ["pattern", "string"],
  ["multipleOf", "number"],
  ["maximum", "number"],
  ["exclusiveMaximum", "number"],
  ["minimum", "number"],
  ["exclusiveMinimum", "number"],
  ["items", "array"],
  ["prefixItems", "array"],
  ["additionalItems", "array"],
  ["maxItems", "array"],
  ["minItems", "array"],
  ["uniqueItems", "array"],
  ["contains", "array"],
  ["maxContains", "array"],
  ["minContains", "array"],
  ["maxProperties", "object"],
  ["minProperties", "object"],
  ["required", "object"],
  ["properties", "object"],
  ["patternProperties", "object"],
  ["additionalProperties", "object"],
  ["propertyNames", "object"],
  ["dependentRequired", "object"],
  ["dependentSchemas", "object"],
  ["dependencies", "object"],
]);
