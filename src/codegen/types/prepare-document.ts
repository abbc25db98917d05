import type { ChatContract, SchemaLocation } from "../../openapi/document.js";
import { childPosition, type Position } from "../../openapi/document-graph.js";
import { isRecord } from "../../shared/is-record.js";
import { parsePointer } from "../../shared/json-pointer.js";

/*
 * openapi-typescript is given a copy of each model's document with three
 * changes, all pure:
 *  - `discriminator` keywords of schemas (not properties of that name) are
 *    removed. Without a `mapping`, openapi-typescript 7 rewrites the
 *    discriminating property of every member
 *    to the member's *schema name* (`role: "ChatCompletionRequestUserMessage"`,
 *    its issues #2149/#2775), which makes OpenAI-style message unions
 *    impossible to satisfy. Members carry their own `role`/`type` enums, so the
 *    plain union is exact.
 *  - boolean subschemas where openapi-typescript 7 expects an object (members
 *    of `allOf`, of `$defs` and `definitions`: it crashes with "Cannot use 'in'
 *    operator to search for '$ref' in true") become `{}` (true) and
 *    `{enum: []}` (false, which it types as `never`). Elsewhere it reads
 *    booleans correctly, so they are left as written.
 *  - the three schemas the client needs (request, response, stream chunk) are
 *    reachable by name: a root that is a bare `$ref` to a component schema is
 *    used as is; any other root (inline, an unwrapped SSE envelope member, the
 *    standard chunk) is copied under a reserved component name.
 */

export type RootKind = "request" | "response" | "chunk";

export interface TypeDocument {
  document: Record<string, unknown>;
  /** Name of the component schema that holds each root. */
  rootComponents: Record<RootKind, string>;
  /** Component names added here (not in the original document). */
  hoisted: string[];
}

const RESERVED_NAMES: Record<RootKind, string> = {
  request: "ApifreeChatRequest",
  response: "ApifreeChatResponse",
  chunk: "ApifreeChatChunk",
};

function objectSchema(schema: unknown): unknown {
  if (schema === true) return {};
  if (schema === false) return { enum: [] };
  return schema;
}

/** The copy handed to openapi-typescript; data (enum, const, default, examples) is kept as written. */
function forTypes(node: unknown, position: Position, isRoot = false): unknown {
  if (position === "data" || node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map((item) => forTypes(item, childPosition(position, 0, item ?? {}, false)));
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (position === "schema" && key === "discriminator") continue;
    let next: unknown = value;
    if (position === "schema" && key === "allOf" && Array.isArray(value)) next = value.map(objectSchema);
    if (position === "schema" && (key === "$defs" || key === "definitions") && isRecord(value))
      next = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, objectSchema(schema)]));
    const child =
      next !== null && typeof next === "object" ? forTypes(next, childPosition(position, key, next, isRoot)) : next;
    // defineProperty: a key "__proto__" stays an own key of the copy.
    Object.defineProperty(copy, key, { value: child, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function componentSchemaName(location: SchemaLocation): string | undefined {
  if (
    !isRecord(location.schema) ||
    Object.keys(location.schema).length !== 1 ||
    typeof location.schema.$ref !== "string"
  )
    return undefined;
  const ref = location.schema.$ref;
  if (!ref.startsWith("#/components/schemas/")) return undefined;
  const segments = parsePointer(ref.slice(1));
  return segments.length === 3 ? segments[2] : undefined;
}

export function prepareTypeDocument(document: unknown, contract: ChatContract): TypeDocument {
  const copy = forTypes(document, "document", true) as Record<string, unknown>;
  const components = isRecord(copy.components) ? { ...copy.components } : {};
  const schemas = isRecord(components.schemas) ? { ...components.schemas } : {};
  const rootComponents = {} as Record<RootKind, string>;
  const hoisted: string[] = [];
  for (const kind of ["request", "response", "chunk"] as const) {
    const location = contract[kind];
    const named = componentSchemaName(location);
    if (named !== undefined && Object.hasOwn(schemas, named)) {
      rootComponents[kind] = named;
      continue;
    }
    let name = RESERVED_NAMES[kind];
    while (Object.hasOwn(schemas, name)) name = `${name}_`;
    schemas[name] = forTypes(location.schema, "schema");
    rootComponents[kind] = name;
    hoisted.push(name);
  }
  components.schemas = schemas;
  copy.components = components;
  return { document: copy, rootComponents, hoisted };
}
