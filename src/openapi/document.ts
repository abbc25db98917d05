import { isRecord } from "../shared/is-record.js";
import { pointer } from "../shared/json-pointer.js";
import { familyOf, STANDARD_CHUNK_POINTER } from "./families.js";
import type { SchemaLocation } from "./media.js";
import { type LocatedOperation, locateOperations, withStandardEvents } from "./operations.js";

export { STANDARD_CHUNK_POINTER } from "./families.js";
export type { SchemaLocation } from "./media.js";
export { followRefs } from "./media.js";

/*
 * The chat operation seen as the three schemas the first version of this
 * toolkit knew (request, response, chunk): a view over locateOperations for
 * the code that only cares about chat.
 */

export const CHAT_OPERATION = "chat.completions";
export const CHAT_PATH = familyOf(CHAT_OPERATION)!.routes[0]!.path;
export const CHAT_OPERATION_POINTER = pointer("paths", CHAT_PATH, "post");

export type OpenApiVersion = "3.0" | "3.1";

export interface ChunkLocation extends SchemaLocation {
  /** True when the document declares no `text/event-stream` schema and the standard chunk stands in. */
  standard: boolean;
  /** True when the document's event-stream schema wraps the chunk in an SSE event (`{data: Chunk}`). */
  envelope: boolean;
}

export interface ChatContract {
  version: OpenApiVersion;
  request: SchemaLocation;
  response: SchemaLocation;
  chunk: ChunkLocation;
}

export function openApiVersion(doc: unknown): OpenApiVersion | undefined {
  if (!isRecord(doc) || typeof doc.openapi !== "string") return undefined;
  if (/^3\.0\.\d+$/.test(doc.openapi)) return "3.0";
  if (/^3\.1\.\d+$/.test(doc.openapi)) return "3.1";
  return undefined;
}

/** The chat operation of a document, when it has one. */
export function chatOperation(doc: unknown): LocatedOperation | undefined {
  return locateOperations(doc).operations.find((operation) => operation.key === CHAT_OPERATION);
}

/** Locate the request, response and chunk schemas; undefined parts mean the document lacks them. */
export function locateChatContract(doc: unknown): Partial<ChatContract> {
  const version = openApiVersion(doc);
  const roots = chatOperation(doc)?.roots;
  const event = roots?.event;
  const chunk: ChunkLocation =
    event === undefined
      ? {
          pointer: STANDARD_CHUNK_POINTER,
          schema: familyOf(CHAT_OPERATION)!.standardEvent!.schema,
          standard: true,
          envelope: false,
        }
      : {
          pointer: event.pointer,
          schema: event.schema,
          standard: event.standard === true,
          envelope: event.envelope === true,
        };
  return {
    ...(version === undefined ? {} : { version }),
    ...(roots?.request === undefined
      ? {}
      : { request: { pointer: roots.request.pointer, schema: roots.request.schema } }),
    ...(roots?.response === undefined
      ? {}
      : { response: { pointer: roots.response.pointer, schema: roots.response.schema } }),
    chunk,
  };
}

/**
 * The document with the standard chunk schema placed at STANDARD_CHUNK_POINTER
 * when it declares no stream schema, so that every consumer can resolve the
 * chunk pointer inside the document it holds.
 */
export function withStandardChunk(doc: unknown, contract: Partial<ChatContract> = locateChatContract(doc)): unknown {
  if (!isRecord(doc) || contract.chunk?.standard !== true) return doc;
  return withStandardEvents(doc, [
    { key: CHAT_OPERATION, family: familyOf(CHAT_OPERATION), routes: [], roots: { event: contract.chunk } },
  ]);
}
