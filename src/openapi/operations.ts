import { isRecord } from "../shared/is-record.js";
import { appendPointer, getAtPointer, pointer } from "../shared/json-pointer.js";
import { FAMILIES, type FamilySpec, HTTP_METHODS, type HttpMethod, type RootSource } from "./families.js";
import {
  followRefs,
  type SchemaLocation,
  schemaOfMedia,
  successResponsePointer,
  unwrapEventEnvelope,
} from "./media.js";

/*
 * Every operation a model's document declares, found once and the same way
 * by every stage (sync's checks, generate, drift, the emulator): the
 * families of the table (families.ts) with their root schemas, and every
 * other operation under the key `METHOD /path`, typed from what it declares.
 */

interface RootLocation extends SchemaLocation {
  /** The family's standard event stands in: the document declares no event-stream schema. */
  standard?: boolean;
  /** The document's event-stream schema wraps the event in an SSE envelope (`{data: Event}`), unwrapped here. */
  envelope?: boolean;
}

interface RouteLocation {
  method: HttpMethod;
  path: string;
  /** Pointer to the operation object: `/paths/~1v1~1messages/post`. */
  pointer: string;
}

export interface LocatedOperation {
  /** The family key (`chat.completions`, `messages`...) or `METHOD /path` for an operation outside the table. */
  key: string;
  /** Undefined for an operation outside the table. */
  family: FamilySpec | undefined;
  /** The routes found, the family's first route first. */
  routes: RouteLocation[];
  /** Root name -> where its schema is. */
  roots: Record<string, RootLocation>;
}

/** A family route or root the document is missing, for sync's checks. */
interface OperationGap {
  operation: string;
  pointer: string;
  message: string;
}

export interface DocumentOperations {
  /** Sorted by key. */
  operations: LocatedOperation[];
  /** Required parts of known families that the document lacks. */
  gaps: OperationGap[];
}

const MEDIA: Record<Exclude<RootSource, "json-response" | "event-stream">, string> = {
  "json-request": "application/json",
  "multipart-request": "multipart/form-data",
};

const SOURCE_WORDS: Record<RootSource, string> = {
  "json-request": "application/json request body schema",
  "multipart-request": "multipart/form-data request body schema",
  "json-response": "application/json schema for the success response",
  "event-stream": "text/event-stream schema for the success response",
};

function operationObject(doc: unknown, path: string, method: HttpMethod): RouteLocation | undefined {
  const item = followRefs(doc, pointer("paths", path));
  if (item === undefined || !isRecord(item.schema) || !isRecord(item.schema[method])) return undefined;
  return { method, path, pointer: appendPointer(item.pointer, method) };
}

function readRoot(
  doc: unknown,
  route: RouteLocation,
  source: RootSource,
  family: FamilySpec | undefined,
): RootLocation | undefined {
  if (source === "json-request" || source === "multipart-request") {
    return schemaOfMedia(doc, appendPointer(route.pointer, "requestBody"), MEDIA[source]);
  }
  const success = successResponsePointer(doc, route.pointer);
  if (success === undefined) return undefined;
  if (source === "json-response") return schemaOfMedia(doc, success, "application/json");
  const stream = schemaOfMedia(doc, success, "text/event-stream");
  if (stream === undefined) return undefined;
  const inner = family === undefined || family.eventEnvelopes ? unwrapEventEnvelope(doc, stream) : undefined;
  return inner === undefined ? { ...stream, envelope: false } : { ...inner, envelope: true };
}

function locateFamily(doc: unknown, family: FamilySpec, gaps: OperationGap[]): LocatedOperation | undefined {
  const main = family.routes[0];
  const first = main === undefined ? undefined : operationObject(doc, main.path, main.method);
  if (main === undefined || first === undefined) return undefined;
  const routes: RouteLocation[] = [first];
  const roots: Record<string, RootLocation> = Object.create(null);
  family.routes.forEach((spec, index) => {
    const route = index === 0 ? first : operationObject(doc, spec.path, spec.method);
    if (route === undefined) return;
    if (index > 0) routes.push(route);
    for (const root of spec.roots) {
      const found = readRoot(doc, route, root.source, family);
      if (found !== undefined) roots[root.name] = found;
      else if (root.source === "event-stream" && family.standardEvent !== undefined) {
        roots[root.name] = {
          pointer: family.standardEvent.pointer,
          schema: family.standardEvent.schema,
          standard: true,
        };
      } else if (root.required) {
        const where = root.source.endsWith("request") ? "requestBody" : "responses";
        gaps.push({
          operation: family.key,
          pointer: appendPointer(route.pointer, where),
          message: `no ${SOURCE_WORDS[root.source]}`,
        });
      }
    }
  });
  const some = family.someRequired;
  if (some !== undefined && !some.some((name) => roots[name] !== undefined)) {
    gaps.push({
      operation: family.key,
      pointer: appendPointer(first.pointer, "requestBody"),
      message: `no request body schema (${some.join(" or ")})`,
    });
  }
  return { key: family.key, family, routes, roots };
}

/** Every `METHOD path` pair of the document, in path then method order. */
function declaredRoutes(doc: unknown): RouteLocation[] {
  const paths = isRecord(doc) && isRecord(doc.paths) ? doc.paths : {};
  const found: RouteLocation[] = [];
  for (const path of Object.keys(paths).sort()) {
    for (const method of HTTP_METHODS) {
      const route = operationObject(doc, path, method);
      if (route !== undefined) found.push(route);
    }
  }
  return found;
}

function locateOther(doc: unknown, route: RouteLocation): LocatedOperation | undefined {
  const roots: Record<string, RootLocation> = Object.create(null);
  const candidates: Array<[string, RootSource]> = [
    ["request", "json-request"],
    ["multipart", "multipart-request"],
    ["response", "json-response"],
    ["event", "event-stream"],
  ];
  for (const [name, source] of candidates) {
    const found = readRoot(doc, route, source, undefined);
    if (found !== undefined) roots[name] = found;
  }
  if (Object.keys(roots).length === 0) return undefined;
  return { key: `${route.method.toUpperCase()} ${route.path}`, family: undefined, routes: [route], roots };
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The operations of a document. Pure: the same document always gives the
 * same operations in the same order. An operation outside the table with no
 * JSON or event-stream schema at all has nothing to type and is left out.
 */
export function locateOperations(doc: unknown): DocumentOperations {
  const gaps: OperationGap[] = [];
  const operations: LocatedOperation[] = [];
  const claimed = new Set<string>();
  for (const family of FAMILIES) {
    const located = locateFamily(doc, family, gaps);
    if (located === undefined) continue;
    operations.push(located);
    for (const route of located.routes) claimed.add(route.pointer);
  }
  for (const route of declaredRoutes(doc)) {
    if (claimed.has(route.pointer)) continue;
    const located = locateOther(doc, route);
    if (located !== undefined) operations.push(located);
  }
  return { operations: operations.sort(byKey), gaps };
}

/**
 * The document with each family's standard event schema placed where the
 * located operations point at it, so every consumer resolves every root
 * inside the document it holds. Operations located in `doc` stay valid.
 */
export function withStandardEvents(doc: unknown, operations: readonly LocatedOperation[]): unknown {
  if (!isRecord(doc)) return doc;
  let copy: Record<string, unknown> | undefined;
  for (const operation of operations) {
    for (const root of Object.values(operation.roots)) {
      if (root.standard !== true || getAtPointer(doc, root.pointer) !== undefined) continue;
      copy ??= { ...doc };
      copy[root.pointer.slice(1)] = root.schema;
    }
  }
  return copy ?? doc;
}
