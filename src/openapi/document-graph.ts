import { escapeSegment } from "../shared/json-pointer.js";

/*
 * One iterative pass over a whole document (no recursion, so a document
 * nested 100,000 levels deep is measured rather than crashing the check):
 * every container (object or array) in document order with its parent, and
 * every `$ref` written where a reference can stand.
 *
 * The walk knows where schemas sit, so that data is never read as schema:
 * the values of `enum`, `const`, `default`, `example` and `examples` inside a
 * schema, and `example` / an Example Object's `value` elsewhere, are data even
 * when they hold an object with a `$ref` member. A property *named* `enum`
 * (under `properties`) is still a schema. Unknown keywords and `x-*`
 * extensions are walked as document structure, so a reference written there
 * is still checked.
 */

/** What a container is: document structure, a schema, a container of schemas, or data. */
export type Position = "document" | "components" | "schema" | "schema-map" | "schema-list" | "data";

/** Keywords whose value is one subschema (an array under `items` is the draft-07 tuple form). */
const SUBSCHEMA = new Set([
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
]);
const SUBSCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SUBSCHEMA_MAP = new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "dependencies",
  "$defs",
  "definitions",
]);
const SCHEMA_DATA = new Set(["enum", "const", "default", "example", "examples"]);

/** The position of `value`, found under `key` in a container at `parent` (`isRoot`: that container is the document). */
export function childPosition(parent: Position, key: string | number, value: object, isRoot: boolean): Position {
  switch (parent) {
    case "data":
      return "data";
    case "schema-list":
    case "schema-map":
      return Array.isArray(value) ? "schema-list" : "schema";
    case "schema":
      if (typeof key !== "string") return "document";
      if (SCHEMA_DATA.has(key)) return "data";
      if (SUBSCHEMA_LIST.has(key)) return "schema-list";
      if (SUBSCHEMA_MAP.has(key)) return "schema-map";
      if (SUBSCHEMA.has(key)) return Array.isArray(value) ? "schema-list" : "schema";
      return "document";
    case "components":
      return key === "schemas" ? "schema-map" : "document";
    case "document":
      if (key === "example" || key === "value") return "data";
      if (key === "schema") return Array.isArray(value) ? "document" : "schema";
      if (isRoot && key === "components") return "components";
      return "document";
  }
}

export interface DocumentGraph {
  /** Parent index of each container (-1 for the root); index 0 is the document itself. */
  readonly parent: readonly number[];
  /** The key (or array index) under which each container sits in its parent. */
  readonly key: ReadonlyArray<string | number>;
  /** Each container's index, by identity. */
  readonly indexOf: ReadonlyMap<object, number>;
  /** Every `$ref` string written where a reference can stand: the index of the object holding it. */
  readonly refs: ReadonlyArray<{ holder: number; ref: string }>;
  /** The first container (in document order) nested deeper than the limit; nothing below it was walked. */
  readonly tooDeep: number | undefined;
}

/** Walk `doc`, which must be an object or an array, down to `maxDepth` levels of containers. */
export function documentGraph(doc: object, maxDepth: number): DocumentGraph {
  const parent: number[] = [];
  const key: Array<string | number> = [];
  const indexOf = new Map<object, number>();
  const refs: Array<{ holder: number; ref: string }> = [];
  let tooDeep: number | undefined;
  // Children are pushed last first, so that they are numbered in document order.
  const stack: Array<{ node: object; parent: number; key: string | number; position: Position; depth: number }> = [
    { node: doc, parent: -1, key: "", position: "document", depth: 1 },
  ];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const index = parent.length;
    parent.push(frame.parent);
    key.push(frame.key);
    if (!indexOf.has(frame.node)) indexOf.set(frame.node, index);
    if (frame.depth > maxDepth) {
      tooDeep ??= index;
      continue;
    }
    const depth = frame.depth + 1;
    if (Array.isArray(frame.node)) {
      for (let item = frame.node.length - 1; item >= 0; item -= 1) {
        const value: unknown = frame.node[item];
        if (value !== null && typeof value === "object")
          stack.push({
            node: value,
            parent: index,
            key: item,
            position: childPosition(frame.position, item, value, false),
            depth,
          });
      }
    } else {
      const record = frame.node as Record<string, unknown>;
      // In a map of named schemas or in data, a `$ref` member is a name or a value, not a reference.
      if ((frame.position === "schema" || frame.position === "document") && typeof record.$ref === "string")
        refs.push({ holder: index, ref: record.$ref });
      const names = Object.keys(record);
      for (let i = names.length - 1; i >= 0; i -= 1) {
        const name = names[i]!;
        const value = record[name];
        if (value !== null && typeof value === "object")
          stack.push({
            node: value,
            parent: index,
            key: name,
            position: childPosition(frame.position, name, value, index === 0),
            depth,
          });
      }
    }
  }
  return { parent, key, indexOf, refs, tooDeep };
}

/** The JSON pointer of container `index`. */
export function pointerOfNode(graph: DocumentGraph, index: number): string {
  const segments: string[] = [];
  for (let here = index; here > 0; here = graph.parent[here]!) segments.push(`/${escapeSegment(graph.key[here]!)}`);
  return segments.reverse().join("");
}
