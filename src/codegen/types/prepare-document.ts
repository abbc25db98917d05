import type { SchemaLocation } from "../../openapi/document.js";
import { isRecord } from "../../shared/is-record.js";
import { parsePointer } from "../../shared/json-pointer.js";
import { type ModelRoot, rootKey } from "../roots.js";

/*
 * openapi-typescript is given a copy of each model's document with two
 * changes, both pure:
 *  - `discriminator` keywords are removed. Without a `mapping`,
 *    openapi-typescript 7 rewrites the discriminating property of every member
 *    to the member's *schema name* (`role: "ChatCompletionRequestUserMessage"`,
 *    its issues #2149/#2775), which makes OpenAI-style message unions
 *    impossible to satisfy. Members carry their own `role`/`type` enums, so the
 *    plain union is exact.
 *  - the schemas the client needs (every root of every operation: request,
 *    response, stream event...) are reachable by name: a root that is a bare
 *    `$ref` to a component schema is used as is; any other root (inline, an
 *    unwrapped SSE envelope member, the standard chunk) is copied under a
 *    reserved component name (roots.ts).
 */

export interface TypeDocument {
  document: Record<string, unknown>;
  /** Name of the component schema that holds each root, by rootKey(). */
  rootComponents: Map<string, string>;
  /** Component names added here (not in the original document). */
  hoisted: string[];
}

function withoutDiscriminators(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDiscriminators);
  if (!isRecord(node)) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Only a discriminator *object* is the keyword; a property named
    // "discriminator" inside `properties` has a schema (also an object), so
    // tell them apart by the keyword's required member.
    if (key === "discriminator" && isRecord(value) && typeof value.propertyName === "string") continue;
    copy[key] = withoutDiscriminators(value);
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

export function prepareTypeDocument(document: unknown, roots: readonly ModelRoot[]): TypeDocument {
  const copy = withoutDiscriminators(document) as Record<string, unknown>;
  const components = isRecord(copy.components) ? { ...copy.components } : {};
  const schemas: Record<string, unknown> = isRecord(components.schemas) ? { ...components.schemas } : {};
  const rootComponents = new Map<string, string>();
  const hoisted: string[] = [];
  for (const root of roots) {
    const named = componentSchemaName(root);
    if (named !== undefined && Object.hasOwn(schemas, named)) {
      rootComponents.set(rootKey(root), named);
      continue;
    }
    let name = root.typeName;
    while (Object.hasOwn(schemas, name)) name = `${name}_`;
    schemas[name] = withoutDiscriminators(root.schema);
    rootComponents.set(rootKey(root), name);
    hoisted.push(name);
  }
  components.schemas = schemas;
  copy.components = components;
  return { document: copy, rootComponents, hoisted };
}
