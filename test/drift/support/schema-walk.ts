/*
 * Schema-aware rewriting of whole OpenAPI documents, for tests: every schema
 * position (components, request bodies, responses, parameters) and, inside a
 * schema, only subschema keywords, so a property *named* `nullable` or
 * `example` is left alone.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const ONE = [
  "additionalProperties",
  "items",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
  "contains",
  "unevaluatedProperties",
  "unevaluatedItems",
  "additionalItems",
];
const MANY = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["properties", "patternProperties", "$defs", "dependentSchemas"];

/** Rebuild a schema bottom-up: children first, then `fn` on the node. */
export function mapSchema(schema: Json, fn: (node: JsonObject) => Json): Json {
  if (!isObject(schema)) return schema;
  const node: JsonObject = { ...schema };
  for (const key of ONE)
    if (isObject(node[key]) || Array.isArray(node[key]))
      node[key] = Array.isArray(node[key])
        ? (node[key] as Json[]).map((s) => mapSchema(s, fn))
        : mapSchema(node[key]!, fn);
  for (const key of MANY) if (Array.isArray(node[key])) node[key] = (node[key] as Json[]).map((s) => mapSchema(s, fn));
  for (const key of MAP) {
    const map = node[key];
    if (isObject(map)) node[key] = Object.fromEntries(Object.entries(map).map(([name, s]) => [name, mapSchema(s, fn)]));
  }
  return fn(node);
}

function mapContent(content: Json | undefined, fn: (schema: Json) => Json): Json | undefined {
  if (!isObject(content)) return content;
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => [
      type,
      isObject(media) && media.schema !== undefined ? { ...media, schema: fn(media.schema) } : media,
    ]),
  );
}

function mapBody(body: Json | undefined, fn: (schema: Json) => Json): Json | undefined {
  if (!isObject(body) || body.content === undefined) return body;
  return { ...body, content: mapContent(body.content, fn)! };
}

/** Apply `fn` to every top-level schema position of a document (not inside schemas: `fn` recurses itself). */
export function mapDocumentSchemas(doc: Json, fn: (schema: Json) => Json): JsonObject {
  const out = structuredClone(doc) as JsonObject;
  const components = out.components;
  if (isObject(components)) {
    if (isObject(components.schemas))
      components.schemas = Object.fromEntries(Object.entries(components.schemas).map(([name, s]) => [name, fn(s)]));
    for (const kind of ["requestBodies", "responses"]) {
      const group = components[kind];
      if (isObject(group))
        components[kind] = Object.fromEntries(Object.entries(group).map(([name, body]) => [name, mapBody(body, fn)!]));
    }
  }
  if (isObject(out.paths)) {
    for (const item of Object.values(out.paths)) {
      if (!isObject(item)) continue;
      for (const operation of Object.values(item)) {
        if (!isObject(operation)) continue;
        if (operation.requestBody !== undefined) operation.requestBody = mapBody(operation.requestBody, fn)!;
        if (isObject(operation.responses)) {
          operation.responses = Object.fromEntries(
            Object.entries(operation.responses).map(([code, response]) => [code, mapBody(response, fn)!]),
          );
        }
      }
    }
  }
  return out;
}
