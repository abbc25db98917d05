import type { ChatContract, SchemaLocation } from "../../openapi/document.js";
import { isRecord } from "../../shared/is-record.js";
import { parsePointer } from "../../shared/json-pointer.js";

/*
 * openapi-typescript is given a copy of each model's document with two
 * changes, both pure:
 *  - `discriminator` keywords are removed. Without a `mapping`,
 *    openapi-typescript 7 rewrites the discriminating property of every member
 *    to the member's *schema name* (`role: "ChatCompletionRequestUserMessage"`,
 *    its issues #2149/#2775), which makes OpenAI-style message unions
 *    impossible to satisfy. Members carry their own `role`/`type` enums, so the
 *    plain union is exact.
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

function withoutDiscriminators(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDiscriminators);
  if (!isRecord(node)) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Only a discriminator *object* is the keyword; a property named
    // "discriminator" inside `properties` has a schema (also an object), so
    // tell them apart by the keyword's required member.
    if (key === "discriminator" && isRecord(value) && typeof value.propertyName === "string") continue;
    // defineProperty: a property named "__proto__" is data, not the copy's prototype.
    Object.defineProperty(copy, key, {
      value: withoutDiscriminators(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
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
  const copy = withoutDiscriminators(document) as Record<string, unknown>;
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
    schemas[name] = withoutDiscriminators(location.schema);
    rootComponents[kind] = name;
    hoisted.push(name);
  }
  components.schemas = schemas;
  copy.components = components;
  return { document: copy, rootComponents, hoisted };
}
