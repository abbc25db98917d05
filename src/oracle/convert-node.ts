import { NULL_REJECTING_APPLICATORS } from "./schema-keywords.js";

/*
 * The per-schema-object part of reading an OpenAPI schema as JSON Schema
 * 2020-12. Deliberately minimal: only what would otherwise change the set of
 * accepted values. Annotations (`discriminator`, `example`, `x-*`, `format`,
 * `default`, `readOnly`...) are left where they are; Ajv runs with
 * `strict: false` and `validateFormats: false`, so it ignores them.
 */

export type SchemaObject = Record<string, unknown>;

export function isSchemaObject(value: unknown): value is SchemaObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * OpenAPI 3.0 writes exclusive bounds as booleans beside `minimum`/`maximum`;
 * 2020-12 wants the bound itself under `exclusiveMinimum`/`exclusiveMaximum`.
 */
export function convertExclusiveBounds(node: SchemaObject): void {
  for (const [exclusive, inclusive] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    const flag = node[exclusive];
    if (typeof flag !== "boolean") continue;
    const bound = node[inclusive];
    if (flag && typeof bound === "number") {
      node[exclusive] = bound;
      delete node[inclusive];
    } else {
      // `false`, or `true` with no bound to make exclusive: nothing to assert.
      delete node[exclusive];
    }
  }
}

/** Draft-4 style tuple `items: [..]` (seen in hand-written 3.0 documents) as 2020-12 `prefixItems`. */
export function convertTupleItems(node: SchemaObject): void {
  if (!Array.isArray(node.items)) return;
  node.prefixItems = node.items;
  if ("additionalItems" in node) {
    node.items = node.additionalItems;
    delete node.additionalItems;
  } else {
    delete node.items;
  }
}

/**
 * `nullable: true` means "null is also accepted" (shared semantics, both
 * OpenAPI versions). When only `type`/`enum` would reject null they are widened
 * in place; otherwise the caller must wrap the schema. Returns whether a wrap
 * is needed.
 */
export function widenNullable(node: SchemaObject): boolean {
  if (!("nullable" in node)) return false;
  const nullable = node.nullable === true;
  delete node.nullable;
  if (!nullable) return false;
  if (NULL_REJECTING_APPLICATORS.some((keyword) => keyword in node)) return true;
  const type = node.type;
  if (typeof type === "string" && type !== "null") node.type = [type, "null"];
  else if (Array.isArray(type) && !type.includes("null")) node.type = [...type, "null"];
  if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
  return false;
}

/**
 * Turn `node` (in place, keeping the object's identity so references held to
 * it stay valid) into `{anyOf: [<what node was>, {type: "null"}]}`. Returns
 * the object now holding the original keywords.
 */
export function wrapWithNull(node: SchemaObject): SchemaObject {
  const inner: SchemaObject = { ...node };
  for (const key of Object.keys(node)) delete node[key];
  node.anyOf = [inner, { type: "null" }];
  return inner;
}

/**
 * `enum: []` is valid JSON Schema and accepts nothing, but Ajv refuses to
 * compile it ("enum must have non-empty array"): say "nothing" with `false`.
 */
function convertEmptyEnum(node: SchemaObject): void {
  if (!Array.isArray(node.enum) || node.enum.length > 0) return;
  delete node.enum;
  node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), false];
}

/**
 * Ajv 8.20 skips `contains` on an empty array when `prefixItems` is beside
 * it (the code it generates for `contains` runs only after a prefix item
 * was checked), so `{prefixItems: [..], contains: X}` accepted `[]`. The
 * same assertion from an `allOf` member is compiled on its own.
 */
function isolateContains(node: SchemaObject): void {
  if (!("prefixItems" in node) || !("contains" in node)) return;
  const member: SchemaObject = {};
  for (const keyword of ["contains", "minContains", "maxContains"]) {
    if (!(keyword in node)) continue;
    member[keyword] = node[keyword];
    delete node[keyword];
  }
  node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), member];
}

/** Apply every per-node conversion; returns the object holding the schema's own keywords afterwards. */
export function convertNode(node: SchemaObject): { content: SchemaObject; wrapped: boolean } {
  convertExclusiveBounds(node);
  convertEmptyEnum(node);
  convertTupleItems(node);
  isolateContains(node);
  if (widenNullable(node)) return { content: wrapWithNull(node), wrapped: true };
  return { content: node, wrapped: false };
}
