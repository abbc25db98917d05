import { getAtPointer, localRefPointer } from "../../../src/shared/json-pointer.js";
import { isObject, type Json, type JsonObject, mapDocumentSchemas, mapSchema } from "./schema-walk.js";

/** Every object's keys in reverse order, recursively. */
export function reorderKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reorderKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reorderKeys(value[key]!)]),
  );
}

/**
 * Replace every schema `$ref` by a copy of its target (siblings override the
 * target's keys, as annotations do), except where that would recurse forever.
 */
export function inlineRefs(doc: Json): JsonObject {
  const original = doc;
  function inline(schema: Json, stack: readonly string[]): Json {
    return mapSchema(schema, (node) => {
      if (typeof node.$ref !== "string") return node;
      const target = localRefPointer(node.$ref);
      if (target === undefined || stack.includes(target)) return node;
      const resolved = getAtPointer(original, target) as Json;
      const { $ref: _ref, ...siblings } = node;
      const expanded = inline(structuredClone(resolved), [...stack, target]);
      return isObject(expanded) ? { ...expanded, ...siblings } : expanded;
    });
  }
  return mapDocumentSchemas(doc, (schema) => inline(schema, []));
}

/** Move every inline property schema into `components.schemas` and point at it with a `$ref`. */
export function moveToComponents(doc: Json): JsonObject {
  const moved: Record<string, Json> = {};
  let counter = 0;
  const out = mapDocumentSchemas(doc, (schema) =>
    mapSchema(schema, (node) => {
      if (!isObject(node.properties)) return node;
      const properties: JsonObject = {};
      for (const [name, property] of Object.entries(node.properties)) {
        if (isObject(property) && property.$ref === undefined) {
          const key = `Moved${counter++}`;
          moved[key] = property;
          properties[name] = { $ref: `#/components/schemas/${key}` };
        } else properties[name] = property;
      }
      return { ...node, properties };
    }),
  );
  const components = (out.components ??= {}) as JsonObject;
  components.schemas = { ...((components.schemas as JsonObject | undefined) ?? {}), ...moved };
  return out;
}

const ANNOTATIONS = new Set([
  "description",
  "title",
  "default",
  "deprecated",
  "example",
  "examples",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "discriminator",
]);

/**
 * An OpenAPI 3.0 document rewritten the way a 3.1 migration would, with no
 * change of meaning: `nullable` as a `"null"` type (and `null` in the enum) or
 * as an `anyOf` with a `{type: "null"}` branch, boolean exclusive bounds as
 * numeric ones, `example` as `examples`.
 */
export function to31(doc: Json, nullStyle: "type-array" | "any-of" = "type-array"): JsonObject {
  const out = mapDocumentSchemas(doc, (schema) =>
    mapSchema(schema, (source) => {
      const node: JsonObject = { ...source };
      for (const [exclusive, inclusive] of [
        ["exclusiveMinimum", "minimum"],
        ["exclusiveMaximum", "maximum"],
      ] as const) {
        if (node[exclusive] === true && typeof node[inclusive] === "number") {
          node[exclusive] = node[inclusive]!;
          delete node[inclusive];
        } else if (typeof node[exclusive] === "boolean") delete node[exclusive];
      }
      if ("example" in node) {
        node.examples = [node.example!];
        delete node.example;
      }
      const nullable = node.nullable === true;
      delete node.nullable;
      if (!nullable) return node;
      if (nullStyle === "type-array" && (typeof node.type === "string" || Array.isArray(node.type))) {
        const types = Array.isArray(node.type) ? node.type : [node.type];
        node.type = types.includes("null") ? types : [...types, "null"];
        if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
        return node;
      }
      const outer: JsonObject = {};
      const inner: JsonObject = {};
      for (const [key, value] of Object.entries(node)) (ANNOTATIONS.has(key) ? outer : inner)[key] = value;
      return { ...outer, anyOf: [inner, { type: "null" }] };
    }),
  );
  out.openapi = "3.1.0";
  return out;
}
